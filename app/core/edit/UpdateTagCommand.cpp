// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/UpdateTagCommand.h"

namespace marginalia {

UpdateTagCommand::UpdateTagCommand(ProjectEditor &editor, const Tag &before, const Tag &after)
    : TwoStateCommand(editor, ProjectEditor::tr("Edit Tag"), before, after)
{
}

Result<void> UpdateTagCommand::switchTo(const Tag &target, const Tag &)
{
    auto updated = store().updateTag(target);
    m_editor.reloadTags();
    return updated;
}

} // namespace marginalia
