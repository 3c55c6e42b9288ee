// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/LineHitTest.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <limits>

namespace marginalia {

namespace {

// Blocks worth landing in: shown and holding text (blank separator blocks are never a target).
bool isTarget(const QTextBlock &block)
{
    return block.isValid() && block.isVisible() && block.length() > 1;
}

QTextBlock nextTarget(QTextBlock block, bool forward)
{
    do
        block = forward ? block.next() : block.previous();
    while (block.isValid() && !isTarget(block));
    return block;
}

struct NearestLine {
    qreal distance = std::numeric_limits<qreal>::max();
    qreal top = 0;
    qreal bottom = 0;
    int firstPosition = 0; // the line's text in the document, UTF-16
    int lastPosition = 0;
};

// Looks at each line of `block` and keeps the one nearest to `y` in `nearest`.
void considerBlock(const QTextDocument &document, const QTextBlock &block, qreal y, NearestLine &nearest)
{
    const QTextLayout *layout = block.layout();
    if (!layout)
        return;
    const qreal blockTop = document.documentLayout()->blockBoundingRect(block).top();
    for (int index = 0; index < layout->lineCount(); ++index) {
        const QTextLine line = layout->lineAt(index);
        const qreal top = blockTop + line.y();
        const qreal bottom = top + line.height();
        const qreal distance = y < top ? top - y : (y > bottom ? y - bottom : 0);
        if (distance < nearest.distance) {
            const int first = block.position() + line.textStart();
            nearest = {distance, top, bottom, first, first + line.textLength()};
        }
    }
}

} // namespace

QPointF snapToTextLine(const QTextDocument &document, QPointF documentPoint)
{
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    if (!layout)
        return documentPoint;
    const int position = layout->hitTest(documentPoint, Qt::FuzzyHit);
    QTextBlock block = document.findBlock(std::max(0, position));
    if (!block.isValid())
        return documentPoint;
    // The fuzzy hit may land on a separator or a neighbour: the nearest line is in this block or in the
    // nearest text blocks before and after it.
    NearestLine nearest;
    if (isTarget(block))
        considerBlock(document, block, documentPoint.y(), nearest);
    for (const bool forward : {false, true}) {
        const QTextBlock neighbour = nextTarget(block, forward);
        if (neighbour.isValid())
            considerBlock(document, neighbour, documentPoint.y(), nearest);
    }
    if (nearest.distance == std::numeric_limits<qreal>::max())
        return documentPoint;
    // A height inside the line that the layout also maps into the line: the upper part may still belong to
    // an overlapping separator block, so the lower part is tried first.
    const qreal middle = (nearest.top + nearest.bottom) / 2;
    for (const qreal y : {nearest.bottom - 1, middle, nearest.top + 1}) {
        const int hit = layout->hitTest(QPointF(documentPoint.x(), y), Qt::FuzzyHit);
        if (hit >= nearest.firstPosition && hit <= nearest.lastPosition)
            return {documentPoint.x(), y};
    }
    return {documentPoint.x(), middle};
}

} // namespace marginalia
