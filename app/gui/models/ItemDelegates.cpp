// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/models/ItemDelegates.h"

#include "gui/models/AnnotationListModel.h"
#include "gui/models/DocumentListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

constexpr int kPadding = 8;

// Word-wraps `text` to at most `maxLines` lines of `width`, eliding the last one.
QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QString flat = text.simplified();
    QStringList lines;
    if (flat.isEmpty() || width <= 0)
        return lines;
    QTextLayout layout(flat, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = flat.mid(line.textStart());
            lines.append(QFontMetrics(font).elidedText(rest, Qt::ElideRight, width));
            break;
        }
        lines.append(flat.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

// Rows wrap to the list's current width, which the style option does not carry in sizeHint.
int availableWidth(const QObject *delegate, const QStyleOptionViewItem &option, int fallback)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(delegate->parent()))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : fallback;
}

QFont smallerFont(const QFont &font, qreal factor)
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * factor);
    return f;
}

void paintBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    Q_UNUSED(index);
}

QColor textColor(const QStyleOptionViewItem &option, bool quiet = false)
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    if (selected)
        return option.palette.color(group, QPalette::HighlightedText);
    return option.palette.color(group, quiet ? QPalette::PlaceholderText : QPalette::Text);
}

} // namespace

void DocumentItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    paintBackground(painter, opt, index);
    const QRect area = opt.rect.adjusted(kPadding + 2, kPadding - 2, -kPadding, -kPadding + 2);
    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    const QStringList title = wrappedLines(index.data(Qt::DisplayRole).toString(), titleFont, area.width(), 2);
    painter->setPen(textColor(opt));
    painter->setFont(titleFont);
    int y = area.top();
    for (const QString &line : title) {
        painter->drawText(QRect(area.left(), y, area.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          line);
        y += titleMetrics.height();
    }
    const QFont subtitleFont = smallerFont(opt.font, 0.88);
    const QFontMetrics subtitleMetrics(subtitleFont);
    painter->setFont(subtitleFont);
    painter->setPen(textColor(opt, true));
    const QString subtitle = subtitleMetrics.elidedText(index.data(DocumentListModel::SubtitleRole).toString(),
                                                        Qt::ElideRight, area.width());
    painter->drawText(QRect(area.left(), y + 2, area.width(), subtitleMetrics.height()), Qt::AlignLeft, subtitle);
    painter->restore();
}

QSize DocumentItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const int width = availableWidth(this, option, 220);
    const auto lines = wrappedLines(index.data(Qt::DisplayRole).toString(), titleFont, width - 2 * kPadding - 2, 2);
    const int height = int(std::max<qsizetype>(1, lines.size())) * QFontMetrics(titleFont).height()
                       + QFontMetrics(smallerFont(option.font, 0.88)).height() + 2 * kPadding + 2;
    return {width, height};
}

void AnnotationItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintBackground(painter, opt, index);
    const QRect area = opt.rect.adjusted(kPadding + 2, kPadding - 2, -kPadding, -kPadding);

    // Header: colour chip, tag name, time on the right.
    const QFont headerFont = smallerFont(opt.font, 0.88);
    const QFontMetrics headerMetrics(headerFont);
    const int chip = headerMetrics.height() - 4;
    const QColor tagColor = index.data(AnnotationListModel::TagColorRole).value<QColor>();
    painter->setPen(tagColor.darker(140));
    painter->setBrush(tagColor);
    painter->drawRoundedRect(QRectF(area.left() + 0.5, area.top() + 2.5, chip, chip), 3, 3);
    painter->setFont(headerFont);
    painter->setPen(textColor(opt));
    const QString time = index.data(AnnotationListModel::DetailRole).toString();
    const int timeWidth = headerMetrics.horizontalAdvance(time);
    QFont tagFont = headerFont;
    tagFont.setWeight(QFont::DemiBold);
    painter->setFont(tagFont);
    const QRect tagRect(area.left() + chip + 6, area.top(), area.width() - chip - 12 - timeWidth,
                        headerMetrics.height());
    painter->drawText(tagRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(tagFont).elidedText(index.data(AnnotationListModel::TagNameRole).toString(),
                                                       Qt::ElideRight, tagRect.width()));
    painter->setFont(headerFont);
    painter->setPen(textColor(opt, true));
    painter->drawText(QRect(area.right() - timeWidth, area.top(), timeWidth, headerMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);

    // Quote, with a thin bar in the tag colour like a margin mark.
    int y = area.top() + headerMetrics.height() + 4;
    const QFontMetrics quoteMetrics(opt.font);
    const QStringList quote = wrappedLines(index.data(AnnotationListModel::QuoteRole).toString(), opt.font,
                                           area.width() - 10, kQuoteLines);
    painter->fillRect(QRect(area.left() + 1, y + 1, 3, int(quote.size()) * quoteMetrics.height() - 2), tagColor);
    painter->setFont(opt.font);
    painter->setPen(textColor(opt));
    for (const QString &line : quote) {
        painter->drawText(QRect(area.left() + 10, y, area.width() - 10, quoteMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += quoteMetrics.height();
    }

    const QString noteText = index.data(AnnotationListModel::NoteRole).toString();
    if (!noteText.isEmpty()) {
        QFont noteFont = opt.font;
        noteFont.setItalic(true);
        const QFontMetrics noteMetrics(noteFont);
        painter->setFont(noteFont);
        painter->setPen(textColor(opt, true));
        y += 3;
        for (const QString &line : wrappedLines(noteText, noteFont, area.width(), kNoteLines)) {
            painter->drawText(QRect(area.left(), y, area.width(), noteMetrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, line);
            y += noteMetrics.height();
        }
    }
    // A hairline between rows keeps dense lists readable.
    painter->setPen(opt.palette.color(QPalette::Midlight));
    painter->drawLine(opt.rect.bottomLeft() + QPoint(kPadding, 0), opt.rect.bottomRight() - QPoint(kPadding, 0));
    painter->restore();
}

QSize AnnotationItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = availableWidth(this, option, 280);
    const int inner = width - 2 * kPadding - 2;
    const QFontMetrics quoteMetrics(option.font);
    int height = QFontMetrics(smallerFont(option.font, 0.88)).height() + 4;
    const auto quote = wrappedLines(index.data(AnnotationListModel::QuoteRole).toString(), option.font, inner - 10,
                                    kQuoteLines);
    height += int(std::max<qsizetype>(1, quote.size())) * quoteMetrics.height();
    const QString note = index.data(AnnotationListModel::NoteRole).toString();
    if (!note.isEmpty()) {
        QFont noteFont = option.font;
        noteFont.setItalic(true);
        height += 3 + int(wrappedLines(note, noteFont, inner, kNoteLines).size()) * QFontMetrics(noteFont).height();
    }
    return {width, height + 2 * kPadding};
}

} // namespace marginalia
