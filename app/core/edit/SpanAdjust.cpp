// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/SpanAdjust.h"

#include <QList>

namespace marginalia {

namespace {

// Letters, digits and combining marks; an apostrophe or hyphen between two of them ("don't", "well-known")
// belongs to the word too.
bool isWordAt(const QList<uint> &text, int at)
{
    if (at < 0 || at >= text.size())
        return false;
    const char32_t here = text.at(at);
    if (QChar::isLetterOrNumber(here) || QChar::isMark(here))
        return true;
    const bool joiner = here == U'\'' || here == U'’' || here == U'-';
    return joiner && at > 0 && at + 1 < text.size() && QChar::isLetterOrNumber(text.at(at - 1))
           && QChar::isLetterOrNumber(text.at(at + 1));
}

bool isWordStart(const QList<uint> &text, int at)
{
    return isWordAt(text, at) && !isWordAt(text, at - 1);
}

bool isWordEnd(const QList<uint> &text, int at)
{
    return isWordAt(text, at - 1) && !isWordAt(text, at);
}

// The nearest position after (step +1) or before (-1) `from` where `edge` holds; -1 when there is none.
int nextEdge(const QList<uint> &text, int from, int step, bool (*edge)(const QList<uint> &, int))
{
    for (int at = from + step; at >= 0 && at <= text.size(); at += step)
        if (edge(text, at))
            return at;
    return -1;
}

} // namespace

std::pair<int, int> adjustedSpan(const QString &text, int start, int end, SpanEdge edge, int step)
{
    const QList<uint> codePoints = text.toUcs4();
    if (start < 0 || end > codePoints.size() || start >= end || step == 0)
        return {start, end};
    const int direction = step > 0 ? 1 : -1;
    int newStart = start;
    int newEnd = end;
    // The start moves between word starts and the end between word ends, so a span always begins and ends
    // on a word and never takes in the space next to it.
    if (edge == SpanEdge::Start)
        newStart = nextEdge(codePoints, start, direction, isWordStart);
    else
        newEnd = nextEdge(codePoints, end, direction, isWordEnd);
    if (newStart < 0 || newEnd < 0 || newStart >= newEnd)
        return {start, end};
    return {newStart, newEnd};
}

} // namespace marginalia
