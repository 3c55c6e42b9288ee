// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/StoreCommand.h"
#include "core/edit/SuggestionAcceptance.h"

namespace marginalia {

// Accepted suggestions with what they added to the entity register: undo takes out the annotations, the
// new mentions and the entities created for them (and nothing that was there before); redo puts them back
// under the same ids.
class AcceptSuggestionsCommand final : public StoreCommand {
public:
    AcceptSuggestionsCommand(ProjectEditor &editor, AcceptedSuggestions added, const QString &text);

private:
    Result<void> apply() override;
    Result<void> revert() override;
    void notify(bool added) const;

    AcceptedSuggestions m_added;
};

} // namespace marginalia
