// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/Search.h"

#include "core/text/Text.h"

#include <algorithm>

namespace marginalia {

namespace {

// Reads the code point at `i` and advances `i` past it.
char32_t nextCodePoint(QStringView text, qsizetype &i)
{
    const QChar c = text.at(i++);
    if (c.isHighSurrogate() && i < text.size() && text.at(i).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i++));
    return c.unicode();
}

// Token characters of unicode61: letters, numbers, private use; marks stay inside a token.
bool isTokenChar(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

void appendFolded(QString &out, char32_t c)
{
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
        return; // a combining diacritic
    if (QChar::decompositionTag(c) == QChar::Canonical) {
        // é -> e + U+0301: keep the base, drop the marks.
        const QString decomposed = QChar::decomposition(c);
        for (qsizetype i = 0; i < decomposed.size();)
            appendFolded(out, nextCodePoint(decomposed, i));
        return;
    }
    const char32_t lower = QChar::toCaseFolded(c);
    out.append(QStringView(QChar::fromUcs4(lower)));
}

} // namespace

QString foldForSearch(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();)
        appendFolded(out, nextCodePoint(text, i));
    return out;
}

QList<SearchToken> searchTokens(const QString &text)
{
    QList<SearchToken> tokens;
    int tokenStart = -1;
    QString folded;
    for (qsizetype i = 0; i < text.size();) {
        const int position = int(i);
        const char16_t unit = text.at(i).unicode();
        if (unit < 0x80) {
            // ASCII, most of most texts: the same rules without the Unicode tables.
            ++i;
            const bool digit = unit >= u'0' && unit <= u'9';
            const bool lower = unit >= u'a' && unit <= u'z';
            const bool upper = unit >= u'A' && unit <= u'Z';
            if (digit || lower || upper) {
                if (tokenStart < 0)
                    tokenStart = position;
                folded.append(QChar(upper ? char16_t(unit + 32) : unit));
            } else if (tokenStart >= 0) {
                tokens.append({tokenStart, position, folded});
                tokenStart = -1;
                folded.clear();
            }
            continue;
        }
        const char32_t c = nextCodePoint(text, i);
        if (isTokenChar(c)) {
            if (tokenStart < 0)
                tokenStart = position;
            appendFolded(folded, c);
        } else if (tokenStart >= 0) {
            tokens.append({tokenStart, position, folded});
            tokenStart = -1;
            folded.clear();
        }
    }
    if (tokenStart >= 0)
        tokens.append({tokenStart, int(text.size()), folded});
    return tokens;
}

Result<SearchQuery> parseSearchQuery(const QString &input)
{
    SearchQuery query;
    // Bare words next to each other are one phrase ("Loya Jirga" finds the name, not each word apart);
    // a quoted phrase, or a word ending in *, closes it.
    SearchTerm bare;
    auto closeBare = [&]() {
        if (!bare.tokens.isEmpty())
            query.terms.append(bare);
        bare = SearchTerm{};
    };
    auto addTokens = [](SearchTerm &term, const QString &words) {
        for (const SearchToken &token : searchTokens(words))
            if (!token.folded.isEmpty())
                term.tokens.append(token.folded);
    };
    int i = 0;
    const int n = int(input.size());
    while (i < n) {
        if (input.at(i).isSpace()) {
            ++i;
        } else if (input.at(i) == u'"') {
            const int close = int(input.indexOf(u'"', i + 1));
            if (close < 0)
                return failure(Error::Kind::BadInput, QStringLiteral("The phrase in the query has no closing quote."));
            closeBare();
            SearchTerm phrase;
            phrase.prefix = close + 1 < n && input.at(close + 1) == u'*';
            addTokens(phrase, input.mid(i + 1, close - i - 1));
            if (!phrase.tokens.isEmpty())
                query.terms.append(phrase);
            i = close + (phrase.prefix ? 2 : 1);
        } else {
            int end = i;
            while (end < n && !input.at(end).isSpace() && input.at(end) != u'"')
                ++end;
            const QString word = input.mid(i, end - i);
            addTokens(bare, word);
            if (word.endsWith(u'*')) {
                bare.prefix = true;
                closeBare();
            }
            i = end;
        }
    }
    closeBare();
    if (query.terms.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("The query has no words to search for."));
    return query;
}

QString ftsMatchExpression(const SearchQuery &query)
{
    QStringList parts;
    for (const SearchTerm &term : query.terms) {
        QString part = u'"' + term.tokens.join(u' ') + u'"';
        if (term.prefix)
            part += u'*';
        parts.append(part);
    }
    return parts.join(u' ');
}

QList<std::pair<int, int>> findSearchHits(const QString &text, const SearchQuery &query)
{
    const QList<SearchToken> tokens = searchTokens(text);
    QList<std::pair<int, int>> utf16Hits;
    for (const SearchTerm &term : query.terms) {
        const int length = int(term.tokens.size());
        bool found = false;
        for (int i = 0; i + length <= tokens.size(); ++i) {
            bool match = true;
            for (int k = 0; k < length && match; ++k) {
                const QString &have = tokens.at(i + k).folded;
                const QString &want = term.tokens.at(k);
                match = (term.prefix && k == length - 1) ? have.startsWith(want) : have == want;
            }
            if (match) {
                utf16Hits.append({tokens.at(i).start, tokens.at(i + length - 1).end});
                found = true;
            }
        }
        if (!found)
            return {};
    }
    // One hit per place: where terms overlap ("loya jirga" and "jirga"), their hits are one.
    std::sort(utf16Hits.begin(), utf16Hits.end());
    QList<std::pair<int, int>> places;
    for (const auto &hit : std::as_const(utf16Hits)) {
        if (!places.isEmpty() && hit.first < places.last().second)
            places.last().second = std::max(places.last().second, hit.second);
        else
            places.append(hit);
    }
    const CodePointIndex index(text);
    QList<std::pair<int, int>> hits;
    hits.reserve(places.size());
    for (const auto &[start, end] : std::as_const(places))
        hits.append({index.toCodePoint(start), index.toCodePoint(end)});
    return hits;
}

QString searchSnippet(const QString &text, int start, int end, int context)
{
    return searchSnippet(text, CodePointIndex(text), start, end, context);
}

QString searchSnippet(const QString &text, const CodePointIndex &index, int start, int end, int context)
{
    const int total = index.codePointCount();
    const int from = std::max(0, start - context);
    const int to = std::min(total, end + context);
    const int u16From = index.toUtf16(from);
    QString snippet = text.mid(u16From, index.toUtf16(to) - u16From).simplified();
    if (from > 0)
        snippet.prepend(QChar(0x2026));
    if (to < total)
        snippet.append(QChar(0x2026));
    return snippet;
}

} // namespace marginalia
