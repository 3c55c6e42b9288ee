// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace marginalia {

class SuggestionListModel;

// Analysis suggestions of the current document, kept apart from the annotations. A accepts, R rejects,
// N and P move to the next and previous one (here and in the reading view).
class SuggestionPanel final : public QWidget {
    Q_OBJECT

public:
    SuggestionPanel(SuggestionListModel &model, QWidget *parent = nullptr);

    int currentRow() const;
    void setCurrentRow(int row);
    QListView *listView() const { return m_list; }
    void setStatus(const QString &text);

signals:
    void suggestionActivated(int row);
    void acceptRequested();
    void rejectRequested();
    void nextRequested();
    void previousRequested();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateButtons();

    SuggestionListModel &m_model;
    QLabel *m_status;
    QListView *m_list;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_previous;
    QPushButton *m_next;
};

} // namespace marginalia
