// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/AnnotationImportUi.h"

#include "core/edit/ProjectEditor.h"
#include "core/exchange/AnnotationImport.h"
#include "core/store/OpenProjectFiles.h"
#include "gui/dialogs/SafeFileDialog.h"
#include "gui/reader/DocumentView.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

// The File menu's Import submenu, made after the document import action when it is not there yet.
QMenu *importMenu(QMainWindow *window)
{
    if (auto *menu = window->findChild<QMenu *>(u"importSubmenu"_s))
        return menu;
    auto *documents = window->findChild<QAction *>(u"importAction"_s);
    QMenu *file = nullptr;
    for (QObject *owner : documents ? documents->associatedObjects() : QObjectList())
        if ((file = qobject_cast<QMenu *>(owner)))
            break;
    if (!file)
        return nullptr;
    auto *menu = new QMenu(AnnotationImportUi::tr("I&mport"), file);
    menu->setObjectName(u"importSubmenu"_s);
    const QList<QAction *> actions = file->actions();
    const qsizetype after = actions.indexOf(documents) + 1;
    file->insertMenu(after < actions.size() ? actions.at(after) : nullptr, menu);
    return menu;
}

} // namespace

AnnotationImportUi::AnnotationImportUi(QMainWindow *window, ProjectEditor &editor)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
{
    if (QMenu *menu = importMenu(window)) {
        QAction *action = menu->addAction(tr("&Annotations…"), this, &AnnotationImportUi::chooseFile);
        action->setObjectName(u"importAnnotationsAction"_s);
    }
}

void AnnotationImportUi::chooseFile()
{
    QSettings settings;
    const QString path =
        SafeFileDialog::getOpenFileName(m_window, tr("Import Annotations"),
                                        settings.value(u"import/annotationFolder"_s).toString(),
                                        tr("Annotations (*.csv *.json *.jsonld *.jsonl *.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"import/annotationFolder"_s, QFileInfo(path).absolutePath());
    importFile(path);
}

bool AnnotationImportUi::importFile(const QString &path)
{
    if (auto outside = OpenProjectFiles::checkOutside(path); !outside) {
        QMessageBox::warning(m_window, tr("Import Annotations"), outside.error().message);
        return false;
    }
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Import Annotations"),
                             tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    auto incoming = readAnnotations(detectAnnotationFormat(path, data), data);
    AnnotationImportOptions options;
    if (auto *view = m_window->findChild<DocumentView *>(); view && view->documentId() > 0)
        options.fallbackDocumentId = view->documentId();
    auto summary = incoming ? m_editor.importAnnotations(*incoming, options)
                            : Result<AnnotationImportSummary>(std::unexpected(incoming.error()));
    if (!summary) {
        // The message names the first annotation that could not be placed; nothing was imported.
        QMessageBox::warning(m_window, tr("Import Annotations"),
                             tr("Nothing was imported from %1:\n%2").arg(name, summary.error().message));
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Imported %n annotation(s) from %1; Undo takes them back.", nullptr, int(summary->added.size())).arg(name));
    return !summary->added.isEmpty();
}

} // namespace marginalia
