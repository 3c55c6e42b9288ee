// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/MemoCommand.h"

namespace marginalia {

MemoCommand::MemoCommand(ProjectEditor &editor, qint64 documentId, const QString &before, const QString &after)
    : TwoStateCommand(editor,
                      documentId ? ProjectEditor::tr("Edit Document Memo") : ProjectEditor::tr("Edit Project Memo"),
                      before, after)
    , m_documentId(documentId)
{
}

bool MemoCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MemoCommand *>(other);
    if (next->m_documentId != m_documentId)
        return false;
    m_after = next->m_after;
    return true;
}

Result<void> MemoCommand::switchTo(const QString &target, const QString &)
{
    auto done = m_documentId ? store().setDocumentMemo(m_documentId, target) : store().setProjectMemo(target);
    m_editor.notifyMemoChanged(m_documentId);
    return done;
}

} // namespace marginalia
