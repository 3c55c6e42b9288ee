// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/ProjectSession.h"

#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "gui/window/FileMenu.h"
#include "gui/window/MainWindow.h"
#include "gui/window/RevisionUi.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace marginalia {

// Destroyed in reverse order: the window first, then the editor it uses, then the store under both.
struct ProjectSession::OpenProject {
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<ProjectEditor> editor;
    std::unique_ptr<MainWindow> window;
};

ProjectSession::ProjectSession(const Analyzer &analyzer, KSyntaxHighlighting::Repository &repository)
    : m_analyzer(analyzer)
    , m_repository(repository)
{
}

ProjectSession::~ProjectSession() = default;

Result<std::unique_ptr<ProjectSession::OpenProject>> ProjectSession::load(const QString &path, bool create)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!create && !QFileInfo::exists(path))
        return failure(Error::Kind::NotFound,
                       tr("%1 no longer exists. It may have been moved, renamed or deleted; open it from its new "
                          "place with File ▸ Open Project…")
                           .arg(shown));
    if (create && QFileInfo::exists(path))
        return failure(Error::Kind::BadInput,
                       tr("%1 already exists. Choose another name, or open it with File ▸ Open Project…").arg(shown));
    auto store = ProjectStore::open(path);
    if (!store)
        return std::unexpected(store.error());
    auto project = std::make_unique<OpenProject>();
    project->store = std::move(*store);
    project->editor = std::make_unique<ProjectEditor>(*project->store);
    project->window = std::make_unique<MainWindow>(*project->editor, m_analyzer, m_repository);
    // Document ▸ Update from File… and the orphans dock; owned by the window.
    new RevisionUi(*project->window, *project->editor);
    connect(project->window->fileMenu(), &FileMenu::projectRequested, this, &ProjectSession::switchTo);
    return project;
}

Result<void> ProjectSession::open(const QString &path)
{
    auto project = load(path, !QFileInfo::exists(path));
    if (!project)
        return std::unexpected(project.error());
    m_current = std::move(*project);
    FileMenu::rememberProject(path);
    emit projectOpened(path);
    return {};
}

bool ProjectSession::switchTo(const QString &path, bool create)
{
    if (m_current && QFileInfo(path).absoluteFilePath() == QFileInfo(m_current->store->path()).absoluteFilePath())
        return true;
    auto project = load(path, create);
    if (!project) {
        if (!create)
            FileMenu::forgetProject(path);
        if (m_current)
            m_current->window->showError(tr("The project %1 could not be opened; %2 stays open.")
                                             .arg(QFileInfo(path).fileName(),
                                                  QFileInfo(m_current->store->path()).fileName()),
                                         project.error().message);
        return false;
    }
    std::unique_ptr<OpenProject> previous = std::move(m_current);
    m_current = std::move(*project);
    if (const qint64 reopen = m_current->editor->documentToReopen(); reopen != 0)
        m_current->window->openDocument(reopen);
    FileMenu::rememberProject(path);
    if (previous) {
        // Shown before the old one closes, so that closing the last window never quits the program.
        m_current->window->setGeometry(previous->window->geometry());
        m_current->window->show();
        previous->window->close();
        m_closing.push_back(std::move(previous));
        QTimer::singleShot(0, this, [this] { m_closing.clear(); });
    }
    emit projectOpened(path);
    return true;
}

MainWindow &ProjectSession::window() const
{
    return *m_current->window;
}

ProjectStore &ProjectSession::store() const
{
    return *m_current->store;
}

ProjectEditor &ProjectSession::editor() const
{
    return *m_current->editor;
}

} // namespace marginalia
