// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/RenameDocumentCommand.h"

namespace marginalia {

RenameDocumentCommand::RenameDocumentCommand(ProjectEditor &editor, qint64 documentId, const QString &before,
                                             const QString &after)
    : TwoStateCommand(editor, ProjectEditor::tr("Rename Document"), before, after)
    , m_documentId(documentId)
{
}

Result<void> RenameDocumentCommand::switchTo(const QString &target, const QString &)
{
    auto renamed = store().renameDocument(m_documentId, target);
    if (renamed)
        m_editor.notifyDocumentChanged(m_documentId);
    return renamed;
}

} // namespace marginalia
