// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/TwoStateCommand.h"

namespace marginalia {

// A changed tag, note, span or place of one annotation. Consecutive note edits of the same annotation merge, and so
// do consecutive span adjustments (a key held to move an end is one step).
class UpdateAnnotationCommand final : public TwoStateCommand<Annotation> {
public:
    using What = ProjectEditor::AnnotationField;

    UpdateAnnotationCommand(ProjectEditor &editor, const Annotation &before, const Annotation &after, What what);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Result<void> switchTo(const Annotation &target, const Annotation &current) override;

    What m_what;
};

} // namespace marginalia
