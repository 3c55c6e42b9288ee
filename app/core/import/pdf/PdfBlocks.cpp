// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/pdf/PdfBlocks.h"

#include "core/import/pdf/ContentsPage.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::pdf {

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Appends `next` to a paragraph, removing a line-end hyphen before a lower-case continuation.
void joinLine(QString &paragraph, const QString &next, bool hyphenEnd)
{
    if (paragraph.isEmpty()) {
        paragraph = next;
        return;
    }
    if (hyphenEnd && !next.isEmpty() && next.at(0).isLower()) {
        paragraph.chop(1);
        paragraph += next;
        return;
    }
    paragraph += u' ';
    paragraph += next;
}

// A line that starts a list item: a bullet, or "1." / "a)" followed by text.
bool startsListItem(const QString &text)
{
    static const QRegularExpression re(u"^(?:[•◦▪▫●○■□‣⁃∙·\\-–*]\\s+\\S|(?:\\d{1,2}|[a-z])[.)]\\s+[A-Za-z])"_s);
    return re.match(text).hasMatch();
}

bool endsSentence(const QString &text)
{
    static const QRegularExpression re(u"[.!?:;…\"”’)\\]]$"_s);
    return re.match(text).hasMatch();
}

// The usual spacing and width of a page's body lines, and the document's usual line height.
struct Measure {
    double usualGap = 0;
    double usualWidth = 0;
    double bodyHeight = 0;
};

Measure measureLines(const QList<PdfLine> &lines, double bodyHeight)
{
    QList<double> gaps;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const double gap = lines.at(i).box.top() - lines.at(i - 1).box.bottom();
        if (gap >= -1)
            gaps.append(gap);
    }
    QList<double> widths;
    for (const PdfLine &line : lines)
        widths.append(line.box.width());
    return Measure{median(gaps), median(widths), bodyHeight};
}

// A short line without closing punctuation, set a little larger than the body or numbered like a section
// ("2.1 Study sites"): a heading of its own, even when little space follows it.
bool looksLikeHeadingLine(const PdfLine &line, const Measure &measure)
{
    static const QRegularExpression numbered(u"^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+\\p{Lu}"_s);
    // Narrow columns leave a heading little room: shorter than a full line is enough.
    if (line.text.size() > 120 || line.text.count(u' ') >= 12 || endsSentence(line.text)
        || line.box.width() >= measure.usualWidth * 0.9)
        return false;
    return (measure.bodyHeight > 0 && line.box.height() >= measure.bodyHeight * 1.1)
           || numbered.match(line.text).hasMatch();
}

// Whether `line` starts a new block after `previous`.
bool startsNewBlock(const PdfLine &previous, const PdfLine &line, const Measure &measure)
{
    const double gap = line.box.top() - previous.box.bottom();
    const double lineHeight = std::max(1.0, std::min(previous.box.height(), line.box.height()));
    if (std::abs(line.box.height() - previous.box.height()) > lineHeight * 0.3)
        return true; // a change of type size
    if (startsListItem(line.text))
        return true; // a bullet or numbered item
    // Back up: the next column. The paragraph runs on when the line before fills the measure mid-sentence.
    if (gap < -lineHeight * 2)
        return previous.box.width() < measure.usualWidth * 0.9 || endsSentence(previous.text);
    if (gap > std::max(measure.usualGap * 1.8, measure.usualGap + lineHeight * 0.5))
        return true; // blank space between paragraphs
    if (line.box.left() > previous.box.left() + lineHeight * 0.8
        && line.box.left() < previous.box.left() + measure.usualWidth * 0.3 && endsSentence(previous.text))
        return true; // first-line indent
    if (previous.box.width() < measure.usualWidth * 0.7 && endsSentence(previous.text))
        return true; // a short last line
    if (looksLikeHeadingLine(previous, measure))
        return true;
    // A short heading line.
    return measure.bodyHeight > 0 && previous.box.height() > measure.bodyHeight * 1.25
           && previous.box.width() < measure.usualWidth * 0.7;
}

