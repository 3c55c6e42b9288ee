#include "core/edit/RejectSuggestionCommand.h"

namespace marginalia {

RejectSuggestionCommand::RejectSuggestionCommand(ProjectEditor &editor, const Rejection &rejection)
    : PresenceCommand(editor, ProjectEditor::tr("Reject Suggestion"), rejection, Edit::Add)
{
}

} // namespace marginalia
