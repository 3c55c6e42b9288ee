// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/AnalysisTypes.h"
#include "core/analysis/RuleInfo.h"
#include "core/analysis/Span.h"

#include <QList>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace marginalia::analysis {

// A run of name tokens found by the name chunker, for the entity typer: tokens [begin, end) and the first
// token of their sentence.
struct NameChunk {
    int begin, end, sentenceStart;
};

// A claim source named in the text, and where it ends (UTF-16)
struct SourceMemory {
    QString text;
    int end = -1;
};

// What the stages of one analyze() call share. Line stages work on the tokens of the current line; their
// findings (entities, claims) collect for the whole document, which the document stages finish.
struct AnalysisContext {
    AnalysisContext(const Lexicon &lexicon, const WordTable &words, QStringView fullText)
        : lex(lexicon)
        , table(words)
        , text(fullText)
    {
    }

    const Lexicon &lex;
    const WordTable &table;
    QStringView text;

    // the current line
    int lineStart = 0, lineEnd = 0; // UTF-16
    bool headline = false;          // a heading block, or the text's first line when it is short
    std::vector<Tok> toks;
    std::vector<quint16> cues; // cues per position of the line from user definitions; empty when none runs
    bool handScan = false;     // apply bundledCharCue()
    QList<int> sentStarts;     // token indices where sentences start, plus int(toks.size())
    std::vector<NameChunk> chunks;

    // the whole document
    QList<Candidate> ents;
    QList<ClaimCand> claims;
    QList<DirectSpan> direct;
    // the most recent claim sources, for the pronouns and documents that follow ("he", "it", "the report")
    SourceMemory lastPersonSource, lastOrgSource, lastGroupSource;
    // across paragraphs: a source that introduced the next paragraph with a colon ("the Church denied these
    // allegations:"), and a quotation left open at a paragraph's end (its claim, named once a later one is)
    QString introducedSource;
    Rule introducedRule = Rule::ReportingVerb;
    bool introduced = false;
    qsizetype openQuoteClaim = -1;
    const std::vector<int> *lowSurrogates = nullptr; // UTF-16 positions of low surrogates of pairs
    QList<Span> spans;                               // the result, built by the last stage
};

// Shorthands over the context's tokens for the classes that implement a stage. Inline on purpose: the
// stages call them per token.
class ContextAccess {
protected:
    explicit ContextAccess(AnalysisContext &context)
        : ctx(context)
        , lex(context.lex)
        , text(context.text)
        , toks(context.toks)
    {
    }

    AnalysisContext &ctx;
    const Lexicon &lex;
    const QStringView text;
    std::vector<Tok> &toks;

    QStringView tv(int i) const { return text.mid(toks[i].start, toks[i].end - toks[i].start); }
    QStringView span(int s, int e) const { return text.mid(s, e - s); }
    template<size_t N> bool is(int i, const char16_t (&w)[N]) const
    {
        return i >= 0 && i < int(toks.size()) && toks[i].end - toks[i].start == int(N - 1)
               && tv(i) == QStringView(w, qsizetype(N - 1));
    }
    bool isPunct(int i, char16_t c) const
    {
        return i >= 0 && i < int(toks.size()) && (toks[i].flags & FPunct) && text[toks[i].start] == QChar(c);
    }
    bool hasCue(int i, quint16 c) const { return i >= 0 && i < int(toks.size()) && (toks[i].cue & c); }

    // Token i in lower case; valid until the next call
    QStringView lower(int i)
    {
        const QStringView v = tv(i);
        if (v.size() > 64) {
            lowerLong = v.toString().toLower();
            return lowerLong;
        }
        for (qsizetype k = 0; k < v.size(); ++k) {
            const char16_t u = v[k].unicode();
            lowerBuf[k] = u < 0x80 ? ((u >= u'A' && u <= u'Z') ? char16_t(u | 0x20) : u) : v[k].toLower().unicode();
        }
        return QStringView(lowerBuf, v.size());
    }
    bool isCommon(int i)
    {
        quint16 &flags = toks[i].flags;
        if (!(flags & FCommonChecked)) {
            flags |= FCommonChecked;
            if (!(flags & FNum) && lex.isCommonWord(lower(i)))
                flags |= FCommonWord;
        }
        return flags & FCommonWord;
    }
    int sentenceStart(int i) const
    {
        auto it = std::upper_bound(ctx.sentStarts.cbegin(), ctx.sentStarts.cend(), i);
        return *(it - 1);
    }
    QString npText(int a, int b) const
    {
        if (a >= b)
            return {};
        return span(toks[a].start, toks[b - 1].end).toString();
    }

    char16_t lowerBuf[64];
    QString lowerLong; // lower() of long tokens, and scratch for look-ups of words made up on the way
};

} // namespace marginalia::analysis
