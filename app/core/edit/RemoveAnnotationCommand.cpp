#include "core/edit/RemoveAnnotationCommand.h"

namespace marginalia {

RemoveAnnotationCommand::RemoveAnnotationCommand(ProjectEditor &editor, const Annotation &annotation)
    : StoreCommand(editor, ProjectEditor::tr("Delete Annotation"))
    , m_annotation(annotation)
{
}

Result<void> RemoveAnnotationCommand::apply()
{
    return removeAnnotation(m_annotation);
}

Result<void> RemoveAnnotationCommand::revert()
{
    return restoreAnnotation(m_annotation);
}

} // namespace marginalia
