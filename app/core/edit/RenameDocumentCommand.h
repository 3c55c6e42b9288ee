// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/TwoStateCommand.h"

namespace marginalia {

// A document's new title (the library, the window title and exports show it; the file is not renamed).
class RenameDocumentCommand final : public TwoStateCommand<QString> {
public:
    RenameDocumentCommand(ProjectEditor &editor, qint64 documentId, const QString &before, const QString &after);

private:
    Result<void> switchTo(const QString &target, const QString &current) override;

    qint64 m_documentId;
};

} // namespace marginalia
