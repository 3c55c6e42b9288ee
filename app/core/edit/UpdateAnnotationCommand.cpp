#include "core/edit/UpdateAnnotationCommand.h"

namespace marginalia {

namespace {
QString undoText(AnnotationEdit what)
{
    switch (what) {
    case AnnotationEdit::Note:
        return ProjectEditor::tr("Edit Note");
    case AnnotationEdit::Tag:
        return ProjectEditor::tr("Change Tag");
    case AnnotationEdit::Place:
        return ProjectEditor::tr("Attach Annotation");
    }
    return {};
}
} // namespace

UpdateAnnotationCommand::UpdateAnnotationCommand(ProjectEditor &editor, const Annotation &before,
                                                 const Annotation &after, What what)
    : TwoStateCommand(editor, undoText(what), before, after)
    , m_what(what)
{
}

int UpdateAnnotationCommand::id() const
{
    return m_what == What::Note ? int(CommandId::AnnotationNote) : -1;
}

bool UpdateAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    // Only note edits have an id, so `other` is a note edit too.
    const auto *next = static_cast<const UpdateAnnotationCommand *>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

Result<void> UpdateAnnotationCommand::switchTo(const Annotation &target, const Annotation &)
{
    if (auto updated = store().updateAnnotation(target); !updated)
        return updated;
    auto stored = store().annotation(target.id);
    m_editor.notifyAnnotationChanged(stored ? *stored : target);
    return {};
}

} // namespace marginalia
