// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/RemoveAnnotationCommand.h"

namespace marginalia {

RemoveAnnotationCommand::RemoveAnnotationCommand(ProjectEditor &editor, const Annotation &annotation)
    : PresenceCommand(editor, ProjectEditor::tr("Delete Annotation"), annotation, Edit::Remove)
{
}

} // namespace marginalia
