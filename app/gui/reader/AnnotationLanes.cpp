// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/AnnotationLanes.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace marginalia {

QColor AnnotationLanes::lineColor(const QColor &tagColor)
{
    // Tag colours are pale backgrounds; the same hue, darker and more saturated, reads as a line.
    QColor strong = tagColor.toHsv();
    strong.setHsv(strong.hue(), std::min(255, strong.saturation() + 90), std::max(60, strong.value() - 70));
    return strong.toRgb();
}

void AnnotationLanes::paint(QPainter &painter, const QTextDocument &document, const QList<HighlightSpan> &spans,
                            QPointF scroll, const QRectF &visible, qint64 activeId)
{
    for (const HighlightSpan &span : spans) {
        const QColor color = lineColor(span.color);
        const bool active = span.id == activeId && activeId != 0;
        const qreal thickness = active ? 3.0 : 2.0;
        const qreal laneOffset = 1.0 + kLaneStep * std::min(span.lane, kMaxLanes - 1);
        for (QTextBlock block = document.findBlock(span.start); block.isValid() && block.position() < span.end;
             block = block.next()) {
            const QTextLayout *layout = block.layout();
            if (!layout)
                continue;
            const QPointF origin = layout->position() - scroll;
            const QRectF box = layout->boundingRect().translated(origin);
            if (box.bottom() < visible.top())
                continue;
            if (box.top() > visible.bottom())
                break;
            const int from = std::max(span.start, block.position()) - block.position();
            const int to = std::min(span.end, block.position() + block.length() - 1) - block.position();
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int start = std::max(from, line.textStart());
                const int end = std::min(to, line.textStart() + line.textLength());
                if (start >= end)
                    continue;
                const qreal left = line.cursorToX(start);
                const qreal right = line.cursorToX(end);
                const qreal y = origin.y() + line.y() + line.ascent() + line.descent() + laneOffset;
                painter.fillRect(QRectF(origin.x() + std::min(left, right), y, std::abs(right - left), thickness),
                                 color);
            }
        }
    }
}

} // namespace marginalia
