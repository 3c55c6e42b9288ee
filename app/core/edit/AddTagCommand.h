#pragma once

#include "core/edit/StoreCommand.h"

namespace marginalia {

// A new tag: undo removes it, redo restores it under the same id.
class AddTagCommand final : public StoreCommand {
public:
    AddTagCommand(ProjectEditor &editor, const Tag &tag);

private:
    Result<void> apply() override;
    Result<void> revert() override;

    Tag m_tag;
};

} // namespace marginalia
