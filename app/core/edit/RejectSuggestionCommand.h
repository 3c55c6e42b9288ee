// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/PresenceCommand.h"

namespace marginalia {

// A rejected suggestion: the stored Rejection keeps it from being suggested again until undone.
class RejectSuggestionCommand final : public PresenceCommand<Rejection> {
public:
    RejectSuggestionCommand(ProjectEditor &editor, const Rejection &rejection);
};

} // namespace marginalia
