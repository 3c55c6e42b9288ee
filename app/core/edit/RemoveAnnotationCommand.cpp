#include "core/edit/RemoveAnnotationCommand.h"

namespace marginalia {

RemoveAnnotationCommand::RemoveAnnotationCommand(ProjectEditor &editor, const Annotation &annotation)
    : PresenceCommand(editor, ProjectEditor::tr("Delete Annotation"), annotation, Edit::Remove)
{
}

} // namespace marginalia
