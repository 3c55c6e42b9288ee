// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/TwoStateCommand.h"

namespace marginalia {

// A renamed, recoloured or re-keyed tag.
class UpdateTagCommand final : public TwoStateCommand<Tag> {
public:
    UpdateTagCommand(ProjectEditor &editor, const Tag &before, const Tag &after);

private:
    Result<void> switchTo(const Tag &target, const Tag &current) override;
};

} // namespace marginalia
