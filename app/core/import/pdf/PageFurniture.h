// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Running headers, footers and page numbers: lines near the top or bottom edge of a page that are a page
// number ("7", "- 7 -", "Page 3 of 12", "iv") or whose text, digits folded, recurs at the same height and
// size on other pages (so a title page's headline is not taken for the running header that repeats it), on
// at least half of the pages from its first to its last.

#include "core/import/pdf/PdfLayout.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace marginalia::importdetail::pdf {

struct PageLines {
    QList<PdfLine> lines;
    QSizeF size;
};

class PageFurniture {
public:
    // Counts the edge lines of all pages.
    explicit PageFurniture(const QList<PageLines> &pages);
    // True for a header or footer line of a page of `pageSize`; `footer` tells which edge.
    bool isFurniture(const PdfLine &line, const QSizeF &pageSize, bool *footer) const;

    // A page number alone on its line, arabic or roman, with an optional "Page"/"p." and "of N".
    static bool isPageNumber(const QString &text);
    // The line's text with digit runs folded to '#', lower case, without spaces: "Page 3" equals "Page 4".
    static QString edgeKey(const QString &text);
    // Near the top (the upper 12%) or bottom (the lower 12%) of the page; `footer` tells which.
    static bool isEdgeLine(const PdfLine &line, const QSizeF &pageSize, bool *footer);

private:
    struct Spot {
        int page;
        QRectF box;
    };
    QHash<QString, QList<Spot>> m_spots; // edge lines by key
    int m_repeatThreshold = 2;
    int m_pageCount = 0;
};

} // namespace marginalia::importdetail::pdf
