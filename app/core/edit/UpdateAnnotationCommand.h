#pragma once

#include "core/edit/StoreCommand.h"

namespace marginalia {

// A changed tag or note of one annotation. Consecutive note edits of the same annotation merge.
class UpdateAnnotationCommand final : public StoreCommand
{
public:
    enum class What { Note, Tag };

    UpdateAnnotationCommand(ProjectEditor &editor, const Annotation &before, const Annotation &after, What what);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<void> write(const Annotation &state);

    Annotation m_before;
    Annotation m_after;
    What m_what;
};

} // namespace marginalia
