// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/models/SnippetDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>

namespace marginalia {

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList ranges = index.data(HighlightRangesRole).toList();
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &v : ranges) {
        const QPoint r = v.toPoint();
        QTextLayout::FormatRange range;
        range.start = r.x();
        range.length = r.y();
        range.format.setFontWeight(QFont::Bold);
        if (!selected)
            range.format.setBackground(QColor(255, 214, 102, 120)); // a marker's yellow, see-through
        formats.append(range);
    }
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    QTextLayout layout(text, opt.font);
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6);
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - (line.isValid() ? line.height() : 0)) / 2.0;
    // When the first highlight would be cut off, scroll the line so that it starts a quarter in.
    qreal x = textRect.left();
    if (line.isValid()) {
        const QPoint first = ranges.first().toPoint();
        const qreal end = line.cursorToX(first.x() + first.y());
        if (end > textRect.width())
            x -= qMin(line.cursorToX(first.x()) - textRect.width() / 4.0, end - textRect.width() + 8);
    }
    layout.draw(painter, QPointF(x, y));
    painter->restore();
}

} // namespace marginalia
