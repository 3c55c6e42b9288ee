// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/DocumentRevision.h"
#include "core/model/Error.h"
#include "core/model/Model.h"

#include <QObject>
#include <QSet>

class QAction;
class QDockWidget;
class QListWidget;
class QPushButton;

namespace marginalia {

class MainWindow;
class ProjectEditor;

// Revised documents in the window: Document ▸ Update from File… replaces the open document by a new version
// of its file (through ProjectEditor::reimportDocument, one undo step) and re-analyses it; the "Orphaned
// Annotations" dock lists the open document's annotations whose passage was not found again, with their
// quote and note, and "Attach Here" puts the chosen one on the reading view's selection.
class RevisionUi final : public QObject {
    Q_OBJECT

public:
    RevisionUi(MainWindow &window, ProjectEditor &editor);

    // What the action does once the file is chosen; the summary, or why nothing changed.
    Result<RevisionSummary> updateFromFile(const QString &path);
    QListWidget *orphanList() const { return m_list; }
    QDockWidget *orphanDock() const { return m_dock; }

public slots:
    void refreshOrphans();
    bool attachSelectedOrphan();

private:
    void createDock();
    void onUpdateFromFile();
    void onDocumentReplaced(qint64 documentId);
    void onAnnotationEdited(const Annotation &annotation);

    MainWindow &m_window;
    ProjectEditor &m_editor;
    QAction *m_updateAction = nullptr;
    QDockWidget *m_dock = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_attach = nullptr;
    QSet<qint64> m_listedOrphans;
};

} // namespace marginalia
