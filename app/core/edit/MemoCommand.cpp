#include "core/edit/MemoCommand.h"

namespace marginalia {

MemoCommand::MemoCommand(ProjectEditor &editor, qint64 documentId, const QString &before, const QString &after)
    : StoreCommand(editor, documentId ? ProjectEditor::tr("Edit Document Memo") : ProjectEditor::tr("Edit Project Memo"))
    , m_documentId(documentId)
    , m_before(before)
    , m_after(after)
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

Result<void> MemoCommand::apply()
{
    return write(m_after);
}

Result<void> MemoCommand::revert()
{
    return write(m_before);
}

Result<void> MemoCommand::write(const QString &text)
{
    auto done = m_documentId ? store().setDocumentMemo(m_documentId, text) : store().setProjectMemo(text);
    m_editor.notifyMemoChanged(m_documentId);
    return done;
}

} // namespace marginalia
