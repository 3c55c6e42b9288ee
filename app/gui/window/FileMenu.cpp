// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/FileMenu.h"
#include "gui/window/ProjectExchangeUi.h"

#include "core/edit/ProjectEditor.h"
#include "core/export/Exporters.h"
#include "core/import/FormatRegistry.h"
#include "core/store/ProjectStore.h"
#include "core/store/RecentProjects.h"
#include "gui/dialogs/ExportDialog.h"
#include "gui/dialogs/SafeFileDialog.h"
#include "gui/window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

const QString kRecentKey = u"projects/recent"_s;
const QString kProjectFolderKey = u"projects/lastFolder"_s;

QString projectFilter()
{
    return FileMenu::tr("Marginalia projects (*.marginalia);;All files (*)");
}

QString projectFolder()
{
    const QString folder = QSettings().value(kProjectFolderKey).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

} // namespace

FileMenu::FileMenu(MainWindow &window, ProjectEditor &editor)
    : QObject(&window)
    , m_window(window)
    , m_editor(editor)
{
    // Entries that moved here from MainWindow keep its translation context (and their translations).
    QMenu *file = window.menuBar()->addMenu(MainWindow::tr("&File"));
    QAction *create = file->addAction(tr("&New Project…"), this, &FileMenu::newProject);
    create->setObjectName(u"newProjectAction"_s);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open = file->addAction(tr("&Open Project…"), this, &FileMenu::openProject);
    open->setObjectName(u"openProjectAction"_s);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentProjectsMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileMenu::fillRecentMenu);
    fillRecentMenu(); // so that the menu is enabled only when there is something to open
    file->addSeparator();
    QAction *import = file->addAction(MainWindow::tr("&Import…"), this, &FileMenu::importArticles);
    import->setObjectName(u"importAction"_s);
    import->setShortcut(QKeySequence::Open);
    QAction *exportCsv = file->addAction(tr("&Export…"), this, &FileMenu::exportAnnotations);
    exportCsv->setObjectName(u"exportCsvAction"_s);
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    new ProjectExchangeUi(&window, editor, file); // Import ▸ and Export ▸ REFI-QDA Project…, then a separator
    QAction *quit = file->addAction(MainWindow::tr("&Quit"), &window, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

QStringList FileMenu::recentProjects()
{
    QSettings settings;
    const QStringList stored = settings.value(kRecentKey).toStringList();
    const QStringList existing = existingRecentProjects(stored);
    if (existing != stored)
        settings.setValue(kRecentKey, existing);
    return existing;
}

void FileMenu::rememberProject(const QString &path)
{
    QSettings settings;
    settings.setValue(kRecentKey, withRecentProject(settings.value(kRecentKey).toStringList(), path));
    settings.setValue(kProjectFolderKey, QFileInfo(path).absolutePath());
}

void FileMenu::forgetProject(const QString &path)
{
    QSettings settings;
    settings.setValue(kRecentKey, withoutRecentProject(settings.value(kRecentKey).toStringList(), path));
}

void FileMenu::newProject()
{
    QString path = SafeFileDialog::getSaveFileName(&m_window, tr("New Project"),
                                                   QDir(projectFolder()).filePath(tr("New project") + u".marginalia"_s),
                                                   projectFilter(), QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".marginalia"_s;
    if (QFileInfo::exists(path)) {
        // Never written over: an existing file may be another project or someone's data.
        m_window.showError(tr("%1 already exists.").arg(QFileInfo(path).fileName()),
                           tr("Choose another name for the new project, or open the existing one with "
                              "File ▸ Open Project…"));
        return;
    }
    emit projectRequested(path, true);
}

void FileMenu::openProject()
{
    const QString path = SafeFileDialog::getOpenFileName(&m_window, tr("Open Project"), projectFolder(),
                                                         projectFilter());
    if (!path.isEmpty())
        emit projectRequested(path, false);
}

void FileMenu::fillRecentMenu()
{
    m_recentMenu->clear();
    const QString current = QDir::cleanPath(QFileInfo(m_editor.store().path()).absoluteFilePath());
    const QStringList recent = recentProjects();
    for (int index = 0; index < recent.size(); ++index) {
        const QString &path = recent.at(index);
        const QString label = tr("&%1 %2").arg(index + 1 < 10 ? QString::number(index + 1) : u"0"_s,
                                               QFileInfo(path).completeBaseName());
        QAction *entry = m_recentMenu->addAction(label, this, [this, path] { emit projectRequested(path, false); });
        entry->setToolTip(QDir::toNativeSeparators(path));
        entry->setStatusTip(QDir::toNativeSeparators(path));
        entry->setEnabled(path != current);
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [] { QSettings().remove(kRecentKey); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void FileMenu::importArticles()
{
    const QString filter =
        MainWindow::tr("Articles (%1);;All files (*)").arg(FormatRegistry::instance().nameFilterPatterns());
    QSettings settings; // the last import's folder: a batch of articles from one place is quick to pick
    const QString folder = settings.value(u"import/lastFolder"_s).toString();
    const QStringList paths = SafeFileDialog::getOpenFileNames(
        &m_window, MainWindow::tr("Import Articles"),
        folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder, filter);
    if (paths.isEmpty())
        return;
    settings.setValue(u"import/lastFolder"_s, QFileInfo(paths.first()).absolutePath());
    m_window.importFiles(paths);
}

void FileMenu::exportAnnotations()
{
    const qint64 documentId = m_window.currentDocumentId();
    const QString title = m_window.documentTitle();
    ExportDialog dialog(m_editor.tags(), documentId ? std::optional<qint64>(documentId) : std::nullopt, title,
                        &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CsvExportOptions options = dialog.options();
    const ExportFormatInfo format = exportFormatInfo(dialog.format());
    QString suggested = options.documentId ? title : QFileInfo(m_editor.store().path()).completeBaseName();
    suggested.replace(QRegularExpression(u"[\\\\/:*?\"<>|]+"_s), u"-"_s);
    QSettings settings; // the last export's folder
    const QString folder =
        settings.value(u"export/lastFolder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = SafeFileDialog::getSaveFileName(&m_window, tr("Export"),
                                                   QDir(folder).filePath(suggested.left(80) + u'.' + format.suffix),
                                                   tr("%1 (*.%2)").arg(format.name, format.suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + format.suffix;
    settings.setValue(u"export/lastFolder"_s, QFileInfo(path).absolutePath());
    const auto rows = m_window.exportTo(path, dialog.format(), options);
    if (!rows) {
        m_window.showError(tr("%1 could not be written.").arg(QFileInfo(path).fileName()), rows.error().message);
        return;
    }
    m_window.statusBar()->showMessage(
        tr("Exported %n row(s) to %1.", nullptr, *rows).arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace marginalia
