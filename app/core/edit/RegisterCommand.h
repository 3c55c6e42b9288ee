#pragma once

#include "core/edit/RegisterSlice.h"
#include "core/edit/StoreCommand.h"

namespace marginalia {

// Switches the entity register between two recorded states (see RegisterSlice).
class RegisterCommand final : public StoreCommand
{
public:
    RegisterCommand(ProjectEditor &editor, const QString &text, RegisterSlice before, RegisterSlice after);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    // Puts `target` back; `expected` is the state the store should be in now (the other side).
    Result<void> switchTo(const RegisterSlice &target, const RegisterSlice &expected);

    RegisterSlice m_before;
    RegisterSlice m_after;
};

} // namespace marginalia
