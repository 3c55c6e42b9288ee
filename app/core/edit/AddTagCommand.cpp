#include "core/edit/AddTagCommand.h"

namespace marginalia {

AddTagCommand::AddTagCommand(ProjectEditor &editor, const Tag &tag)
    : PresenceCommand(editor, ProjectEditor::tr("Add Tag"), tag, Edit::Add)
{
}

} // namespace marginalia
