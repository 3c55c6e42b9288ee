// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/text/LineDiscipline.h"

#include <algorithm>

namespace marginalia::importdetail {

namespace {

constexpr qsizetype kMinLinesForWidth = 6;
constexpr qsizetype kMinWrapWidth = 30;
constexpr qsizetype kMaxWrapWidth = 150;
constexpr qsizetype kLongLine = 100; // a run with lines this long (median) is one paragraph per line

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); });
}

qsizetype leadingSpaces(QStringView line)
{
    qsizetype count = 0;
    while (count < line.size() && line.at(count).isSpace())
        ++count;
    return count;
}

qsizetype firstWordLength(QStringView line)
{
    line = line.trimmed();
    const qsizetype space = line.indexOf(u' ');
    return space < 0 ? line.size() : space;
}

bool endsSentence(QStringView line)
{
    line = line.trimmed();
    while (!line.isEmpty()
           && (line.back() == u'"' || line.back() == u'\'' || line.back() == QChar(0x201D)
               || line.back() == QChar(0x2019) || line.back() == u')'))
        line.chop(1);
    return !line.isEmpty()
           && (line.back() == u'.' || line.back() == u'!' || line.back() == u'?' || line.back() == QChar(0x2026));
}

// A list item or an indented first line opens a paragraph even after a full line.
bool opensParagraph(QStringView line, QStringView previous)
{
    const QStringView text = line.trimmed();
    if (text.startsWith(u"- ") || text.startsWith(u"* ") || text.startsWith(u"\u2022 "))
        return true;
    return leadingSpaces(line) >= leadingSpaces(previous) + 2;
}

} // namespace

qsizetype visibleLength(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    qsizetype length = end;
    for (qsizetype i = 0; i < end; ++i)
        if (line.at(i).isLowSurrogate())
            --length;
    return length;
}

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    lines.reserve(text.count(u'\n') + 1);
    qsizetype start = 0;
    while (true) {
        const qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            lines.append(text.mid(start));
            return lines;
        }
        lines.append(text.mid(start, end - start));
        start = end + 1;
    }
}

LineLayout detectLineLayout(const QList<QStringView> &lines)
{
    LineLayout layout;
    std::vector<qsizetype> lengths;       // of the non-blank lines
    std::vector<qsizetype> &lineLengths = layout.visibleLengths; // of every line, 0 for blank ones
    lengths.reserve(size_t(lines.size()));
    lineLengths.reserve(size_t(lines.size()));
    qsizetype blanks = 0;
    for (QStringView line : lines) {
        const qsizetype length = visibleLength(line);
        lineLengths.push_back(length);
        if (length == 0) // white space only
            ++blanks;
        else
            lengths.push_back(length);
    }
    const qsizetype nonBlank = qsizetype(lengths.size());
    layout.blankSeparated = blanks * 3 >= nonBlank && blanks > 0;
    if (nonBlank < kMinLinesForWidth)
        return layout;
    std::vector<qsizetype> sorted = lengths; // copied: nth_element reorders
    const auto percentile = sorted.begin() + qsizetype(double(nonBlank - 1) * 0.9);
    std::nth_element(sorted.begin(), percentile, sorted.end());
    // The percentile is rough on short files: the width is the longest line within 10% above it.
    qsizetype width = 0;
    for (qsizetype length : lengths)
        if (length * 10 <= *percentile * 11)
            width = std::max(width, length);
    if (width < kMinWrapWidth || width > kMaxWrapWidth)
        return layout;
    // Near the width: within the last quarter. Hard-wrapped lines end mid-sentence.
    qsizetype near = 0;
    qsizetype nearEndingSentence = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype length = lineLengths[size_t(i)];
        if (length * 4 < width * 3 || length > width)
            continue;
        ++near;
        if (endsSentence(lines.at(i)))
            ++nearEndingSentence;
    }
    if (near * 10 >= nonBlank * 4 && nearEndingSentence * 2 < near)
        layout.wrapWidth = int(width);
    return layout;
}

