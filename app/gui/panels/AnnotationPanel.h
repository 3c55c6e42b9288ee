// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPlainTextEdit>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace marginalia {

class AnnotationFilterModel;
class AnnotationListModel;
class ProjectEditor;

// Edits a note; leaves Undo and Redo to the project's undo stack so that one history covers everything.
class NoteEditor final : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit NoteEditor(QWidget *parent = nullptr);

signals:
    void finished(); // Esc: back to reading

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

// The current document's annotations: a filterable list, and the selected annotation's note under it.
class AnnotationPanel final : public QWidget {
    Q_OBJECT

public:
    AnnotationPanel(ProjectEditor &editor, AnnotationListModel &model, QWidget *parent = nullptr);

    qint64 currentAnnotationId() const;
    void selectAnnotation(qint64 id);
    void focusNote();
    QListView *listView() const { return m_list; }
    NoteEditor *noteEditor() const { return m_note; }

signals:
    void annotationActivated(qint64 id);
    void noteEditingFinished();

private:
    void refreshTagFilter();
    void showCurrentNote();
    void updateCount();
    void deleteCurrent();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ProjectEditor &m_editor;
    AnnotationListModel &m_model;
    AnnotationFilterModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_tagFilter;
    QLabel *m_count;
    QListView *m_list;
    QLabel *m_noteLabel;
    NoteEditor *m_note;
    qint64 m_noteAnnotationId = 0;
};

} // namespace marginalia
