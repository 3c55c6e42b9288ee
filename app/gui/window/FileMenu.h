// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;

namespace marginalia {

class MainWindow;
class ProjectEditor;

// The File menu of a main window: New Project…, Open Project…, Open Recent, Import…, Export…, Quit.
// Switching projects is not the window's business (it edits one project for its whole life): the menu asks
// for it with projectRequested, and whoever owns the window (ProjectSession) opens the project in a new
// one. The recent-projects list is kept in QSettings under the rules of core/store/RecentProjects.
class FileMenu final : public QObject {
    Q_OBJECT

public:
    FileMenu(MainWindow &window, ProjectEditor &editor);

    // The recent projects whose files still exist, most recent first (missing ones are forgotten).
    static QStringList recentProjects();
    static void rememberProject(const QString &path);
    static void forgetProject(const QString &path);

    void newProject();
    void openProject();

signals:
    // Open the project at `path`; a missing file is created as a new, empty project only when `create`.
    void projectRequested(const QString &path, bool create);

private:
    void fillRecentMenu();
    void importArticles();
    void exportAnnotations();

    MainWindow &m_window;
    ProjectEditor &m_editor;
    QMenu *m_recentMenu = nullptr;
};

} // namespace marginalia
