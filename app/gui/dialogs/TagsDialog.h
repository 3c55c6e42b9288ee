// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QTableWidget;
class QPushButton;

namespace marginalia {

class ProjectEditor;

// The codebook: add tags, rename them, recolour them, give them a key 1-9. Every change is written at once
// and can be undone from the main window.
class TagsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit TagsDialog(ProjectEditor &editor, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void reload();
    void addTag();
    void chooseColor(int row);
    void commitRow(int row);

    ProjectEditor &m_editor;
    QTableWidget *m_table;
    QPushButton *m_colorButton;
    bool m_reloading = false;
};

} // namespace marginalia
