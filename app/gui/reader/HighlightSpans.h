#pragma once

#include "core/analysis/Span.h"
#include "core/model/Model.h"
#include "core/text/Text.h"

#include <QColor>
#include <QList>
#include <QString>

#include <functional>
#include <span>

namespace marginalia {

// Something to paint over the document text. Offsets are UTF-16 positions in the viewer's QTextDocument
// (which holds the normalized text unchanged), end exclusive.
struct HighlightSpan {
    enum class Layer { Annotation, Suggestion, ClaimSuggestion, FindMatch };
    int start = 0;
    int end = 0;
    Layer layer = Layer::Annotation;
    QColor color;
    qint64 id = 0;      // annotation id, or the suggestion's index
    QString toolTip;
};

// How one stretch of text looks, all layers combined.
struct PaintedSegment {
    int start = 0;
    int end = 0;
    QColor background;      // the innermost annotation covering the stretch
    QColor underline;       // the next one out: overlapping annotations both stay visible
    bool moreThanTwo = false;
    QColor suggestion;      // an entity suggestion (dotted underline + text colour)
    QColor claim;           // a claim suggestion (dashed underline only: claims are whole sentences)
    bool findMatch = false;
    friend bool operator==(const PaintedSegment &, const PaintedSegment &) = default;
};

// Annotation spans, sorted by start. `tagColor` maps a tag id to its colour (invalid for untagged).
QList<HighlightSpan> annotationHighlights(const QList<Annotation> &annotations, const CodePointIndex &index,
                                          const std::function<QColor(qint64)> &tagColor);

// Cuts [from, to) into stretches with the same look. `spans` must be sorted by start; callers pass only the
// tail that can reach [from, to), without copying it.
QList<PaintedSegment> paintedSegments(std::span<const HighlightSpan> spans, int from, int to);

} // namespace marginalia
