// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A synthetic article and a revised version of it, with annotated passages and what should become of
// each: for the re-anchoring tests and marginalia-bench-reanchor. The revision inserts and deletes
// sentences, turns straight quotes into typographic ones, removes paragraphs and fixes typos inside quoted
// passages. Words are made of random syllables, so passages are as distinct as in real prose.

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace marginalia::testdata {

struct RevisedPassage {
    int start = 0; // code points into the old text
    int end = 0;
    bool removed = false;   // its sentence or paragraph is gone: it must become an orphan
    bool changed = false;   // its words changed (quotes, a fixed typo): a fuzzy match is expected
    QString expectedQuote;  // what it says in the new text (when not removed)
};

struct RevisedArticle {
    QString oldText;
    QString newText;
    QList<RevisedPassage> passages;
};

namespace detail {

struct Token {
    QString before; // in the old text
    QString after;  // in the new text
};

struct Sentence {
    QList<Token> tokens; // joined by single spaces
    bool deleted = false;
    bool inserted = false;
    QString text(bool revised) const
    {
        QStringList words;
        for (const Token &token : tokens)
            words.append(revised ? token.after : token.before);
        return words.join(u' ');
    }
};

inline QString randomWord(QRandomGenerator &random)
{
    static const QStringList syllables = {QStringLiteral("ka"),  QStringLiteral("lo"),  QStringLiteral("mi"),
                                          QStringLiteral("ren"), QStringLiteral("sta"), QStringLiteral("vo"),
                                          QStringLiteral("dra"), QStringLiteral("pel"), QStringLiteral("tu"),
                                          QStringLiteral("qua"), QStringLiteral("bis"), QStringLiteral("nor"),
                                          QStringLiteral("gha"), QStringLiteral("fey"), QStringLiteral("wil"),
                                          QStringLiteral("zen"), QStringLiteral("cor"), QStringLiteral("hum"),
                                          QStringLiteral("jas"), QStringLiteral("ix")};
    QString word;
    const int count = 1 + int(random.bounded(3));
    for (int syllable = 0; syllable < count; ++syllable)
        word += syllables.at(random.bounded(syllables.size()));
    return word;
}

inline Sentence randomSentence(QRandomGenerator &random, int sentenceNumber)
{
    Sentence sentence;
    const int words = 8 + int(random.bounded(14));
    // One sentence in four quotes someone; one quote in three has a typo that the revision fixes.
    const bool quoted = random.bounded(4) == 0;
    const int quoteFrom = 3, quoteTo = 3 + std::min(words - 4, 4 + int(random.bounded(5)));
    const bool typo = quoted && random.bounded(3) == 0;
    for (int index = 0; index < words; ++index) {
        QString word = randomWord(random);
        if (index == 0)
            word[0] = word[0].toUpper();
        Token token{word, word};
        if (typo && index == quoteFrom + 1 && word.size() >= 3) {
            token.before = word;
            std::swap(token.before[1], token.before[2]); // the old text had the typo
        }
        if (quoted && index == quoteFrom) {
            token.before = u'"' + token.before;
            token.after = u'\u201C' + token.after;
        }
        if (quoted && index == quoteTo) {
            token.before += u'"';
            token.after += u'\u201D';
        }
        sentence.tokens.append(token);
    }
    sentence.tokens.last().before += u'.';
    sentence.tokens.last().after += u'.';
    // Numbers make sentences distinct the way dates and names do in prose.
    sentence.tokens.insert(1, Token{QString::number(sentenceNumber), QString::number(sentenceNumber)});
    return sentence;
}

} // namespace detail

// About `characters` code points of old text and `annotations` passages, the same for the same seed.
inline RevisedArticle makeRevisedArticle(int characters, int annotations, quint32 seed = 7)
{
    using detail::Sentence;
    QRandomGenerator random(seed);
    QList<QList<Sentence>> paragraphs;
    QList<bool> removedParagraphs;
    int length = 0;
    int sentenceNumber = 0;
    while (length < characters) {
        QList<Sentence> paragraph;
        const int sentences = 3 + int(random.bounded(5));
        for (int index = 0; index < sentences; ++index) {
            Sentence sentence = detail::randomSentence(random, ++sentenceNumber);
            sentence.deleted = random.bounded(25) == 0;
            length += int(sentence.text(false).size()) + 1;
            paragraph.append(sentence);
            if (random.bounded(20) == 0) { // a sentence the revision adds
                Sentence added = detail::randomSentence(random, ++sentenceNumber);
                added.inserted = true;
                paragraph.append(added);
            }
        }
        paragraphs.append(paragraph);
        removedParagraphs.append(random.bounded(40) == 0);
    }
    // Write both versions, noting where each old sentence starts.
    struct Placed {
        const Sentence *sentence;
        int oldStart;
        bool removed;
    };
    QList<Placed> placed;
    QStringList oldParagraphs, newParagraphs;
    int oldOffset = 0;
    for (qsizetype index = 0; index < paragraphs.size(); ++index) {
        QStringList oldSentences, newSentences;
        for (const Sentence &sentence : paragraphs.at(index)) {
            if (!sentence.inserted) {
                placed.append({&sentence, oldOffset, removedParagraphs.at(index) || sentence.deleted});
                oldSentences.append(sentence.text(false));
                oldOffset += int(oldSentences.last().size()) + 1;
            }
            if (!sentence.deleted && !removedParagraphs.at(index))
                newSentences.append(sentence.text(true));
        }
        oldOffset += 1; // the blank line's second LF (the first replaced the last space)
        oldParagraphs.append(oldSentences.join(u' '));
        if (!newSentences.isEmpty())
            newParagraphs.append(newSentences.join(u' '));
    }
    RevisedArticle article;
    article.oldText = oldParagraphs.join(QStringLiteral("\n\n"));
    article.newText = newParagraphs.join(QStringLiteral("\n\n"));
    // Passages: a run of words inside one old sentence.
    for (int index = 0; index < annotations && !placed.isEmpty(); ++index) {
        const Placed &where = placed.at(random.bounded(placed.size()));
        const auto &tokens = where.sentence->tokens;
        const int first = int(random.bounded(tokens.size()));
        const int last = std::min(int(tokens.size()) - 1, first + int(random.bounded(12)));
        int start = where.oldStart;
        for (int token = 0; token < first; ++token)
            start += int(tokens.at(token).before.size()) + 1;
        QStringList before, after;
        for (int token = first; token <= last; ++token) {
            before.append(tokens.at(token).before);
            after.append(tokens.at(token).after);
        }
        RevisedPassage passage;
        passage.start = start; // the text is all BMP: UTF-16 indices are code points
        passage.end = start + int(before.join(u' ').size());
        passage.removed = where.removed;
        passage.expectedQuote = after.join(u' ');
        passage.changed = passage.expectedQuote != before.join(u' ');
        article.passages.append(passage);
    }
    return article;
}

} // namespace marginalia::testdata
