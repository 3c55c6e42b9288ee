// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/ProjectExchangeUi.h"

#include "core/edit/ProjectEditor.h"
#include "core/export/Exporters.h"
#include "core/store/ProjectStore.h"
#include "gui/dialogs/SafeFileDialog.h"
#include "gui/window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace marginalia {

ProjectExchangeUi::ProjectExchangeUi(MainWindow *window, ProjectEditor &editor, QMenu *fileMenu)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
{
    auto *importMenu = new QMenu(tr("I&mport"), fileMenu);
    importMenu->setObjectName(u"importSubmenu"_s);
    QAction *importProject = importMenu->addAction(tr("&REFI-QDA Project…"), this, &ProjectExchangeUi::onImport);
    importProject->setObjectName(u"importQdpxAction"_s);
    auto *exportMenu = new QMenu(tr("E&xport"), fileMenu);
    exportMenu->setObjectName(u"exportSubmenu"_s);
    QAction *exportProject = exportMenu->addAction(tr("&REFI-QDA Project…"), this, &ProjectExchangeUi::onExport);
    exportProject->setObjectName(u"exportQdpxAction"_s);
    fileMenu->addMenu(importMenu);
    fileMenu->addMenu(exportMenu);
    fileMenu->addSeparator();
}

Result<QdpxImportReport> ProjectExchangeUi::importProjectFrom(const QString &path)
{
    QdpxImportReport report;
    auto imported = m_editor.importIntoProject([&](ProjectStore &store) -> Result<void> {
        auto done = importQdpx(store, path);
        if (!done)
            return std::unexpected(done.error());
        report = *done;
        return {};
    });
    if (!imported)
        return std::unexpected(imported.error());
    m_window->reloadLibrary();
    if (m_window->currentDocumentId() != 0)
        m_window->reloadDocument();
    return report;
}

Result<int> ProjectExchangeUi::exportProjectTo(const QString &path)
{
    return exportProjectToFile(m_editor.store(), ExportFormat::Qdpx, CsvExportOptions{}, path);
}

QString ProjectExchangeUi::reportText(const QdpxImportReport &report)
{
    QString text = tr("Documents added: %1").arg(report.documentsAdded) + u"\n"_s
                   + tr("Tags added: %1").arg(report.tagsAdded) + u"\n"_s
                   + tr("Annotations added: %1").arg(report.annotationsAdded);
    if (report.documentsFound > 0)
        text += u"\n"_s + tr("Documents already in the project: %1").arg(report.documentsFound);
    if (!report.skipped.isEmpty())
        text += u"\n\n"_s + tr("Not imported:") + u"\n• "_s + report.skipped.join(u"\n• "_s);
    return text;
}

void ProjectExchangeUi::onImport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = SafeFileDialog::getOpenFileName(m_window, tr("Import REFI-QDA Project"), folder,
                                                         tr("REFI-QDA projects (*.qdpx);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto report = importProjectFrom(path);
    if (!report) {
        QMessageBox::warning(m_window, tr("Import REFI-QDA Project"),
                             tr("%1 could not be imported; the project is unchanged.").arg(QFileInfo(path).fileName())
                                 + u"\n\n"_s + report.error().message);
        return;
    }
    QMessageBox::information(m_window, tr("Import REFI-QDA Project"), reportText(*report));
}

void ProjectExchangeUi::onExport()
{
    QString suggested = QFileInfo(m_editor.store().path()).completeBaseName();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = SafeFileDialog::getSaveFileName(m_window, tr("Export REFI-QDA Project"),
                                                         QDir(folder).filePath(suggested + u".qdpx"_s),
                                                         tr("REFI-QDA projects (*.qdpx)"));
    if (path.isEmpty())
        return;
    const auto written = exportProjectTo(path);
    if (!written) {
        QMessageBox::warning(m_window, tr("Export REFI-QDA Project"),
                             tr("The REFI-QDA project could not be written.") + u"\n\n"_s + written.error().message);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %n annotation(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace marginalia
