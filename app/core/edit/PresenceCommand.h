// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/StoreCommand.h"

#include <utility>

namespace marginalia {

// An edit that adds one item (an annotation, a tag, a rejection) or removes it; undo does the opposite.
// The item keeps its id, so that a redo after an undo puts back the very same row. StoreCommand's
// putBack()/takeOut() overloads say how each kind of item is written.
template<typename Item> class PresenceCommand : public StoreCommand {
public:
    enum class Edit { Add, Remove };

    PresenceCommand(ProjectEditor &editor, const QString &text, Item item, Edit edit)
        : StoreCommand(editor, text)
        , m_item(std::move(item))
        , m_edit(edit)
    {
    }

private:
    Result<void> apply() final { return m_edit == Edit::Add ? putBack(m_item) : takeOut(m_item); }
    Result<void> revert() final { return m_edit == Edit::Add ? takeOut(m_item) : putBack(m_item); }

    Item m_item;
    Edit m_edit;
};

} // namespace marginalia
