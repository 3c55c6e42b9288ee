// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Boilerplate cue phrases ("subscribe to", "thanks for reading", "privacy policy"), read from a data file
// (the bundled :/marginalia/import/boilerplate-cues.txt, whose header documents the format, plus the user's
// own boilerplate-cues.txt in the application data folder) and matched word by word, without regular
// expressions: the matcher looks up each word of a block in a hash of the cues' first words.

#include "core/model/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <bitset>
#include <climits>
#include <vector>

namespace marginalia::importdetail {

// A text's words, found in one pass for the boilerplate checks (scanWords): the cue matcher's words (runs of
// letters and digits, and the copyright sign alone) with the lowerWordHash of each, and the count of words and
// stop words as stopWordDensity sees them (runs of letters, digits and apostrophes: "don't" is one word there).
struct TextWords {
    struct Word {
        qsizetype start = 0;
        qsizetype end = 0;
        size_t hash = 0; // of the lower-case word
    };
    std::vector<Word> cueWords; // filled only when asked for
    int words = 0;
    int stopWords = 0;
};

// Scans `text` into `out` (its cue words cleared first). Stops after the word that makes `out.words` exceed
// `maxWords`: then only that is known.
void scanWords(QStringView text, TextWords &out, bool collectCueWords, int maxWords = INT_MAX);

class BoilerplateCues final {
public:
    // Parses cue lines (see the bundled file). `sourceName` names the file in error messages.
    static Result<BoilerplateCues> parse(const QString &text, const QString &sourceName);
    // The bundled cues plus the user's file (QStandardPaths::AppDataLocation/boilerplate-cues.txt), read once.
    // A user file that cannot be parsed is reported in the log and left out.
    static const BoilerplateCues &standard();
    // The name of the user's file, looked up in QStandardPaths::AppDataLocation.
    static QString userFileName();

    // Adds the cues of `other`; its "!cue" lines remove the same cue from this set.
    void merge(const BoilerplateCues &other);
    // Counts non-overlapping cue matches in `text`, stopping at `limit`.
    int count(QStringView text, int limit = 10) const;
    // The same with the words already scanned (scanWords with collectCueWords).
    int count(QStringView text, const TextWords &words, int limit = 10) const;
    // The number of cues after expanding alternatives.
    int size() const { return int(m_cues.size()); }

private:
    enum class TokenKind { Word, Prefix, Number, Year };
    struct Token {
        TokenKind kind = TokenKind::Word;
        QString word;     // lower case (Word, Prefix)
        size_t hash = 0;  // lowerWordHash(word) for Word: most candidates fail on it without a comparison
        friend bool operator==(const Token &, const Token &) = default;
    };
    struct Cue {
        QList<Token> tokens;
        bool atStart = false;
        bool atEnd = false;
        friend bool operator==(const Cue &, const Cue &) = default;
    };
    using TextWord = TextWords::Word;

    static Result<QList<Cue>> parseLine(QStringView line);
    static bool tokenMatches(const Token &token, QStringView word, size_t wordHash);
    bool matchesAt(const Cue &cue, QStringView text, const std::vector<TextWord> &words, qsizetype at) const;
    void rebuildIndex();

    QList<Cue> m_cues;
    QList<Cue> m_removals;
    QHash<size_t, QList<int>> m_byFirstWord; // cues whose first token is a word, by that word's hash
    std::bitset<1 << 16> m_firstWordFilter;   // low 16 bits of those hashes: most words need no hash lookup
    QList<int> m_otherFirst;                 // cues starting with a number or a prefix
    QList<int> m_prefixFirst;                // those starting with a prefix: the others need a digit
};

// The hash of a word folded to lower case, as the cue matcher and the stop-word lookup use it.
size_t lowerWordHash(QStringView word);

} // namespace marginalia::importdetail
