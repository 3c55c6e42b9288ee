// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Lexicon.h"

#include <QChar>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>

// Types shared by the analysis stages: cues, tokens, entity candidates and claim candidates.
// The analyser's log: QT_LOGGING_RULES="marginalia.analysis.debug=true" shows it.
Q_DECLARE_LOGGING_CATEGORY(lcAnalysis)

namespace marginalia::analysis {

// ---------------------------------------------------------------------------------------------
// Cues: what the syntax definitions say about a character or word.
enum Cue : quint16 {
    CueQuote = 1 << 0,
    CueReport = 1 << 1,
    CueTitle = 1 << 2,
    CueOrg = 1 << 3,
    CueLocWord = 1 << 4,
    CueMonth = 1 << 5,
    CueWeekday = 1 << 6,
    CueDateWord = 1 << 7,
    CueTimeUnit = 1 << 8,
    CueCurrency = 1 << 9,
    CueUnit = 1 << 10,
    CueScale = 1 << 11,
    CueCurrencySign = 1 << 12,
    CueNumberWord = 1 << 13, // from the lexicon, so that one look-up per word finds every cue
};

// TNorp last: the document stages leave types from TDate on as the line stages found them
enum EntityType : qint8 { TNone = -1, TPerson, TOrg, TLoc, TDate, TMoney, TQuantity, TNorp, TypeCount };

const QString &typeName(int type);
int typeFromName(QStringView name);
// The cue a format or keyword list of a syntax definition names ("cue:quote"), 0 for none.
quint16 cueFromFormatName(QStringView name);

// A span a syntax definition marks directly as an entity (format named after the type).
struct DirectSpan {
    int start, end, type;
    QString rule;
};

// What the context rules of the bundled definition mark, written out by hand: the quotation marks and
// currency signs of its two AnyChar rules (resources/syntax/marginalia-news.xml). Running the bundled
// definition through KSyntaxHighlighting cost about half of the whole analysis (regular expression
// matches and per-line state for two character classes), so the tokenizer skips it and asks this
// table instead, as long as SyntaxDefinitions found the highlighter to mark exactly these
// characters (it checks on a probe text; an edited definition falls back to running the highlighter).
// User definitions always run through the highlighter.
inline quint16 bundledCharCue(char16_t u)
{
    switch (u) {
    case u'"':
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u201F':
    case u'\u00AB':
    case u'\u00BB':
    case u'\u2039':
    case u'\u203A':
    case u'\'':
    case u'\u2018':
    case u'\u2019':
    case u'\u201A':
    case u'\u201B':
    case u'\u300C':
    case u'\u300D':
    case u'\u300E':
    case u'\u300F':
        return CueQuote;
    case u'$':
    case u'\u20AC':
    case u'\u00A3':
    case u'\u00A5':
    case u'\u20B9':
    case u'\u20BD':
    case u'\u20A9':
        return CueCurrencySign;
    default:
        return 0;
    }
}

// ---------------------------------------------------------------------------------------------
// Tokens

enum TokFlag : quint16 {
    FWord = 1 << 0,    // letters (may hold digits, inner hyphens and apostrophes)
    FNum = 1 << 1,     // starts with a digit
    FPunct = 1 << 2,   // one punctuation or symbol character
    FCap = 1 << 3,     // starts with an upper-case letter
    FAllCaps = 1 << 4, // two or more letters, all upper case (NASA, U.S.)
    FSent = 1 << 5,    // first token of a sentence
    FSpaceBefore = 1 << 6,
    FDotted = 1 << 7,  // dotted acronym (U.S., a.m.)
    FUsed = 1 << 8,    // consumed by a number, date or money span
    FLower = 1 << 9,   // starts with a lower-case letter
    FNumWord = 1 << 10, // a number word: seven, twenty-five, thousand
    FInDate = 1 << 11,  // part of a date or time
    FCommonChecked = 1 << 12, // FCommonWord is known
    FCommonWord = 1 << 13,    // an everyday English word in lower case
};

struct Tok {
    int start = 0, end = 0; // UTF-16, absolute
    quint16 flags = 0;
    quint16 cue = 0;
};

inline bool isLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u | 0x20) >= u'a' && (u | 0x20) <= u'z';
    return c.isLetter() || c.category() == QChar::Mark_NonSpacing;
}

inline bool isDigit(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? (u >= u'0' && u <= u'9') : c.isDigit();
}

inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? (u == u' ' || u == u'\t' || u == u'\n' || u == u'\r') : c.isSpace();
}

inline bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

inline bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

// c is one of the characters of set (a literal): QStringView::contains(QChar) goes through a generic
// substring search, this unrolls to a few compares
template<size_t N> inline bool oneOf(QChar c, const char16_t (&set)[N])
{
    const char16_t u = c.unicode();
    bool hit = false;
    for (size_t k = 0; k + 1 < N; ++k)
        hit |= u == set[k];
    return hit;
}

inline bool hasChar(QStringView v, char16_t c)
{
    for (QChar x : v)
        if (x.unicode() == c)
            return true;
    return false;
}

// An entity found by a stage; rule points into the rule table (RuleInfo.h) or at a DirectSpan's rule.
struct Candidate {
    int start, end;            // UTF-16
    const QString *rule;
    float confidence = 0.5f;
    qint8 type;                // EntityType or TNone
    qint8 strength;            // how sure the cue is: 3 strong (gazetteer, title, org word) .. 0 none
    bool nameLike = false;     // looks like a personal name (for surname linking)
    bool single = false;       // one token
    bool dictionary = false;   // an English word or a name from the word list
    bool afterPlacePreposition = false; // "to X", "town of X"
    bool dictionaryName = false;        // a capitalised-only dictionary word ("Google", "Warhol")
    bool sentenceInitial = false;       // one word opening a sentence, capitalised for that alone perhaps
};
static_assert(sizeof(Candidate) <= 32);

inline Candidate candidate(int s, int e, int type, int strength, const QString *rule, bool nameLike, double confidence)
{
    Candidate c{s, e, rule, float(confidence), qint8(type), qint8(strength)};
    c.nameLike = nameLike;
    return c;
}

struct ClaimCand {
    int start, end; // UTF-16
    QString label;
    QString source;
    QString rule;
    double confidence;
};

// Vocabulary read from the keyword lists of the syntax definitions.
struct WordTable {
    QStringList owned; // keeps the strings the keys point into
    KeyMap<quint16> cues;
    KeyMap<int> types;

    quint16 cue(QStringView w) const
    {
        auto it = cues.find(key(w));
        return it == cues.end() ? 0 : it->second;
    }
    int type(QStringView w) const
    {
        if (types.empty())
            return TNone;
        auto it = types.find(key(w));
        return it == types.end() ? TNone : it->second;
    }
};

} // namespace marginalia::analysis
