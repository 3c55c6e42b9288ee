// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace marginalia {

// QUndoCommand::id() of the commands that merge with the one before them: consecutive edits of one note
// or one memo become one undo step. Every other command returns -1 (never merges).
enum class CommandId : int {
    AnnotationNote = 1,
    Memo = 2,
    AnnotationSpan = 3,
};

} // namespace marginalia
