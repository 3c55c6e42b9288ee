// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <utility>

namespace marginalia {

// Moving one end of an annotation's span by a word, as Shift+Alt+arrows do in the reading view. Offsets
// are code points into the normalized text. An end moves to the next (step +1) or previous (-1) word
// boundary: extending the end takes in the next word, shrinking it lets the last word go, and the same
// for the start. The span never becomes empty and never leaves the text: a move that would is refused
// and the span comes back unchanged.
enum class SpanEdge { Start, End };

std::pair<int, int> adjustedSpan(const QString &text, int start, int end, SpanEdge edge, int step);

} // namespace marginalia
