#pragma once

#include "core/edit/ProjectSlice.h"
#include "core/edit/StoreCommand.h"

namespace marginalia {

// Switches the store between two recorded slices (bulk retags and deletes, codebook changes, claim
// reviews, tagging all mentions): each such edit is exactly one undo step.
class SliceCommand final : public StoreCommand
{
public:
    SliceCommand(ProjectEditor &editor, const QString &text, ProjectSlice before, ProjectSlice after);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<void> switchTo(const ProjectSlice &target);

    ProjectSlice m_before;
    ProjectSlice m_after;
};

} // namespace marginalia
