// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/AddTagCommand.h"

namespace marginalia {

AddTagCommand::AddTagCommand(ProjectEditor &editor, const Tag &tag)
    : PresenceCommand(editor, ProjectEditor::tr("Add Tag"), tag, Edit::Add)
{
}

} // namespace marginalia
