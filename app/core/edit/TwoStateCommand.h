// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/StoreCommand.h"

#include <utility>

namespace marginalia {

// An edit recorded as the state before and after it: redo makes the store hold `after`, undo `before`.
// Subclasses say how to write a state (an annotation, a tag, a memo, a slice of the project).
template<typename State> class TwoStateCommand : public StoreCommand {
public:
    TwoStateCommand(ProjectEditor &editor, const QString &text, State before, State after)
        : StoreCommand(editor, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

protected:
    // Makes the store hold `target`; `current` is what it should hold now (the other side of the edit).
    virtual Result<void> switchTo(const State &target, const State &current) = 0;

    State m_before;
    State m_after;

private:
    Result<void> apply() final { return switchTo(m_after, m_before); }
    Result<void> revert() final { return switchTo(m_before, m_after); }
};

} // namespace marginalia