namespace {

// visibleLength of line `index`, measured again only when the layout did not.
qsizetype lengthOf(const QList<QStringView> &lines, qsizetype index, const LineLayout &layout)
{
    return layout.visibleLengths.size() == size_t(lines.size()) ? layout.visibleLengths[size_t(index)]
                                                                : visibleLength(lines.at(index));
}

// Line `index` would have taken the next line's first word had there been room (10% slack for wrappers that
// aim below their width, as fmt does).
bool isFull(const QList<QStringView> &lines, qsizetype index, const LineLayout &layout)
{
    return (lengthOf(lines, index, layout) + 1 + firstWordLength(lines.at(index + 1))) * 10
           > qsizetype(layout.wrapWidth) * 9;
}

void splitRun(const QList<QStringView> &lines, qsizetype first, qsizetype end, const LineLayout &layout,
              QList<TextParagraph> &out)
{
    const qsizetype count = end - first;
    if (count == 1) {
        out.append({first, 1, LineDiscipline::ParagraphPerLine});
        return;
    }
    if (layout.wrapWidth > 0) {
        bool anyFull = false;
        for (qsizetype i = first; i + 1 < end && !anyFull; ++i)
            anyFull = isFull(lines, i, layout);
        if (anyFull) {
            qsizetype start = first;
            for (qsizetype i = first; i < end; ++i) {
                const bool continues = i + 1 < end && isFull(lines, i, layout)
                                       && !opensParagraph(lines.at(i + 1), lines.at(i));
                if (continues)
                    continue;
                out.append({start, i - start + 1, LineDiscipline::HardWrapped});
                start = i + 1;
            }
            return;
        }
    }
    std::vector<qsizetype> lengths;
    for (qsizetype i = first; i < end; ++i)
        lengths.push_back(lengthOf(lines, i, layout));
    std::nth_element(lengths.begin(), lengths.begin() + count / 2, lengths.end());
    if (!layout.blankSeparated || lengths[size_t(count / 2)] >= kLongLine) {
        for (qsizetype i = first; i < end; ++i)
            out.append({i, 1, LineDiscipline::ParagraphPerLine});
        return;
    }
    out.append({first, count, LineDiscipline::LineBlock});
}

} // namespace

QList<TextParagraph> splitParagraphs(const QList<QStringView> &lines, const LineLayout &layout)
{
    QList<TextParagraph> paragraphs;
    qsizetype runStart = -1;
    for (qsizetype i = 0; i <= lines.size(); ++i) {
        const bool blank = i == lines.size() || isBlank(lines.at(i));
        if (!blank) {
            if (runStart < 0)
                runStart = i;
            continue;
        }
        if (runStart >= 0)
            splitRun(lines, runStart, i, layout, paragraphs);
        runStart = -1;
    }
    return paragraphs;
}

void paragraphPieces(const QList<QStringView> &lines, const TextParagraph &paragraph, QList<ParagraphPiece> &pieces)
{
    pieces.clear();
    // The last two characters of the text so far, for the hyphen check.
    QChar last, beforeLast;
    qsizetype length = 0;
    for (qsizetype i = paragraph.firstLine; i < paragraph.firstLine + paragraph.lineCount; ++i) {
        QStringView line = lines.at(i);
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        ParagraphPiece piece;
        if (paragraph.discipline == LineDiscipline::LineBlock) {
            piece.separator = i > paragraph.firstLine ? u"\n" : u"";
            piece.text = i == paragraph.firstLine ? line.trimmed() : line;
        } else {
            // A word hyphenated at the line end ("well-" + "known") is joined without a space.
            const bool hyphenated = length >= 2 && last == u'-' && beforeLast.isLetter();
            piece.separator = length > 0 && !hyphenated ? u" " : u"";
            piece.text = line.trimmed();
        }
        pieces.append(piece);
        for (QStringView part : {piece.separator, piece.text}) {
            if (part.size() >= 2)
                beforeLast = part.at(part.size() - 2);
            else if (part.size() == 1)
                beforeLast = last;
            if (!part.isEmpty())
                last = part.back();
            length += part.size();
        }
    }
}

QString paragraphText(const QList<QStringView> &lines, const TextParagraph &paragraph)
{
    QList<ParagraphPiece> pieces;
    paragraphPieces(lines, paragraph, pieces);
    QString text;
    for (const ParagraphPiece &piece : std::as_const(pieces)) {
        text += piece.separator;
        text += piece.text;
    }
    return text;
}

} // namespace marginalia::importdetail
