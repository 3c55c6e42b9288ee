// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/AddAnnotationCommand.h"

namespace marginalia {

AddAnnotationCommand::AddAnnotationCommand(ProjectEditor &editor, const Annotation &annotation, const QString &text)
    : PresenceCommand(editor, text, annotation, Edit::Add)
{
}

} // namespace marginalia
