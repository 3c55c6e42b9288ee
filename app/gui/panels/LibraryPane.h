// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Model.h"

#include <QSplitter>

class QListView;
class QListWidget;

namespace marginalia {

class CodePointIndex;
class DocumentListModel;

// The left side of the main window: the library (the project's documents) above the outline of the open
// document (its headings, indented by level).
class LibraryPane final : public QSplitter {
    Q_OBJECT

public:
    explicit LibraryPane(QWidget *parent);

    DocumentListModel *model() const { return m_model; }
    void setDocuments(const QList<DocumentRecord> &documents, qint64 currentId);
    // Marks the open document, without emitting documentActivated.
    void setCurrentDocument(qint64 documentId);
    void showOutline(const DocumentRecord &record, const CodePointIndex &index);

signals:
    void documentActivated(qint64 documentId);
    // From the library's context menu, F2 and Delete; the window asks and edits.
    void renameRequested(qint64 documentId);
    void deleteRequested(qint64 documentId);
    void headingActivated(int codePoint);

private:
    void addDocumentActions();
    qint64 currentDocumentId() const;

    DocumentListModel *m_model;
    QListView *m_library;
    QListWidget *m_outline;
};

} // namespace marginalia
