// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/reader/HighlightSpans.h"

#include <QList>
#include <QPointF>
#include <QRectF>

class QPainter;
class QTextDocument;

namespace marginalia {

// Draws each annotation's own underline in its lane (HighlightSpan::lane) under the text lines it covers,
// so that overlapping or adjacent annotations stay apart: the background shows the innermost one, the
// stacked underlines all of them. `scroll` is the view's scroll offset, `visible` the viewport rectangle;
// the annotation `activeId` (the one selected) is drawn thicker.
class AnnotationLanes final {
public:
    static constexpr int kMaxLanes = 4; // deeper overlaps share the last lane (the tool tip lists them all)
    static constexpr qreal kLaneStep = 3.0;

    static void paint(QPainter &painter, const QTextDocument &document, const QList<HighlightSpan> &spans,
                      QPointF scroll, const QRectF &visible, qint64 activeId);

    // The colour of an annotation's underline: its tag colour made strong enough to read as a line.
    static QColor lineColor(const QColor &tagColor);
};

} // namespace marginalia
