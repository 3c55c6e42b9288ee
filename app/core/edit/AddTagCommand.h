// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/PresenceCommand.h"

namespace marginalia {

// A new tag: undo removes it, redo restores it under the same id.
class AddTagCommand final : public PresenceCommand<Tag> {
public:
    AddTagCommand(ProjectEditor &editor, const Tag &tag);
};

} // namespace marginalia
