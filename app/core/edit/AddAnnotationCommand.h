// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/PresenceCommand.h"

namespace marginalia {

// A new annotation (made by hand or by accepting a suggestion): undo takes it out, redo puts it back
// under the same id.
class AddAnnotationCommand final : public PresenceCommand<Annotation> {
public:
    AddAnnotationCommand(ProjectEditor &editor, const Annotation &annotation, const QString &text);
};

} // namespace marginalia
