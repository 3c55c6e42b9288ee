#include "core/edit/RejectSuggestionCommand.h"

namespace marginalia {

RejectSuggestionCommand::RejectSuggestionCommand(ProjectEditor &editor, const Rejection &rejection)
    : StoreCommand(editor, ProjectEditor::tr("Reject Suggestion"))
    , m_rejection(rejection)
{
}

Result<void> RejectSuggestionCommand::apply()
{
    auto added = store().addRejection(m_rejection);
    if (added)
        m_editor.notifyRejectionsChanged(m_rejection.documentId);
    return added;
}

Result<void> RejectSuggestionCommand::revert()
{
    auto removed = store().removeRejection(m_rejection);
    if (removed)
        m_editor.notifyRejectionsChanged(m_rejection.documentId);
    return removed;
}

} // namespace marginalia
