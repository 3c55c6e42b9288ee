// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/TwoStateCommand.h"

namespace marginalia {

// A document replaced by a new version of its file, with its annotations, mentions and rejected
// suggestions moved onto the new text: undo puts back the old text, blocks and places.
class ReimportDocumentCommand final : public TwoStateCommand<DocumentVersion> {
public:
    ReimportDocumentCommand(ProjectEditor &editor, DocumentVersion before, DocumentVersion after);

private:
    Result<void> switchTo(const DocumentVersion &target, const DocumentVersion &current) override;
};

} // namespace marginalia
