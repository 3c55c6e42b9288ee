// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/stages/TokenizerStage.h"

#include "core/analysis/AnalysisContext.h"

namespace marginalia::analysis {

namespace {

class Tokenizer : ContextAccess {
public:
    explicit Tokenizer(AnalysisContext &context)
        : ContextAccess(context)
    {
    }
    void tokenize(int from, int to);

private:
    bool numberWord(int i);

    const std::vector<quint16> &cues = ctx.cues;
    const WordTable &table = ctx.table;
    const bool handScan = ctx.handScan;
};

void Tokenizer::tokenize(int from, int to)
{
    toks.clear();
    bool space = true;
    int i = from;
    while (i < to) {
        const QChar ch = text[i];
        if (isSpace(ch)) {
            space = true;
            ++i;
            continue;
        }
        Tok tok;
        tok.start = i;
        if (space)
            tok.flags |= FSpaceBefore;
        space = false;
        if (isLetter(ch) || isDigit(ch)) {
            const bool digit = isDigit(ch);
            int j = i + 1;
            // dotted acronym: U.S. / a.m. / D.C.
            if (!digit && j + 1 < to && text[j] == u'.' && isLetter(text[j + 1])
                && (j + 2 >= to || text[j + 2] == u'.' || !isLetter(text[j + 2]))) {
                int k = i;
                while (k + 1 < to && isLetter(text[k]) && text[k + 1] == u'.'
                       && (k + 2 >= to || !isLetter(text[k + 2]) || k + 3 >= to || !isLetter(text[k + 3])
                           || text[k + 3] == u'.'))
                    k += 2;
                if (k - i >= 4) { // two or more letters with dots; a lone initial ("J.") is no acronym
                    tok.end = k;
                    tok.flags |= FWord | FDotted;
                    if (ch.isUpper())
                        tok.flags |= FCap | FAllCaps;
                    else
                        tok.flags |= FLower;
                    toks.push_back(tok);
                    i = k;
                    continue;
                }
            }
            while (j < to) {
                const QChar next = text[j];
                if (isLetter(next) || isDigit(next)) {
                    ++j;
                } else if ((isDash(next) || isApostrophe(next)) && j + 1 < to
                           && (isLetter(text[j + 1]) || isDigit(text[j + 1]))) {
                    // possessive 's ends the word
                    if (isApostrophe(next) && (text[j + 1] == u's' || text[j + 1] == u'S')
                        && (j + 2 >= to || !isLetter(text[j + 2])))
                        break;
                    ++j;
                } else if (digit && (next == u',' || next == u'.' || next == u':') && j + 1 < to
                           && isDigit(text[j + 1])) {
                    ++j;
                } else {
                    break;
                }
            }
            tok.end = j;
            if (digit) {
                tok.flags |= FNum;
            } else {
                tok.flags |= FWord;
                if (ch.isUpper()) {
                    tok.flags |= FCap;
                    int letters = 0, upper = 0;
                    for (int k = i; k < j; ++k) {
                        if (text[k].isLetter()) {
                            ++letters;
                            upper += text[k].isUpper();
                        }
                    }
                    if (letters >= 2 && upper == letters)
                        tok.flags |= FAllCaps;
                } else {
                    tok.flags |= FLower;
                }
            }
            i = j;
        } else if (isApostrophe(ch) && i + 1 < to && (text[i + 1] == u's' || text[i + 1] == u'S') && i > from
                   && isLetter(text[i - 1]) && (i + 2 >= to || !isLetter(text[i + 2]))) {
            tok.end = i + 2; // possessive
            tok.flags |= FWord | FLower;
            i += 2;
        } else {
            tok.end = i + (ch.isHighSurrogate() && i + 1 < to ? 2 : 1);
            tok.flags |= FPunct;
            i = tok.end;
        }
        tok.cue = cues.empty() ? 0 : cues[size_t(tok.start - from)];
        if (handScan)
            tok.cue |= bundledCharCue(ch.unicode());
        if (tok.flags & FWord) {
            const QStringView word = text.mid(tok.start, tok.end - tok.start);
            tok.cue |= table.cue(word);
            // "Attorney-General", "Vice-President": a title in a hyphenated word
            if (!tok.cue && (tok.flags & FCap) && word.size() > 5) {
                const qsizetype dash = word.lastIndexOf(QChar(u'-'));
                if (dash > 0)
                    tok.cue |= quint16((table.cue(word.mid(dash + 1)) | table.cue(word.left(dash))) & CueTitle);
            }
            if ((tok.cue & CueNumberWord) && !(tok.flags & FAllCaps))
                tok.flags |= FNumWord;
        }
        toks.push_back(tok);
        // twenty-five
        if ((tok.flags & FWord) && !(tok.flags & FNumWord) && tok.end - tok.start >= 7
            && hasChar(text.mid(tok.start, tok.end - tok.start), u'-') && numberWord(int(toks.size()) - 1))
            toks.back().flags |= FNumWord;
    }
}

// Title-case headlines ("Harbour Towns Bet on Tidal Power"): when nearly every content word of the line is
// capitalised, capitals say nothing about names, so everyday English words there are taken as lower case

bool Tokenizer::numberWord(int i)
{
    if (!(toks[i].flags & FWord) || (toks[i].flags & FAllCaps) || toks[i].end - toks[i].start < 3
        || toks[i].end - toks[i].start > 19)
        return false;
    // number words start with one of these letters
    if (!oneOf(text[toks[i].start], u"zotfsenhmbdZOTFSENHMBD"))
        return false;
    const QStringView l = lower(i);
    if (lex.numberWordValue(l) >= 0)
        return true;
    // twenty-five
    const qsizetype dash = l.indexOf(QChar(u'-'));
    if (dash > 0)
        return lex.numberWordValue(l.left(dash)) >= 0 && lex.numberWordValue(l.mid(dash + 1)) >= 0;
    return false;
}

} // namespace

void TokenizerStage::run(AnalysisContext &ctx) const
{
    Tokenizer(ctx).tokenize(ctx.lineStart, ctx.lineEnd);
}

} // namespace marginalia::analysis
