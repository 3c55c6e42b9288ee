// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/pdf/ContentsPage.h"

#include "core/import/pdf/PageFurniture.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::pdf {

bool isContentsHeading(const QString &text)
{
    static const QRegularExpression re(
        u"^\\s*(?:table\\s+of\\s+contents|contents|list\\s+of\\s+(?:figures|tables|illustrations)|"
        "inhalt(?:sverzeichnis)?|sommaire|table\\s+des\\s+mati[èe]res|[íi]ndice|contenido|inhoud(?:sopgave)?|"
        "innehåll|spis\\s+treści)\\s*:?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

namespace {

// A page number: arabic, or a lower-case roman numeral up to xxxix (front matter).
QString pageNumberPattern()
{
    return u"(?:\\d{1,4}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))"_s;
}

} // namespace

bool isContentsEntry(const QString &text)
{
    // Some letters, then a page number at the end after a space, a dot or an ellipsis.
    static const QRegularExpression re(u"\\p{L}.*?[\\s.…]"_s + pageNumberPattern() + u"\\s*$"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

bool hasDotLeaders(const QString &text)
{
    static const QRegularExpression re(u"(?:(?:\\.\\s?){3,}|…)\\s*"_s + pageNumberPattern() + u"\\s*$"_s);
    return re.match(text).hasMatch();
}

QList<PdfLine> joinTrailingNumbers(const QList<PdfLine> &lines)
{
    QList<PdfLine> joined;
    for (const PdfLine &line : lines) {
        if (!joined.isEmpty() && PageFurniture::isPageNumber(line.text)) {
            PdfLine &previous = joined.last();
            const double height = std::max(1.0, std::min(previous.box.height(), line.box.height()));
            if (std::abs(previous.box.center().y() - line.box.center().y()) < height * 0.5
                && line.box.left() >= previous.box.right() - 1) {
                previous.text += u' ' + line.text.trimmed();
                previous.box = previous.box.united(line.box);
                continue;
            }
        }
        joined.append(line);
    }
    return joined;
}

namespace {

// The page numbers of the entries go up (a wrapped title or a part heading may break the run once).
bool numbersAscend(const QList<PdfLine> &lines)
{
    static const QRegularExpression trailing(u"(\\d{1,4})\\s*$"_s);
    int previous = -1;
    int descents = 0;
    for (const PdfLine &line : lines) {
        const QRegularExpressionMatch match = trailing.match(line.text);
        if (!match.hasMatch())
            continue;
        const int number = match.captured(1).toInt();
        if (number < previous)
            ++descents;
        previous = number;
    }
    return descents <= 1;
}

} // namespace

bool isContentsPage(const QList<PdfLine> &lines, bool continues)
{
    bool heading = false;
    int entries = 0;
    int leaders = 0;
    int others = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &text = lines.at(i).text;
        if (i < 3 && !heading && isContentsHeading(text)) {
            heading = true;
            continue;
        }
        if (isContentsEntry(text)) {
            ++entries;
            if (hasDotLeaders(text))
                ++leaders;
        } else {
            ++others;
        }
    }
    // Mostly entries: titles wrapped over two lines leave some lines without a number.
    const bool mostlyEntries = entries >= 2 && entries >= 1.5 * others;
    if (heading)
        return mostlyEntries;
    if (!mostlyEntries || entries < 3)
        return false;
    return leaders * 2 >= entries || (continues && numbersAscend(lines));
}

QStringList contentsBlocks(const QList<PdfLine> &lines)
{
    QStringList blocks;
    QString pending;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &text = lines.at(i).text;
        const bool heading = i < 3 && isContentsHeading(text);
        if (heading || isContentsEntry(text)) {
            if (heading && !pending.isEmpty()) {
                blocks.append(pending);
                pending.clear();
            }
            blocks.append(pending.isEmpty() ? text : pending + u' ' + text);
            pending.clear();
            continue;
        }
        pending = pending.isEmpty() ? text : pending + u' ' + text;
    }
    if (!pending.isEmpty())
        blocks.append(pending);
    return blocks;
}

} // namespace marginalia::importdetail::pdf
