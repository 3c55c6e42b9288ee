// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/SpanHighlighter.h"

#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>

namespace marginalia {

namespace {

auto firstReaching(const QList<HighlightSpan> &spans, int position, int longest)
{
    // Only spans starting within `longest` before the position can reach it (the list is sorted by start).
    return std::lower_bound(spans.cbegin(), spans.cend(), position - longest,
                            [](const HighlightSpan &s, int at) { return s.start < at; });
}

int longestOf(const QList<HighlightSpan> &spans)
{
    int longest = 0;
    for (const HighlightSpan &s : spans)
        longest = std::max(longest, s.end - s.start);
    return longest;
}

// How a stretch of highlighted text looks.
QTextCharFormat segmentFormat(const PaintedSegment &segment, const QColor &findColor)
{
    QTextCharFormat format;
    if (segment.background.isValid())
        format.setBackground(segment.background);
    if (segment.findMatch)
        format.setBackground(findColor);
    // Annotations draw their own stacked underlines (AnnotationLanes): the text's one underline is left to
    // suggestions, so a suggestion inside a highlight still shows.
    if (segment.suggestion.isValid()) {
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(segment.suggestion);
    } else if (segment.claim.isValid()) {
        format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        format.setUnderlineColor(segment.claim);
    }
    if (segment.suggestion.isValid() && !segment.background.isValid() && !segment.findMatch)
        format.setForeground(segment.suggestion);
    if (segment.background.isValid() || segment.findMatch)
        format.setForeground(QColor(0x1a, 0x1a, 0x1a)); // tag colours are light: keep text dark on them
    return format;
}

} // namespace

SpanHighlighter::SpanHighlighter(QObject *parent)
    : QObject(parent)
{
}

void SpanHighlighter::setLayer(HighlightSpan::Layer which, QList<HighlightSpan> spans)
{
    if (!std::ranges::is_sorted(spans, {}, &HighlightSpan::start))
        std::ranges::stable_sort(spans, {}, &HighlightSpan::start);
    LayerSpans &target = layer(which);
    target.longest = longestOf(spans);
    target.spans = std::move(spans);
    emit changed();
    if (which == HighlightSpan::Layer::Annotation)
        emit annotationsChanged();
}

void SpanHighlighter::appendToLayer(HighlightSpan::Layer which, const QList<HighlightSpan> &spans)
{
    LayerSpans &target = layer(which);
    const bool inOrder = std::ranges::is_sorted(spans, {}, &HighlightSpan::start)
                         && (target.spans.isEmpty() || spans.isEmpty()
                             || spans.first().start >= target.spans.last().start);
    if (!inOrder) {
        setLayer(which, target.spans + spans);
        return;
    }
    target.spans.append(spans);
    target.longest = std::max(target.longest, longestOf(spans));
    emit changed();
    if (which == HighlightSpan::Layer::Annotation)
        emit annotationsChanged();
}

void SpanHighlighter::setLayerVisible(HighlightSpan::Layer which, bool visible)
{
    if (which == HighlightSpan::Layer::Annotation)
        m_annotationsVisible = visible;
    else if (which == HighlightSpan::Layer::Suggestion || which == HighlightSpan::Layer::ClaimSuggestion)
        m_suggestionsVisible = visible;
    emit changed();
    emit annotationsChanged();
}

bool SpanHighlighter::isVisible(HighlightSpan::Layer which) const
{
    switch (which) {
    case HighlightSpan::Layer::Annotation:
        return m_annotationsVisible;
    case HighlightSpan::Layer::Suggestion:
    case HighlightSpan::Layer::ClaimSuggestion:
        return m_suggestionsVisible;
    case HighlightSpan::Layer::FindMatch:
        return true;
    }
    return true;
}

void SpanHighlighter::setFindColor(const QColor &color)
{
    m_findColor = color;
    emit changed();
}

void SpanHighlighter::forgetSpans()
{
    for (LayerSpans &each : m_layers)
        each = {};
}

void SpanHighlighter::clearAll()
{
    forgetSpans();
    emit changed();
    emit annotationsChanged();
}

void SpanHighlighter::putAnnotation(const HighlightSpan &span)
{
    LayerSpans &annotations = layer(HighlightSpan::Layer::Annotation);
    const auto old = std::ranges::find(annotations.spans, span.id, &HighlightSpan::id);
    if (old != annotations.spans.end()) {
        if (old->start == span.start && old->end == span.end && old->color == span.color)
            return; // a new note: nothing painted changes
        const HighlightSpan before = *old;
        annotations.spans.erase(old);
        reassignLanesAround(before.start, before.end);
    }
    HighlightSpan added = span;
    added.layer = HighlightSpan::Layer::Annotation;
    // After every span with the same start, as a stable sort of the whole list would put a new one.
    const auto at = std::ranges::upper_bound(annotations.spans, added.start, {}, &HighlightSpan::start);
    annotations.spans.insert(at, added);
    annotations.longest = std::max(annotations.longest, added.end - added.start);
    reassignLanesAround(added.start, added.end);
    emit changed();
    emit annotationsChanged();
}

void SpanHighlighter::removeAnnotation(qint64 id)
{
    LayerSpans &annotations = layer(HighlightSpan::Layer::Annotation);
    const auto old = std::ranges::find(annotations.spans, id, &HighlightSpan::id);
    if (old == annotations.spans.end())
        return;
    const HighlightSpan before = *old;
    annotations.spans.erase(old);
    reassignLanesAround(before.start, before.end);
    emit changed();
    emit annotationsChanged();
}

// Lanes depend only on the annotations linked to each other by overlapping or touching: gives them again
// for the group that reaches [from, to], exactly as assignLanes over the whole list would.
void SpanHighlighter::reassignLanesAround(int from, int to)
{
    LayerSpans &annotations = layer(HighlightSpan::Layer::Annotation);
    QList<HighlightSpan> &spans = annotations.spans;
    qsizetype first = 0;
    qsizetype last = 0; // exclusive
    for (bool grown = true; grown;) {
        grown = false;
        first = firstReaching(spans, from, annotations.longest) - spans.cbegin();
        last = first;
        int low = from;
        int high = to;
        for (qsizetype i = first; i < spans.size() && spans[i].start <= to; ++i) {
            last = i + 1;
            if (spans[i].end < from)
                continue;
            low = std::min(low, spans[i].start);
            high = std::max(high, spans[i].end);
        }
        if (low < from || high > to) {
            from = low;
            to = high;
            grown = true;
        }
    }
    QList<HighlightSpan> group;
    QList<qsizetype> where;
    for (qsizetype i = first; i < last; ++i) {
        if (spans[i].end >= from) {
            group.append(spans[i]);
            where.append(i);
        }
    }
    assignLanes(group);
    for (qsizetype i = 0; i < group.size(); ++i)
        spans[where[i]].lane = group[i].lane;
}

QList<HighlightSpan> SpanHighlighter::visibleBetween(int from, int to) const
{
    QList<HighlightSpan> found;
    for (size_t which = 0; which < m_layers.size(); ++which) {
        if (!isVisible(HighlightSpan::Layer(which)))
            continue;
        const LayerSpans &each = m_layers[which];
        for (auto it = firstReaching(each.spans, from, each.longest); it != each.spans.cend() && it->start < to; ++it)
            if (it->end > from)
                found.append(*it);
    }
    // Layer by layer, then by start: for equal starts annotations come first, as they always have.
    std::ranges::stable_sort(found, {}, &HighlightSpan::start);
    return found;
}

QList<HighlightSpan> SpanHighlighter::spansAt(int position) const
{
    return visibleBetween(position, position + 1);
}

QList<HighlightSpan> SpanHighlighter::annotationsBetween(int from, int to) const
{
    if (!m_annotationsVisible)
        return {};
    const LayerSpans &annotations = layer(HighlightSpan::Layer::Annotation);
    QList<HighlightSpan> found;
    for (auto it = firstReaching(annotations.spans, from, annotations.longest);
         it != annotations.spans.cend() && it->start < to; ++it)
        if (it->end > from)
            found.append(*it);
    return found;
}

QList<PaintedSegment> SpanHighlighter::segmentsBetween(int from, int to) const
{
    const QList<HighlightSpan> nearby = visibleBetween(from, to);
    return paintedSegments(std::span<const HighlightSpan>(nearby.constData(), size_t(nearby.size())), from, to);
}

QList<QTextEdit::ExtraSelection> SpanHighlighter::selectionsForBlocks(const QTextBlock &first,
                                                                      const QTextBlock &last) const
{
    QList<QTextEdit::ExtraSelection> selections;
    for (QTextBlock block = first; block.isValid() && block.position() <= last.position(); block = block.next()) {
        if (!block.isVisible() || block.length() <= 1)
            continue;
        const int from = block.position();
        for (const PaintedSegment &segment : segmentsBetween(from, from + block.length() - 1)) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            selection.cursor.setPosition(segment.start);
            selection.cursor.setPosition(segment.end, QTextCursor::KeepAnchor);
            selection.format = segmentFormat(segment, m_findColor);
            selections.append(selection);
        }
    }
    return selections;
}

} // namespace marginalia
