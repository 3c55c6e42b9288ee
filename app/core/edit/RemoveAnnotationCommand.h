// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/PresenceCommand.h"

namespace marginalia {

// A deleted annotation: undo restores the whole row (note, provenance, times) under its old id.
class RemoveAnnotationCommand final : public PresenceCommand<Annotation> {
public:
    RemoveAnnotationCommand(ProjectEditor &editor, const Annotation &annotation);
};

} // namespace marginalia
