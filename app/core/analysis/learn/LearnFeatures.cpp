// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/learn/LearnFeatures.h"

#include "core/analysis/Lexicon.h"
#include "core/text/Text.h"

#include <algorithm>
#include <array>

namespace marginalia::learn {

namespace {

// What a feature says about a token; mixed into its hash so that equal strings of different kinds differ.
enum FeatureKind : quint64 {
    Bias = 1,
    Word,
    Lower,
    Shape,
    Prefix1,
    Prefix2,
    Prefix3,
    Suffix1,
    Suffix2,
    Suffix3,
    PreviousWord,
    PreviousWord2,
    NextWord,
    NextWord2,
    PreviousShape,
    NextShape,
    Bigram,
    WordList,
    AnalysisMark,
    PreviousMark,
    NextMark,
    LineStart,
    LineEnd,
    InQuote,
};

constexpr quint64 kOffset = 0xcbf29ce484222325ULL;
constexpr quint64 kPrime = 0x100000001b3ULL;

quint64 hashChars(QStringView chars, quint64 seed = kOffset)
{
    quint64 hash = seed;
    for (QChar c : chars)
        hash = (hash ^ c.unicode()) * kPrime;
    return hash;
}

quint32 featureId(quint64 kind, quint64 value)
{
    quint64 mixed = (value ^ (kind * 0x9E3779B97F4A7C15ULL)) * 0xBF58476D1CE4E5B9ULL;
    mixed ^= mixed >> 31;
    mixed *= 0x94D049BB133111EBULL;
    mixed ^= mixed >> 29;
    return quint32(mixed) & (kFeatureBuckets - 1);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

bool isJoiner(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'-' || c == u'.' || c == u',';
}

bool isQuoteMark(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u00AB' || c == u'\u00BB';
}

// Word shape with runs of one class cut at two: "Kabul" → "Xxx", "2,500" → "d,ddd" → "d,dd".
QString shapeOf(QStringView word)
{
    QString shape;
    shape.reserve(word.size());
    QChar last;
    int run = 0;
    for (QChar c : word) {
        const QChar mapped = c.isUpper() ? u'X' : c.isLower() ? u'x' : c.isDigit() ? u'd' : c;
        run = mapped == last ? run + 1 : 1;
        last = mapped;
        if (run <= 2)
            shape.append(mapped);
    }
    return shape;
}

// What is computed once per token and then used by its own and its neighbours' features.
struct TokenHashes {
    quint64 word = 0, lower = 0, shape = 0;
    std::array<quint64, 3> prefixes{}, suffixes{};
    quint32 wordLists = 0;
    bool inQuote = false;
};

quint32 wordListHits(QStringView word, QStringView lower)
{
    static const analysis::Lexicon lexicon; // gazetteers built at build time; read only, shared by threads
    quint32 hits = 0;
    hits |= lexicon.isCommonWord(lower) ? 1u : 0u;
    hits |= lexicon.isPlace(word) ? 2u : 0u;
    hits |= lexicon.isCountry(word) ? 4u : 0u;
    hits |= lexicon.isFirstName(word) ? 8u : 0u;
    hits |= lexicon.isNationalityWord(word) ? 16u : 0u;
    hits |= lexicon.isProper(word) ? 32u : 0u;
    return hits;
}

std::vector<TokenHashes> hashTokens(QStringView text, const TokenizedText &tokenized)
{
    std::vector<TokenHashes> hashes(tokenized.tokens.size());
    for (size_t line = 0; line + 1 < tokenized.lineStarts.size(); ++line) {
        bool inQuote = false;
        for (int i = tokenized.lineStarts[line]; i < tokenized.lineStarts[line + 1]; ++i) {
            const QStringView word = text.mid(tokenized.tokens[i].start,
                                              tokenized.tokens[i].end - tokenized.tokens[i].start);
            const QString lower = word.toString().toLower();
            TokenHashes &h = hashes[size_t(i)];
            h.word = hashChars(word);
            h.lower = hashChars(lower);
            h.shape = hashChars(shapeOf(word));
            for (int n = 1; n <= 3; ++n) {
                h.prefixes[n - 1] = hashChars(QStringView(lower).left(n));
                h.suffixes[n - 1] = hashChars(QStringView(lower).right(n));
            }
            h.wordLists = isWordChar(word.front()) ? wordListHits(word, lower) : 0;
            if (word.size() == 1 && isQuoteMark(word.front()))
                inQuote = !inQuote;
            h.inQuote = inQuote;
        }
    }
    return hashes;
}

// Per token, hashes of the built-in labels over it: "B" + label on its first token, "I" + label after.
std::vector<std::vector<quint64>> analysisMarks(const QString &text, const TokenizedText &tokenized,
                                                const QList<Span> &analysis)
{
    std::vector<std::vector<quint64>> marks(tokenized.tokens.size());
    if (analysis.isEmpty())
        return marks;
    const CodePointIndex index(text);
    const auto &tokens = tokenized.tokens;
    for (const Span &span : analysis) {
        const int start = index.toUtf16(span.start);
        const int end = index.toUtf16(span.end);
        auto first = std::ranges::lower_bound(tokens, start + 1, {}, &LearnToken::end);
        for (auto it = first; it != tokens.end() && it->start < end; ++it)
            marks[size_t(it - tokens.begin())].push_back(hashChars(span.label, it == first ? 'B' : 'I'));
    }
    return marks;
}

} // namespace

TokenizedText tokenizeForLearning(QStringView text)
{
    TokenizedText result;
    result.lineStarts.push_back(0);
    const int length = int(text.size());
    int pos = 0;
    while (pos < length) {
        const QChar c = text[pos];
        if (c == u'\n') {
            if (result.lineStarts.back() != int(result.tokens.size()))
                result.lineStarts.push_back(int(result.tokens.size()));
            ++pos;
            continue;
        }
        if (c.isSpace()) {
            ++pos;
            continue;
        }
        int end = pos + 1;
        if (isWordChar(c)) {
            // Joiners stay inside a word only between word characters ("don't", "2,500", "U.S").
            while (end < length
                   && (isWordChar(text[end]) || (isJoiner(text[end]) && end + 1 < length && isWordChar(text[end + 1]))))
                ++end;
        } else if (c.isHighSurrogate() && end < length) {
            ++end;
        }
        result.tokens.push_back({pos, end});
        pos = end;
    }
    if (result.lineStarts.back() != int(result.tokens.size()))
        result.lineStarts.push_back(int(result.tokens.size()));
    return result;
}

FeatureRows extractFeatures(const QString &text, const TokenizedText &tokenized, const QList<Span> &analysis)
{
    const std::vector<TokenHashes> hashes = hashTokens(text, tokenized);
    const std::vector<std::vector<quint64>> marks = analysisMarks(text, tokenized, analysis);
    static const quint64 kBoundary = hashChars(u"<line>");
    FeatureRows rows;
    rows.ids.reserve(hashes.size() * 28);
    rows.offsets.reserve(hashes.size() + 1);
    for (size_t line = 0; line + 1 < tokenized.lineStarts.size(); ++line) {
        const int first = tokenized.lineStarts[line];
        const int last = tokenized.lineStarts[line + 1];
        const auto at = [&](int i) -> const TokenHashes * {
            return i >= first && i < last ? &hashes[size_t(i)] : nullptr;
        };
        for (int i = first; i < last; ++i) {
            rows.offsets.push_back(quint32(rows.ids.size()));
            const TokenHashes &h = hashes[size_t(i)];
            const auto add = [&rows](quint64 kind, quint64 value) { rows.ids.push_back(featureId(kind, value)); };
            add(Bias, 0);
            add(Word, h.word);
            add(Lower, h.lower);
            add(Shape, h.shape);
            for (int n = 0; n < 3; ++n) {
                add(Prefix1 + quint64(n), h.prefixes[size_t(n)]);
                add(Suffix1 + quint64(n), h.suffixes[size_t(n)]);
            }
            const TokenHashes *previous = at(i - 1), *previous2 = at(i - 2), *next = at(i + 1), *next2 = at(i + 2);
            add(PreviousWord, previous ? previous->lower : kBoundary);
            add(PreviousWord2, previous2 ? previous2->lower : kBoundary);
            add(NextWord, next ? next->lower : kBoundary);
            add(NextWord2, next2 ? next2->lower : kBoundary);
            add(PreviousShape, previous ? previous->shape : kBoundary);
            add(NextShape, next ? next->shape : kBoundary);
            add(Bigram, ((previous ? previous->lower : kBoundary) * kPrime) ^ h.lower);
            for (quint32 bit = 1; bit <= h.wordLists; bit <<= 1)
                if (h.wordLists & bit)
                    add(WordList, bit);
            for (quint64 mark : marks[size_t(i)])
                add(AnalysisMark, mark);
            if (previous)
                for (quint64 mark : marks[size_t(i - 1)])
                    add(PreviousMark, mark);
            if (next)
                for (quint64 mark : marks[size_t(i + 1)])
                    add(NextMark, mark);
            if (i == first)
                add(LineStart, 0);
            if (i + 1 == last)
                add(LineEnd, 0);
            if (h.inQuote)
                add(InQuote, 0);
        }
    }
    rows.offsets.push_back(quint32(rows.ids.size()));
    return rows;
}

} // namespace marginalia::learn
