#pragma once

#include "core/edit/StoreCommand.h"

namespace marginalia {

// A deleted annotation: undo restores the whole row (note, provenance, times) under its old id.
class RemoveAnnotationCommand final : public StoreCommand {
public:
    RemoveAnnotationCommand(ProjectEditor &editor, const Annotation &annotation);

private:
    Result<void> apply() override;
    Result<void> revert() override;

    Annotation m_annotation;
};

} // namespace marginalia
