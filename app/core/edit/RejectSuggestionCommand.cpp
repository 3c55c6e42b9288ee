// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/RejectSuggestionCommand.h"

namespace marginalia {

RejectSuggestionCommand::RejectSuggestionCommand(ProjectEditor &editor, const Rejection &rejection)
    : PresenceCommand(editor, ProjectEditor::tr("Reject Suggestion"), rejection, Edit::Add)
{
}

} // namespace marginalia
