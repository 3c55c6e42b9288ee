// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPlainTextEdit>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTimer;

namespace marginalia {

class ProjectEditor;

// The current document's memo and the project memo. Typing is saved after a short pause (and when focus
// leaves); consecutive saves of one memo are one undo step.
class MemoPanel final : public QWidget {
    Q_OBJECT

public:
    explicit MemoPanel(ProjectEditor &editor, QWidget *parent = nullptr);

    void setCurrentDocument(qint64 documentId);
    QPlainTextEdit *documentMemo() const { return m_documentMemo; }
    QPlainTextEdit *projectMemo() const { return m_projectMemo; }
    void saveNow();

private:
    void load(qint64 documentId);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QTabWidget *m_tabs;
    QLabel *m_documentHint;
    QPlainTextEdit *m_documentMemo;
    QPlainTextEdit *m_projectMemo;
    ProjectEditor &m_editor;
    QTimer *m_saveTimer;
    qint64 m_documentId = 0;
    bool m_loading = false;
};

} // namespace marginalia
