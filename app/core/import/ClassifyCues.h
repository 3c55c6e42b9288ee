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

namespace marginalia::importdetail {

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
    struct TextWord {
        qsizetype start = 0;
        qsizetype end = 0;
        size_t hash = 0; // of the lower-case word
    };

    static Result<QList<Cue>> parseLine(QStringView line);
    static bool tokenMatches(const Token &token, QStringView word, size_t wordHash);
    bool matchesAt(const Cue &cue, QStringView text, const QList<TextWord> &words, qsizetype at) const;
    void rebuildIndex();

    QList<Cue> m_cues;
    QList<Cue> m_removals;
    QHash<size_t, QList<int>> m_byFirstWord; // cues whose first token is a word, by that word's hash
    std::bitset<1 << 16> m_firstWordFilter;   // low 16 bits of those hashes: most words need no hash lookup
    QList<int> m_otherFirst;                 // cues starting with a number or a prefix
};

// The hash of a word folded to lower case, as the cue matcher and the stop-word lookup use it.
size_t lowerWordHash(QStringView word);

} // namespace marginalia::importdetail
