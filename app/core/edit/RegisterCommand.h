// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/RegisterSlice.h"
#include "core/edit/TwoStateCommand.h"

namespace marginalia {

// Switches the entity register between two recorded states (see RegisterSlice).
class RegisterCommand final : public TwoStateCommand<RegisterSlice> {
public:
    using TwoStateCommand::TwoStateCommand;

private:
    Result<void> switchTo(const RegisterSlice &target, const RegisterSlice &expected) override;
};

} // namespace marginalia
