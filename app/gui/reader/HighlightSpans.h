// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

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
    QString toolTip;    // empty: the view asks its tool tip provider for the layer, on hover
    int lane = 0;       // annotations: which of the stacked underlines is this one's (0 nearest the text)
};

// How one stretch of text looks, all layers combined.
struct PaintedSegment {
    int start = 0;
    int end = 0;
    QColor background;      // the innermost annotation covering the stretch (each also has its underline)
    QColor suggestion;      // an entity suggestion (dotted underline + text colour)
    QColor claim;           // a claim suggestion (dashed underline only: claims are whole sentences)
    bool findMatch = false;
    friend bool operator==(const PaintedSegment &, const PaintedSegment &) = default;
};

// One annotation's span, without its lane (see SpanHighlighter::putAnnotation).
HighlightSpan annotationHighlight(const Annotation &annotation, const CodePointIndex &index,
                                  const std::function<QColor(qint64)> &tagColor);

// Annotation spans, sorted by start, with their lanes (assignLanes). `tagColor` maps a tag id to its colour
// (invalid for untagged).
QList<HighlightSpan> annotationHighlights(const QList<Annotation> &annotations, const CodePointIndex &index,
                                          const std::function<QColor(qint64)> &tagColor);

// Gives each annotation span (sorted by start) a lane for its underline, so that every annotation stays
// visible where others overlap or touch it: the lowest lane free of any annotation that overlaps or ends
// where it starts. Nested spans thus stack, the outer one on the lower lane... except that a span inside
// another is moved nearer the text (the innermost on top), by giving lanes longest-outermost first.
void assignLanes(QList<HighlightSpan> &spans);

// The annotation spans of `spans` that cover `position`, innermost first (latest start, then shortest):
// the order a tool tip lists them in and a click cycles through.
QList<HighlightSpan> annotationsInnermostFirst(const QList<HighlightSpan> &spans, int position);

// Clicking the same overlapped place again selects the next annotation there.
class ClickCycle {
public:
    // The annotation a click chooses among `ids` (innermost first): the first, or after the one chosen
    // last time when the click hits the same set. 0 when `ids` is empty.
    qint64 choose(const QList<qint64> &ids);
    void reset() { m_ids.clear(); }

private:
    QList<qint64> m_ids;
    qsizetype m_index = 0;
};

// Cuts [from, to) into stretches with the same look. `spans` must be sorted by start; callers pass only the
// tail that can reach [from, to), without copying it.
QList<PaintedSegment> paintedSegments(std::span<const HighlightSpan> spans, int from, int to);

} // namespace marginalia
