#include "gui/reader/HighlightSpans.h"

#include <algorithm>

namespace marginalia {

QList<HighlightSpan> annotationHighlights(const QList<Annotation> &annotations, const CodePointIndex &index,
                                          const std::function<QColor(qint64)> &tagColor)
{
    QList<HighlightSpan> spans;
    spans.reserve(annotations.size());
    for (const Annotation &a : annotations) {
        HighlightSpan span;
        span.start = index.toUtf16(a.start);
        span.end = index.toUtf16(a.end);
        span.layer = HighlightSpan::Layer::Annotation;
        span.color = tagColor(a.tagId);
        if (!span.color.isValid())
            span.color = QColor(0xd0, 0xd0, 0xd0); // untagged: neutral grey
        span.id = a.id;
        spans.append(span);
    }
    std::ranges::stable_sort(spans, {}, &HighlightSpan::start);
    return spans;
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
        // Annotations covering the stretch, innermost (latest start, then shortest) first: it owns the
        // background, the next one shows as an underline, so nested and overlapping ones stay visible.
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
        std::ranges::stable_sort(annotationsHere, [](const HighlightSpan *a, const HighlightSpan *b) {
            return a->start != b->start ? a->start > b->start : (a->end - a->start) < (b->end - b->start);
        });
        if (!annotationsHere.isEmpty())
            segment.background = annotationsHere[0]->color;
        if (annotationsHere.size() > 1)
            segment.underline = annotationsHere[1]->color;
        segment.moreThanTwo = annotationsHere.size() > 2;
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
