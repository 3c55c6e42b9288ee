// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace marginalia {

struct Tag;

// Help ▸ Keyboard Shortcuts: every action of a window that has a shortcut, read from the actions themselves
// (so the list never goes stale), with where it works (its menu, dock or pane), plus the tag keys 1–9 from
// the codebook. A filter box narrows the list by action, key or place.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(QWidget *window, const QList<Tag> &tags);

    // Rows shown now (after filtering), for tests.
    int visibleRowCount() const;
    void setFilterText(const QString &text);

private:
    void fill(QWidget *window, const QList<Tag> &tags);
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

} // namespace marginalia
