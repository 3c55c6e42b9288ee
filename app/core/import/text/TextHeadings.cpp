// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/text/TextHeadings.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail {

namespace {

constexpr int kMaxHeadingWords = 12;
constexpr qsizetype kMaxTitleLength = 120;
constexpr qsizetype kMaxHeadingLength = 160; // 12 words; checked first, so that paragraphs cost nothing

bool endsWithClosingPunctuation(QStringView text)
{
    static const QString closing = u".,;:!?\u2026"_s;
    return !text.isEmpty() && closing.contains(text.back());
}

// "## Methods": the number of # and the length of the marks with the space after them.
HeadingShape hashHeading(QStringView text)
{
    qsizetype hashes = 0;
    while (hashes < text.size() && text.at(hashes) == u'#')
        ++hashes;
    if (hashes == 0 || hashes > 6 || hashes >= text.size() || text.at(hashes) != u' ')
        return {};
    qsizetype marker = hashes;
    while (marker < text.size() && text.at(marker) == u' ')
        ++marker;
    if (marker == text.size())
        return {};
    return {int(hashes), marker};
}

// The paragraph after a heading: longer than the heading and written as prose.
bool isProseAfter(QStringView next, int headingWords)
{
    const int words = countWords(next);
    if (words <= headingWords)
        return false;
    QStringView trimmed = next.trimmed();
    while (!trimmed.isEmpty() && (trimmed.back() == u'"' || trimmed.back() == QChar(0x201D) || trimmed.back() == u')'))
        trimmed.chop(1);
    return words >= 20 || endsWithClosingPunctuation(trimmed);
}

} // namespace

int countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool wordChar = c.isLetterOrNumber();
        if (wordChar && !inWord)
            ++words;
        inWord = wordChar;
    }
    return words;
}

HeadingShape titleShape(QStringView text)
{
    if (const HeadingShape hashes = hashHeading(text); hashes.level > 0)
        return {1, hashes.markerLength};
    if (text.size() > kMaxTitleLength || text.contains(u'\n') || endsWithClosingPunctuation(text))
        return {};
    return {1, 0};
}

HeadingShape headingShape(QStringView text, QStringView next)
{
    if (text.size() > kMaxHeadingLength || text.contains(u'\n'))
        return {};
    if (const HeadingShape hashes = hashHeading(text); hashes.level > 0)
        return hashes;
    const int words = countWords(text);
    if (words == 0 || words > kMaxHeadingWords || endsWithClosingPunctuation(text) || !isProseAfter(next, words))
        return {};
    static const QRegularExpression numbered(u"^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+\\p{Lu}"_s);
    if (const auto match = numbered.matchView(text); match.hasMatch())
        return {std::min(6, 2 + int(match.capturedView(1).count(u'.'))), 0};
    if (!text.front().isUpper() || text.count(u',') > 1)
        return {};
    // A byline, links, e-mail addresses and code are not headings.
    if (text.startsWith(u"By ") || text.contains(u'@') || text.contains(u"://") || text.contains(u'{')
        || text.contains(u'='))
        return {};
    return {2, 0};
}

} // namespace marginalia::importdetail
