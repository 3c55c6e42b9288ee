// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QAction;

namespace marginalia {

class CodebookPanel;
class ProjectEditor;

// The codebook tree's "Description…" and "Delete Tag…": a tag's description (what the tag means, shown
// on hover) edited in a dialog, and deletion after asking what becomes of the tag's annotations. Each is
// one undoable step through ProjectEditor.
class TagEditActions final : public QObject {
    Q_OBJECT

public:
    TagEditActions(CodebookPanel &panel, ProjectEditor &editor);

    QAction *describeAction() const { return m_describe; }
    QAction *deleteAction() const { return m_delete; }

    void editDescription();
    void deleteTag();

private:
    void updateEnabled();

    CodebookPanel &m_panel;
    ProjectEditor &m_editor;
    QAction *m_describe;
    QAction *m_delete;
};

} // namespace marginalia
