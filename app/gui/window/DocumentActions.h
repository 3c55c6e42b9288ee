// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

namespace marginalia {

class LibraryPane;
class MainWindow;
class ProjectEditor;

// Renaming and deleting documents from the library (context menu, F2, Delete): asks the user, edits through
// ProjectEditor (each one undoable step), and keeps the window in step when a document is renamed, removed
// or put back by undo, whoever made the change.
class DocumentActions final : public QObject {
    Q_OBJECT

public:
    DocumentActions(MainWindow &window, ProjectEditor &editor, LibraryPane &library);

    void renameDocument(qint64 documentId);
    // Asks first, saying what goes with the document and that Undo brings it back.
    void deleteDocument(qint64 documentId);

private:
    void documentRemoved(qint64 documentId);

    MainWindow &m_window;
    ProjectEditor &m_editor;
};

} // namespace marginalia
