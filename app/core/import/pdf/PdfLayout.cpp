// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/pdf/PdfLayout.h"

#include "core/import/ImportUtil.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace marginalia::importdetail::pdf {

namespace {

bool crosses(const PdfLine &piece, double x)
{
    return piece.box.left() < x && piece.box.right() > x;
}

// Pieces right of the gutter with a piece left of it at the same height: columns set side by side.
int sideBySideRows(const QList<PdfLine> &pieces, double gutter)
{
    int rows = 0;
    for (const PdfLine &right : pieces) {
        if (right.box.left() < gutter)
            continue;
        for (const PdfLine &left : pieces) {
            // Side by side: the lines overlap in height (columns need not share baselines).
            const double height = std::max(1.0, std::min(left.box.height(), right.box.height()));
            if (left.box.right() <= gutter && std::abs(left.box.center().y() - right.box.center().y()) < height) {
                ++rows;
                break;
            }
        }
    }
    return rows;
}

} // namespace

std::optional<double> findGutter(const QList<PdfLine> &pieces, const QSizeF &pageSize)
{
    const double width = pageSize.width();
    if (width <= 0 || pieces.size() < 6)
        return std::nullopt;
    // How many pieces cross each whole point of the middle of the page.
    const int from = int(width * 0.3);
    const int to = int(width * 0.7);
    std::vector<int> crossing(size_t(to - from + 1), 0);
    for (const PdfLine &piece : pieces) {
        // Headers and footers (a centred page number) may sit across the gutter: only the body counts.
        if (piece.box.bottom() < pageSize.height() * 0.12 || piece.box.top() > pageSize.height() * 0.88)
            continue;
        const int first = std::max(from, int(std::ceil(piece.box.left())));
        const int last = std::min(to, int(std::floor(piece.box.right())));
        for (int x = first; x <= last; ++x)
            ++crossing[size_t(x - from)];
    }
    const int fewest = *std::min_element(crossing.begin(), crossing.end());
    // The widest run of points with the fewest crossings is the gutter.
    int bestStart = -1, bestLength = 0;
    for (int start = 0; start < int(crossing.size());) {
        if (crossing[size_t(start)] != fewest) {
            ++start;
            continue;
        }
        int end = start;
        while (end < int(crossing.size()) && crossing[size_t(end)] == fewest)
            ++end;
        if (end - start > bestLength) {
            bestStart = start;
            bestLength = end - start;
        }
        start = end;
    }
    if (bestStart < 0 || bestLength < 3 || fewest > pieces.size() / 5)
        return std::nullopt;
    const double gutter = from + bestStart + bestLength / 2.0;
    int wideLeft = 0, wideRight = 0;
    for (const PdfLine &piece : pieces) {
        if (piece.box.width() < width * 0.25)
            continue;
        if (piece.box.right() <= gutter)
            ++wideLeft;
        else if (piece.box.left() >= gutter)
            ++wideRight;
    }
    if (wideLeft < 3 || wideRight < 3 || sideBySideRows(pieces, gutter) < 3)
        return std::nullopt;
    return gutter;
}

QList<PdfLine> columnOrder(const QList<PdfLine> &pieces, const QSizeF &pageSize)
{
    const std::optional<double> gutter = findGutter(pieces, pageSize);
    if (!gutter)
        return pieces;
    QList<double> spanCentres;
    for (const PdfLine &piece : pieces)
        if (crosses(piece, *gutter))
            spanCentres.append(piece.box.center().y());
    std::sort(spanCentres.begin(), spanCentres.end());
    struct Placed {
        int band;   // even: between full-width pieces; odd: a full-width piece
        int column; // 0 left (or full width), 1 right
        qsizetype index;
    };
    std::vector<Placed> placed;
    placed.reserve(size_t(pieces.size()));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const PdfLine &piece = pieces.at(i);
        const double centre = piece.box.center().y();
        const int above = int(std::lower_bound(spanCentres.begin(), spanCentres.end(), centre) - spanCentres.begin());
        if (crosses(piece, *gutter))
            placed.push_back({2 * above + 1, 0, i});
        else
            placed.push_back({2 * above, piece.box.left() >= *gutter ? 1 : 0, i});
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        return a.band != b.band ? a.band < b.band : a.column < b.column;
    });
    QList<PdfLine> ordered;
    ordered.reserve(pieces.size());
    for (const Placed &p : placed)
        ordered.append(pieces.at(p.index));
    return ordered;
}

QList<PdfLine> mergeBaselinePieces(const QList<PdfLine> &pieces)
{
    QList<PdfLine> merged;
    for (const PdfLine &line : pieces) {
        if (!merged.isEmpty()) {
            PdfLine &previous = merged.last();
            const double height = std::max(1.0, std::min(previous.box.height(), line.box.height()));
            if (std::abs(previous.box.center().y() - line.box.center().y()) < height * 0.4
                && line.box.left() >= previous.box.right() - 1 && line.box.left() - previous.box.right() < height * 4) {
                previous.text += u' ' + line.text;
                previous.box = previous.box.united(line.box);
                continue;
            }
        }
        merged.append(line);
    }
    for (PdfLine &line : merged) {
        line.text = expandLigatures(simplifyWhitespace(line.text));
        line.hyphenEnd = line.text.size() > 1 && (line.text.endsWith(u'-') || line.text.endsWith(QChar(0x00AD)))
                         && line.text.at(line.text.size() - 2).isLetter();
    }
    merged.removeIf([](const PdfLine &line) { return line.text.isEmpty(); });
    return merged;
}

} // namespace marginalia::importdetail::pdf
