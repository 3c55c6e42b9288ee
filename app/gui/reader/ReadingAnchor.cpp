// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/ReadingAnchor.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

namespace marginalia {

namespace {

// The block itself when shown, else the next shown one in `direction`, else the previous ones.
QTextBlock shownBlock(QTextBlock block, int direction = 1)
{
    QTextBlock found = block;
    while (found.isValid() && !found.isVisible())
        found = direction > 0 ? found.next() : found.previous();
    if (found.isValid())
        return found;
    for (found = block; found.isValid() && !found.isVisible();)
        found = direction > 0 ? found.previous() : found.next();
    return found;
}

// The position on the shown line at document height `y`, walking from `from` in `direction`: only the blocks
// between are laid out and looked at (a hit test over a document still being laid out can land far away).
int shownPositionAt(const QTextDocument *document, QTextBlock block, QPointF point, int direction)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    for (QTextBlock next = block; next.isValid(); next = direction > 0 ? next.next() : next.previous()) {
        block = next;
        const QRectF rect = layout->blockBoundingRect(next);
        if (next.isVisible() && rect.height() > 0
            && (direction > 0 ? rect.bottom() > point.y() : rect.top() <= point.y()))
            break;
    }
    const QTextLayout *text = block.layout();
    const QPointF origin = text->position();
    for (int index = 0; index < text->lineCount(); ++index) {
        const QTextLine line = text->lineAt(index);
        if (origin.y() + line.y() + line.height() > point.y() || index == text->lineCount() - 1)
            return block.position() + line.xToCursor(point.x() - origin.x());
    }
    return block.position();
}

} // namespace

ReadingAnchor::ReadingAnchor(QTextEdit *view)
    : QObject(view)
    , m_view(view)
{
    connect(m_view->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, [this] {
        if (m_held)
            apply();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_applying)
            m_held = false; // the reader moved on: their new place wins
    });
}

void ReadingAnchor::capture()
{
    m_blockPosition = 0;
    m_fraction = 0;
    const int scrolled = m_view->verticalScrollBar()->value();
    if (scrolled == 0)
        return; // the top stays the top
    // The hit test only guesses (it can land far away while the layout is being made); the walk is exact.
    const QTextBlock guess = m_view->cursorForPosition(QPoint(m_view->viewport()->width() / 2, 0)).block();
    QAbstractTextDocumentLayout *layout = m_view->document()->documentLayout();
    const int direction = layout->blockBoundingRect(guess).top() > scrolled ? -1 : 1;
    const QTextBlock block = m_view->document()->findBlock(
        shownPositionAt(m_view->document(), guess, QPointF(m_view->viewport()->width() / 2, scrolled), direction));
    const QRectF rect = layout->blockBoundingRect(block);
    m_blockPosition = block.position();
    m_fraction = rect.height() > 0 ? (scrolled - rect.top()) / rect.height() : 0;
}

void ReadingAnchor::hold()
{
    m_held = true;
    apply();
}

void ReadingAnchor::holdAt(int utf16Position)
{
    const QTextBlock block = m_view->document()->findBlock(utf16Position);
    if (!block.isValid())
        return;
    const QRectF rect = m_view->document()->documentLayout()->blockBoundingRect(block); // lays it out
    const QTextLayout *layout = block.layout();
    const QTextLine line = layout->lineForTextPosition(utf16Position - block.position());
    const qreal lineTop = layout->position().y() + (line.isValid() ? line.y() : 0);
    m_blockPosition = block.position();
    m_fraction = rect.height() > 0 ? (lineTop - rect.top()) / rect.height() : 0;
    hold();
}

void ReadingAnchor::apply()
{
    const QTextBlock block = shownBlock(m_view->document()->findBlock(m_blockPosition));
    if (!block.isValid())
        return;
    const QRectF rect = m_view->document()->documentLayout()->blockBoundingRect(block);
    m_applying = true;
    m_view->verticalScrollBar()->setValue(
        m_blockPosition == 0 && m_fraction == 0 ? 0 : qRound(rect.top() + m_fraction * rect.height()));
    m_applying = false;
}

void pageThroughShownText(QTextEdit *view, int direction, QTextCursor::MoveMode mode)
{
    QScrollBar *bar = view->verticalScrollBar();
    QTextCursor cursor = view->textCursor();
    const QPoint caret = view->cursorRect(cursor).center();
    const int before = bar->value();
    bar->triggerAction(direction > 0 ? QAbstractSlider::SliderPageStepAdd : QAbstractSlider::SliderPageStepSub);
    if (bar->value() == before) {
        cursor.movePosition(direction > 0 ? QTextCursor::End : QTextCursor::Start, mode);
    } else {
        // The caret keeps its height on screen, on a shown line.
        const qreal y = std::clamp(caret.y(), 0, view->viewport()->height() - 1) + bar->value();
        cursor.setPosition(shownPositionAt(view->document(), cursor.block(), QPointF(caret.x(), y), direction), mode);
    }
    view->setTextCursor(cursor);
}

} // namespace marginalia
