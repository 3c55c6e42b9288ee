// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/ReimportDocumentCommand.h"

namespace marginalia {

ReimportDocumentCommand::ReimportDocumentCommand(ProjectEditor &editor, DocumentVersion before, DocumentVersion after)
    : TwoStateCommand(editor, ProjectEditor::tr("Update “%1” from File").arg(after.record.title), std::move(before),
                      std::move(after))
{
}

Result<void> ReimportDocumentCommand::switchTo(const DocumentVersion &target, const DocumentVersion &)
{
    if (auto replaced = store().replaceDocumentVersion(target); !replaced)
        return replaced;
    m_editor.notifyDocumentReplaced(target.record.id);
    return {};
}

} // namespace marginalia
