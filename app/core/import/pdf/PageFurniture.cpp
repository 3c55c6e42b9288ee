// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/pdf/PageFurniture.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::pdf {

PageFurniture::PageFurniture(const QList<PageLines> &pages)
    : m_pageCount(int(pages.size()))
{
    for (qsizetype p = 0; p < pages.size(); ++p)
        for (const PdfLine &line : pages.at(p).lines)
            if (isEdgeLine(line, pages.at(p).size, nullptr))
                m_spots[edgeKey(line.text)].append(Spot{int(p), line.box});
    // Three pages make a running header (a chapter's title runs over its pages only, and books alternate two
    // headers on left and right pages); short documents need half of their pages.
    m_repeatThreshold = std::clamp((m_pageCount + 1) / 2, 2, 3);
}

bool PageFurniture::isFurniture(const PdfLine &line, const QSizeF &pageSize, bool *footer) const
{
    if (!isEdgeLine(line, pageSize, footer))
        return false;
    if (isPageNumber(line.text))
        return true;
    if (m_pageCount < 2)
        return false;
    // The pages where the same text sits at about the same height in about the same size.
    QSet<int> pages;
    const double height = std::max(1.0, line.box.height());
    for (const Spot &spot : m_spots.value(edgeKey(line.text)))
        if (std::abs(spot.box.top() - line.box.top()) <= 3 && std::abs(spot.box.height() - height) <= height * 0.3)
            pages.insert(spot.page);
    if (pages.size() < m_repeatThreshold)
        return false;
    // A running header is on (nearly) every page of its stretch, or every other one; a section heading that
    // happens to open a page now and then ("Section 4", "Section 9") is not.
    const auto [first, last] = std::minmax_element(pages.cbegin(), pages.cend());
    return pages.size() * 2 >= *last - *first + 1;
}

bool PageFurniture::isPageNumber(const QString &text)
{
    static const QRegularExpression re(
        u"^\\s*(?:[-–—]\\s*)?(?:(?:page|p\\.|seite|pagina|página)\\s*)?(?:\\d{1,4}|[ivxlcdm]{1,7})(?:\\s*(?:/|of|von|de|sur)\\s*\\d{1,4})?(?:\\s*[-–—])?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

QString PageFurniture::edgeKey(const QString &text)
{
    QString key;
    for (QChar c : text) {
        if (c.isDigit()) {
            if (!key.endsWith(u'#'))
                key += u'#';
        } else if (!c.isSpace()) {
            key += c.toLower();
        }
    }
    return key;
}

bool PageFurniture::isEdgeLine(const PdfLine &line, const QSizeF &pageSize, bool *footer)
{
    const double height = pageSize.height();
    if (height <= 0)
        return false;
    const bool top = line.box.bottom() < height * 0.12;
    const bool bottom = line.box.top() > height * 0.88;
    if (footer)
        *footer = bottom;
    return top || bottom;
}

} // namespace marginalia::importdetail::pdf
