// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/HighlightSpans.h"

#include <algorithm>
#include <bit>

namespace marginalia {

namespace {

// Of two annotations over one place, the inner one: the later start, then the shorter.
bool innerFirst(const HighlightSpan &a, const HighlightSpan &b)
{
    return a.start != b.start ? a.start > b.start : (a.end - a.start) < (b.end - b.start);
}

} // namespace

HighlightSpan annotationHighlight(const Annotation &annotation, const CodePointIndex &index,
                                  const std::function<QColor(qint64)> &tagColor)
{
    HighlightSpan span;
    span.start = index.toUtf16(annotation.start);
    span.end = index.toUtf16(annotation.end);
    span.layer = HighlightSpan::Layer::Annotation;
    span.color = tagColor(annotation.tagId);
    if (!span.color.isValid())
        span.color = QColor(0xd0, 0xd0, 0xd0); // untagged: neutral grey
    span.id = annotation.id;
    return span;
}

QList<HighlightSpan> annotationHighlights(const QList<Annotation> &annotations, const CodePointIndex &index,
                                          const std::function<QColor(qint64)> &tagColor)
{
    QList<HighlightSpan> spans;
    spans.reserve(annotations.size());
    for (const Annotation &a : annotations)
        spans.append(annotationHighlight(a, index, tagColor));
    std::ranges::stable_sort(spans, {}, &HighlightSpan::start);
    assignLanes(spans);
    return spans;
}

void assignLanes(QList<HighlightSpan> &spans)
{
    const auto isAnnotation = [](const HighlightSpan &s) { return s.layer == HighlightSpan::Layer::Annotation; };
    QList<qsizetype> byLength;
    int longest = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (isAnnotation(spans[i])) {
            byLength.append(i);
            longest = std::max(longest, spans[i].end - spans[i].start);
        }
    }
    // Shortest first: an inner span takes its lane before the one around it, so it sits nearer the text.
    std::ranges::stable_sort(byLength, [&spans](qsizetype a, qsizetype b) {
        const int la = spans[a].end - spans[a].start, lb = spans[b].end - spans[b].start;
        return la != lb ? la < lb : spans[a].start > spans[b].start;
    });
    QList<bool> assigned(spans.size(), false);
    for (qsizetype i : std::as_const(byLength)) {
        HighlightSpan &span = spans[i];
        // Only spans starting within `longest` before this one can reach it (spans are sorted by start).
        const auto first = std::lower_bound(spans.cbegin(), spans.cend(), span.start - longest,
                                            [](const HighlightSpan &s, int position) { return s.start < position; });
        quint64 used = 0;
        for (auto other = first; other != spans.cend() && other->start <= span.end; ++other) {
            const qsizetype j = other - spans.cbegin();
            if (j != i && assigned[j] && isAnnotation(*other) && other->end >= span.start)
                used |= quint64(1) << std::min(other->lane, 63);
        }
        span.lane = std::countr_one(used);
        assigned[i] = true;
    }
}

QList<HighlightSpan> annotationsInnermostFirst(const QList<HighlightSpan> &spans, int position)
{
    QList<HighlightSpan> here;
    for (const HighlightSpan &s : spans)
        if (s.layer == HighlightSpan::Layer::Annotation && s.start <= position && position < s.end)
            here.append(s);
    std::ranges::stable_sort(here, innerFirst);
    return here;
}

qint64 ClickCycle::choose(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        reset();
        return 0;
    }
    if (ids == m_ids) {
        m_index = (m_index + 1) % ids.size();
    } else {
        m_ids = ids;
        m_index = 0;
    }
    return ids[m_index];
}

QList<PaintedSegment> paintedSegments(std::span<const HighlightSpan> spans, int from, int to)
{
    QList<const HighlightSpan *> covering;
    QList<int> cuts{from, to};
    for (const HighlightSpan &s : spans) {
        if (s.start >= to)
            break; // sorted by start
        if (s.end <= from || s.end <= s.start)
            continue;
        covering.append(&s);
        cuts.append(std::clamp(s.start, from, to));
        cuts.append(std::clamp(s.end, from, to));
    }
    std::ranges::sort(cuts);
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QList<PaintedSegment> segments;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        PaintedSegment segment{.start = cuts[i], .end = cuts[i + 1]};
        bool painted = false;
        QList<const HighlightSpan *> annotationsHere;
        for (const HighlightSpan *s : std::as_const(covering)) {
            if (s->start > segment.start || s->end < segment.end)
                continue;
            painted = true;
            switch (s->layer) {
            case HighlightSpan::Layer::Annotation:
                annotationsHere.append(s);
                break;
            case HighlightSpan::Layer::Suggestion:
                if (!segment.suggestion.isValid())
                    segment.suggestion = s->color;
                break;
            case HighlightSpan::Layer::ClaimSuggestion:
                if (!segment.claim.isValid())
                    segment.claim = s->color;
                break;
            case HighlightSpan::Layer::FindMatch:
                segment.findMatch = true;
                break;
            }
        }
        // The innermost annotation (latest start, then shortest) owns the background; every one of them
        // also has its own underline lane, painted by the view.
        std::ranges::stable_sort(annotationsHere,
                                 [](const HighlightSpan *a, const HighlightSpan *b) { return innerFirst(*a, *b); });
        if (!annotationsHere.isEmpty())
            segment.background = annotationsHere[0]->color;
        if (!painted)
            continue;
        if (!segments.isEmpty() && segments.last().end == segment.start) {
            PaintedSegment merged = segments.last();
            merged.end = segment.end;
            segment.start = merged.start;
            if (merged == segment) {
                segments.last().end = segment.end;
                continue;
            }
            segment.start = cuts[i];
        }
        segments.append(segment);
    }
    return segments;
}

} // namespace marginalia
