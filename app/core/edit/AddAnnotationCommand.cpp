#include "core/edit/AddAnnotationCommand.h"

namespace marginalia {

AddAnnotationCommand::AddAnnotationCommand(ProjectEditor &editor, const Annotation &annotation, const QString &text)
    : StoreCommand(editor, text)
    , m_annotation(annotation)
{
}

Result<void> AddAnnotationCommand::apply()
{
    return restoreAnnotation(m_annotation);
}

Result<void> AddAnnotationCommand::revert()
{
    return removeAnnotation(m_annotation);
}

} // namespace marginalia
