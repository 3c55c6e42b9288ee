#include "core/analysis/stages/TokenizerStage.h"

#include "core/analysis/AnalysisContext.h"

namespace marginalia::analysis {

namespace {

class Tokenizer : ContextAccess
{
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
        const QChar c = text[i];
        if (isSpace(c)) {
            space = true;
            ++i;
            continue;
        }
        Tok t;
        t.start = i;
        if (space)
            t.flags |= FSpaceBefore;
        space = false;
        if (isLetter(c) || isDigit(c)) {
            const bool digit = isDigit(c);
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
                    t.end = k;
                    t.flags |= FWord | FDotted;
                    if (c.isUpper())
                        t.flags |= FCap | FAllCaps;
                    else
                        t.flags |= FLower;
                    toks.push_back(t);
                    i = k;
                    continue;
                }
            }
            while (j < to) {
                const QChar x = text[j];
                if (isLetter(x) || isDigit(x)) {
                    ++j;
                } else if ((isDash(x) || isApostrophe(x)) && j + 1 < to
                           && (isLetter(text[j + 1]) || isDigit(text[j + 1]))) {
                    // possessive 's ends the word
                    if (isApostrophe(x) && (text[j + 1] == u's' || text[j + 1] == u'S')
                        && (j + 2 >= to || !isLetter(text[j + 2])))
                        break;
                    ++j;
                } else if (digit && (x == u',' || x == u'.' || x == u':') && j + 1 < to && isDigit(text[j + 1])) {
                    ++j;
                } else {
                    break;
                }
            }
            t.end = j;
            if (digit) {
                t.flags |= FNum;
            } else {
                t.flags |= FWord;
                if (c.isUpper()) {
                    t.flags |= FCap;
                    int letters = 0, upper = 0;
                    for (int k = i; k < j; ++k) {
                        if (text[k].isLetter()) {
                            ++letters;
                            upper += text[k].isUpper();
                        }
                    }
                    if (letters >= 2 && upper == letters)
                        t.flags |= FAllCaps;
                } else {
                    t.flags |= FLower;
                }
            }
            i = j;
        } else if (isApostrophe(c) && i + 1 < to && (text[i + 1] == u's' || text[i + 1] == u'S')
                   && i > from && isLetter(text[i - 1]) && (i + 2 >= to || !isLetter(text[i + 2]))) {
            t.end = i + 2; // possessive
            t.flags |= FWord | FLower;
            i += 2;
        } else {
            t.end = i + (c.isHighSurrogate() && i + 1 < to ? 2 : 1);
            t.flags |= FPunct;
            i = t.end;
        }
        t.cue = cues.empty() ? 0 : cues[size_t(t.start - from)];
        if (handScan)
            t.cue |= bundledCharCue(c.unicode());
        if (t.flags & FWord) {
            const QStringView w = text.mid(t.start, t.end - t.start);
            t.cue |= table.cue(w);
            // "Attorney-General", "Vice-President": a title in a hyphenated word
            if (!t.cue && (t.flags & FCap) && w.size() > 5) {
                const qsizetype dash = w.lastIndexOf(QChar(u'-'));
                if (dash > 0)
                    t.cue |= quint16((table.cue(w.mid(dash + 1)) | table.cue(w.left(dash))) & CueTitle);
            }
            if ((t.cue & CueNumberWord) && !(t.flags & FAllCaps))
                t.flags |= FNumWord;
        }
        toks.push_back(t);
        // twenty-five
        if ((t.flags & FWord) && !(t.flags & FNumWord) && t.end - t.start >= 7 && hasChar(text.mid(t.start, t.end - t.start), u'-')
            && numberWord(int(toks.size()) - 1))
            toks.back().flags |= FNumWord;
    }
}

// Title-case headlines ("Harbour Towns Bet on Tidal Power"): when nearly every content word of the line is
// capitalised, capitals say nothing about names, so everyday English words there are taken as lower case

bool Tokenizer::numberWord(int i)
{
    if (!(toks[i].flags & FWord) || (toks[i].flags & FAllCaps) || toks[i].end - toks[i].start < 3 || toks[i].end - toks[i].start > 19)
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