// A paragraph's lines as a block: short text set clearly larger than the body reads as a heading.
PdfBlock makeBlock(const QList<PdfLine> &lines, const QString &text, int pageNumber, const Measure &measure)
{
    double height = 0;
    for (const PdfLine &line : lines)
        height += line.box.height();
    height /= double(lines.size());
    if ((measure.bodyHeight > 0 && lines.size() <= 3 && height > measure.bodyHeight * 1.25 && text.size() < 200)
        || (lines.size() == 1 && looksLikeHeadingLine(lines.first(), measure))) {
        const int level = height > measure.bodyHeight * 1.6 ? 1 : height > measure.bodyHeight * 1.25 ? 2 : 3;
        return PdfBlock{BlockKind::Heading, text, pageNumber, level};
    }
    const bool item = startsListItem(lines.first().text);
    PdfBlock block{item ? BlockKind::ListItem : BlockKind::Paragraph, text, pageNumber, item ? 1 : 0};
    block.fullEnd = lines.last().box.width() >= measure.usualWidth * 0.9;
    return block;
}

// Whether the first body block of a page continues the last paragraph of the pages before.
bool runsOn(const PdfBlock &before, const PdfBlock &first)
{
    if (before.kind != BlockKind::Paragraph || first.kind != BlockKind::Paragraph || first.text.isEmpty())
        return false;
    return !endsSentence(before.text) && (before.fullEnd || first.text.at(0).isLower());
}

// Appends a page: its header blocks, body and footer blocks. A paragraph running over from the previous page
// is joined, and that page break's header blocks follow it.
void appendPage(QList<PdfBlock> &blocks, QList<PdfBlock> headers, QList<PdfBlock> body, const QList<PdfBlock> &footers)
{
    if (!body.isEmpty()) {
        qsizetype last = blocks.size() - 1;
        while (last >= 0 && blocks.at(last).edge)
            --last;
        if (last >= 0 && runsOn(blocks.at(last), body.first())) {
            PdfBlock &before = blocks[last];
            joinLine(before.text, body.first().text, before.text.endsWith(u'-'));
            before.fullEnd = body.first().fullEnd;
            body.removeFirst();
            blocks += headers;
            headers.clear();
        }
    }
    blocks += headers;
    blocks += body;
    blocks += footers;
}

double usualLineHeight(const QList<PageLines> &pages)
{
    QList<double> heights;
    for (const PageLines &page : pages)
        for (const PdfLine &line : page.lines)
            heights.append(line.box.height());
    return median(heights);
}

} // namespace

QList<PdfBlock> bodyParagraphs(const QList<PdfLine> &bodyLines, int pageNumber, double bodyHeight)
{
    const Measure measure = measureLines(bodyLines, bodyHeight);
    QList<PdfBlock> body;
    QList<PdfLine> lines; // of the paragraph being read
    QString paragraph;
    for (qsizetype i = 0; i < bodyLines.size(); ++i) {
        const PdfLine &line = bodyLines.at(i);
        if (!lines.isEmpty() && startsNewBlock(lines.last(), line, measure)) {
            body.append(makeBlock(lines, paragraph, pageNumber, measure));
            lines.clear();
            paragraph.clear();
        }
        joinLine(paragraph, line.text, !lines.isEmpty() && lines.last().hyphenEnd);
        lines.append(line);
    }
    if (!lines.isEmpty())
        body.append(makeBlock(lines, paragraph, pageNumber, measure));
    return body;
}

QList<PdfBlock> layoutPages(const QList<PageLines> &pages)
{
    const PageFurniture furniture(pages);
    const double bodyHeight = usualLineHeight(pages);
    QList<PdfBlock> blocks;
    bool previousWasContents = false;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const int pageNumber = int(p) + 1;
        QList<PdfBlock> headers, footers, body;
        QList<PdfLine> bodyLines;
        for (const PdfLine &line : pages.at(p).lines) {
            bool footer = false;
            if (furniture.isFurniture(line, pages.at(p).size, &footer))
                (footer ? footers : headers).append(PdfBlock{BlockKind::Furniture, line.text, pageNumber, 0, true});
            else
                bodyLines.append(line);
        }
        const QList<PdfLine> entries = joinTrailingNumbers(bodyLines);
        previousWasContents = isContentsPage(entries, previousWasContents);
        if (previousWasContents) {
            for (const QString &text : contentsBlocks(entries))
                body.append(PdfBlock{BlockKind::Contents, text, pageNumber});
        } else {
            body = bodyParagraphs(bodyLines, pageNumber, bodyHeight);
        }
        appendPage(blocks, headers, body, footers);
    }
    return blocks;
}

} // namespace marginalia::importdetail::pdf
