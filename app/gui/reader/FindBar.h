// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace marginalia {

// A find bar under the reading view: every match is highlighted, Enter/F3 and Shift+Enter/Shift+F3 step
// through them, Esc closes. It only reports what to find; the window does the finding.
class FindBar final : public QWidget {
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    void activate();            // show, focus, select the text
    void setMatchInfo(int current, int count); // current is 1-based, 0 for none

signals:
    void searchChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    QLabel *m_count;
};

} // namespace marginalia
