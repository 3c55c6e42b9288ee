#pragma once

#include "core/edit/StoreCommand.h"

namespace marginalia {

// A renamed, recoloured or re-keyed tag.
class UpdateTagCommand final : public StoreCommand
{
public:
    UpdateTagCommand(ProjectEditor &editor, const Tag &before, const Tag &after);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<void> write(const Tag &tag);

    Tag m_before;
    Tag m_after;
};

} // namespace marginalia
