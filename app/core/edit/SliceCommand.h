// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/ProjectSlice.h"
#include "core/edit/TwoStateCommand.h"

namespace marginalia {

// Switches the store between two recorded slices (bulk retags and deletes, codebook changes, claim
// reviews, tagging all mentions): each such edit is exactly one undo step.
class SliceCommand final : public TwoStateCommand<ProjectSlice> {
public:
    using TwoStateCommand::TwoStateCommand;

private:
    Result<void> switchTo(const ProjectSlice &target, const ProjectSlice &expected) override;
};

} // namespace marginalia
