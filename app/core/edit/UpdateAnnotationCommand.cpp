// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/UpdateAnnotationCommand.h"

namespace marginalia {

namespace {

QString commandText(UpdateAnnotationCommand::What what)
{
    switch (what) {
    case UpdateAnnotationCommand::What::Note:
        return ProjectEditor::tr("Edit Note");
    case UpdateAnnotationCommand::What::Span:
        return ProjectEditor::tr("Adjust Annotation Span");
    case UpdateAnnotationCommand::What::Place:
        return ProjectEditor::tr("Attach Annotation");
    case UpdateAnnotationCommand::What::Tag:
        break;
    }
    return ProjectEditor::tr("Change Tag");
}

} // namespace

UpdateAnnotationCommand::UpdateAnnotationCommand(ProjectEditor &editor, const Annotation &before,
                                                 const Annotation &after, What what)
    : TwoStateCommand(editor, commandText(what), before, after)
    , m_what(what)
{
}

int UpdateAnnotationCommand::id() const
{
    switch (m_what) {
    case What::Note:
        return int(CommandId::AnnotationNote);
    case What::Span:
        return int(CommandId::AnnotationSpan);
    case What::Tag:
    case What::Place:
        break;
    }
    return -1;
}

bool UpdateAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    // Only note and span edits have an id, and ids differ between them, so `other` is the same kind of edit.
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
