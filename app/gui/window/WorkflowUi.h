// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace marginalia {

class CodebookPanel;
class ClaimReviewPanel;
class EntityRegisterPanel;
class MemoPanel;
class ProjectEditor;
class SearchPanel;
class TagPicker;

// Installs the research workflow into a main window: dock widgets for the codebook, search, the entity
// register, claim review and memos, a Research menu with a shortcut for each, and "Tag Selection…" (pick
// or create a tag for the reading view's selection), and File ▸ Import ▸ Annotations… (AnnotationImportUi). The window
// keeps its own layout; the docks start hidden and a shortcut shows, raises and focuses its panel (pressed again there,
// it hides it).
class WorkflowUi final : public QObject {
    Q_OBJECT

public:
    WorkflowUi(QMainWindow *window, ProjectEditor &editor);
    ~WorkflowUi() override;

    CodebookPanel *codebookPanel() const { return m_codebook; }
    SearchPanel *searchPanel() const { return m_search; }
    EntityRegisterPanel *entityPanel() const { return m_entities; }
    ClaimReviewPanel *claimPanel() const { return m_claims; }
    MemoPanel *memoPanel() const { return m_memos; }
    TagPicker *readingPicker() const { return m_readingPicker; }
    QMenu *menu() const { return m_menu; }

public slots:
    // The document the reading view shows (0 for none); `text` is its normalized text.
    void setCurrentDocument(qint64 id, const QString &text);
    // Opens the picker for the reading view's selection; the chosen (or newly created) tag annotates it.
    void tagSelection();

signals:
    // Offsets are code points into the document's text.
    void openDocumentRequested(qint64 documentId, int start, int end);

private:
    QDockWidget *addDock(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    QAction *addPanelAction(QDockWidget *dock, QWidget *panel, const QString &text, const QKeySequence &shortcut,
                            const QString &objectName);
    void showMessage(const QString &text);

    QMainWindow *m_window;
    ProjectEditor &m_editor;
    CodebookPanel *m_codebook;
    SearchPanel *m_search;
    EntityRegisterPanel *m_entities;
    ClaimReviewPanel *m_claims;
    MemoPanel *m_memos;
    TagPicker *m_readingPicker;
    QMenu *m_menu;
    QSet<QDockWidget *> m_sized;
    qint64 m_documentId = 0;
    QString m_documentText;
};

} // namespace marginalia
