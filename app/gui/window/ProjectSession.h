// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace KSyntaxHighlighting {
class Repository;
}

namespace marginalia {

class Analyzer;
class MainWindow;
class ProjectEditor;
class ProjectStore;

// The open project and its window. A window edits one project for its whole life, so File ▸ New Project,
// Open Project and Open Recent open the other project first and, only when that worked, show it in a new
// window in place of the old one (which closes as on quit: reading position and layout saved). When the
// other project cannot be opened, a message says why and what to do, and the current project stays open.
class ProjectSession final : public QObject {
    Q_OBJECT

public:
    ProjectSession(const Analyzer &analyzer, KSyntaxHighlighting::Repository &repository);
    ~ProjectSession() override;

    // Opens (creating when missing) the first project; nothing is shown yet.
    Result<void> open(const QString &path);
    // Opens another project in place of the current one; false (with a message shown) when it could not be.
    bool switchTo(const QString &path, bool create);

    MainWindow &window() const;
    ProjectStore &store() const;
    ProjectEditor &editor() const;

signals:
    void projectOpened(const QString &path);

private:
    struct OpenProject;
    Result<std::unique_ptr<OpenProject>> load(const QString &path, bool create);

    const Analyzer &m_analyzer;
    KSyntaxHighlighting::Repository &m_repository;
    std::unique_ptr<OpenProject> m_current;
    std::vector<std::unique_ptr<OpenProject>> m_closing; // deleted once the event that closed them is done
};

} // namespace marginalia
