// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Model.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace marginalia {

class ProjectEditor;

// A keyboard-first tag chooser: type to filter tag paths ("Parent/Child"), Up/Down to move, Enter to pick.
// With creation allowed, a path that names no tag yet is offered as a new tag ("Method/Interview" creates
// "Interview" under "Method"); the caller creates it, so that it can make creation and use one undo step.
class TagPicker final : public QDialog {
    Q_OBJECT

public:
    TagPicker(ProjectEditor &editor, QWidget *parent = nullptr);

    void setPrompt(const QString &prompt);
    void setAllowCreate(bool allow) { m_allowCreate = allow; }
    void setAllowTopLevel(bool allow) { m_allowTopLevel = allow; } // offers "(top level)", picked as 0
    void setExcluded(const QSet<qint64> &tagIds) { m_excluded = tagIds; }
    // Shows the picker (non-blocking) with an empty query.
    void start();

    // One question to the picker: the settings above, then start(); the answer goes to onPicked only,
    // replacing whatever `context` connected to picked() for an earlier question.
    struct Request {
        QString prompt;
        bool allowCreate = false;
        bool allowTopLevel = false;
        QSet<qint64> excluded;
    };
    void ask(const Request &request, QObject *context, std::function<void(qint64, const QStringList &)> onPicked);

    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }

signals:
    // tagId > 0: an existing tag (or 0 for the top level); otherwise newPath names the tag to create.
    void picked(qint64 tagId, const QStringList &newPath);

private:
    void refresh();
    void accept() override;
    void done(int result) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    ProjectEditor &m_editor;
    QLabel *m_prompt;
    QLineEdit *m_input;
    QListWidget *m_list;
    QSet<qint64> m_excluded;
    QPointer<QWidget> m_returnFocus;
    bool m_allowCreate = false;
    bool m_allowTopLevel = false;
};

} // namespace marginalia
