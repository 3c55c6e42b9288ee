#pragma once

#include "core/edit/StoreCommand.h"

namespace marginalia {

// A rejected suggestion: the stored Rejection keeps it from being suggested again until undone.
class RejectSuggestionCommand final : public StoreCommand {
public:
    RejectSuggestionCommand(ProjectEditor &editor, const Rejection &rejection);

private:
    Result<void> apply() override;
    Result<void> revert() override;

    Rejection m_rejection;
};

} // namespace marginalia
