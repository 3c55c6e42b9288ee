#pragma once

#include "core/edit/StoreCommand.h"

namespace marginalia {

// A new annotation (made by hand or by accepting a suggestion): undo takes it out, redo puts it back
// under the same id.
class AddAnnotationCommand final : public StoreCommand {
public:
    AddAnnotationCommand(ProjectEditor &editor, const Annotation &annotation, const QString &text);

private:
    Result<void> apply() override;
    Result<void> revert() override;

    Annotation m_annotation;
};

} // namespace marginalia
