// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace marginalia {

// Paints one line of text with some ranges in bold on a soft highlight, e.g. the matched words of a search
// hit or a mention inside its context. The ranges come from HighlightRangesRole as a QVariantList of
// QPoint(start, length) in UTF-16 units of the display text.
class SnippetDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int HighlightRangesRole = Qt::UserRole + 50;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace marginalia
