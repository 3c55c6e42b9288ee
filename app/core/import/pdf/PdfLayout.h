// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The geometry of one PDF page's text: pieces of lines (runs of words Poppler links), their reading order on
// pages set in two columns, and the joining of pieces that sit on one baseline into lines.

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace marginalia::importdetail::pdf {

// A run of words on one baseline, or after mergeBaselinePieces a whole visual line.
struct PdfLine {
    QString text;
    QRectF box;
    bool hyphenEnd = false; // ends with a hyphen after a letter (a word broken at the line end)
};

// The x position of the gutter when the page is set in two columns: a vertical strip near the middle that
// few pieces of the body (headers and footers aside) cross, with at least three pieces on the right beside
// one on the left at the same height, and wide pieces (a quarter of the page or more) on both sides.
// nullopt for single-column pages.
std::optional<double> findGutter(const QList<PdfLine> &pieces, const QSizeF &pageSize);

// The pieces in reading order: on a two-column page, pieces crossing the gutter (a title, a full-width
// heading or figure) cut the page into bands, and each band is read left column first, then right column;
// within a column the given order is kept. Single-column pages are returned unchanged.
QList<PdfLine> columnOrder(const QList<PdfLine> &pieces, const QSizeF &pageSize);

// Consecutive pieces on the same baseline, one after the other and close (a bullet and its text, a run after a
// tab stop), joined into one line; then white space simplified, ligatures expanded, empty lines dropped and
// line-end hyphens noted.
QList<PdfLine> mergeBaselinePieces(const QList<PdfLine> &pieces);

} // namespace marginalia::importdetail::pdf
