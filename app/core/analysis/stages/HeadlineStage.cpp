// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/stages/HeadlineStage.h"

#include "core/analysis/AnalysisContext.h"

using namespace Qt::StringLiterals;

namespace marginalia::analysis {

namespace {

class HeadlineCaser : ContextAccess {
public:
    explicit HeadlineCaser(AnalysisContext &context)
        : ContextAccess(context)
    {
    }
    void headlineCase();

private:
    bool headlineEveryday(int i);
};

// Title-case headlines ("Harbour Towns Bet on Tidal Power"): when nearly every content word of the line is
// capitalised, capitals say nothing about names, so everyday English words there are taken as lower case
// (unless a word list knows them as a name, a place, a title or an organisation word).
void HeadlineCaser::headlineCase()
{
    int content = 0, caps = 0;
    for (int i = 0; i < int(toks.size()); ++i) {
        if (!(toks[i].flags & FWord))
            continue;
        const QStringView w = tv(i);
        if ((toks[i].flags & FLower) && lex.isHeadlineFunctionWord(w))
            continue;
        ++content;
        caps += (toks[i].flags & FCap) ? 1 : 0;
    }
    if (content < 3 || content > 16 || caps * 5 < content * 4)
        return;
    if (isPunct(int(toks.size()) - 1, u'.'))
        return; // a sentence, not a headline
    if (caps == content) {
        // every word capitalised: still a headline only with a lower-case function word or many words
        bool functionWord = false;
        for (int i = 0; i < int(toks.size()) && !functionWord; ++i)
            functionWord = (toks[i].flags & FWord) && (toks[i].flags & FLower);
        if (!functionWord && content < 5)
            return;
    }
    // An everyday word next to a real name stays part of it ("Virginia Commonwealth University"); organisation
    // and place words ("Council", "Harbour") stay capitalised next to any word still capitalised after the
    // first pass ("Cornwall Council"), other everyday words are taken as lower case.
    const int n = int(toks.size());
    std::vector<char> everyday(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        everyday[size_t(i)] = (toks[i].flags & FWord) && (toks[i].flags & FCap) && !(toks[i].flags & FAllCaps)
                              && !(toks[i].cue & (CueTitle | CueMonth | CueWeekday | CueDateWord))
                              && headlineEveryday(i);
    for (int i = 0; i < n; ++i) { // words of a known place name ("United States") are no everyday words
        if (!(toks[i].flags & FWord) || !(toks[i].flags & FCap))
            continue;
        const int maxW = std::min(lex.placeMaxWords(tv(i)), n - i);
        for (int k = maxW; k >= 2; --k) {
            if (lex.isPlace(span(toks[i].start, toks[i + k - 1].end))) {
                for (int q = i; q < i + k; ++q)
                    everyday[size_t(q)] = 0;
                break;
            }
        }
    }
    auto anchor = [&](int k) {
        return k >= 0 && k < n && (toks[k].flags & FWord) && (toks[k].flags & FCap) && !everyday[size_t(k)]
               && !lex.isNonName(tv(k));
    };
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < n; ++i) {
            quint16 &flags = toks[i].flags;
            if (!everyday[size_t(i)] || !(flags & FCap))
                continue;
            if (anchor(i - 1) || anchor(i + 1))
                continue;
            if (toks[i].cue & (CueOrg | CueLocWord)) {
                if (pass == 0)
                    continue;
                const bool capNeighbour = (i > 0 && (toks[i - 1].flags & FCap) && (toks[i - 1].flags & FWord))
                                          || (i + 1 < n && (toks[i + 1].flags & FCap) && (toks[i + 1].flags & FWord));
                if (capNeighbour)
                    continue;
            } else if (pass == 1) {
                continue;
            }
            flags = quint16((flags & ~FCap) | FLower);
        }
}

// A capitalised word of a headline that is an everyday English word and no name.
bool HeadlineCaser::headlineEveryday(int i)
{
    {
        const QStringView w = tv(i);
        if (lex.isProper(w) || lex.isPlace(w) || lex.isFirstName(w) || lex.isNonName(w))
            return false;
        if (!lex.isCommonWord(lower(i))) {
            // the word list is American: "Harbour", "Centre", "Organisation" are everyday words too
            QString us = lower(i).toString();
            if (us.endsWith(u"our"_s) || us.endsWith(u"ours"_s))
                us.replace(us.lastIndexOf(u"our"_s), 3, u"or"_s);
            else if (us.endsWith(u"tre"_s) || us.endsWith(u"tres"_s))
                us.replace(us.lastIndexOf(u"tre"_s), 3, u"ter"_s);
            else if (us.contains(u"is"_s)
                     && (us.endsWith(u"ise"_s) || us.endsWith(u"ised"_s) || us.endsWith(u"ises"_s)
                         || us.endsWith(u"isation"_s)))
                us.replace(us.lastIndexOf(u"is"_s), 2, u"iz"_s);
            else
                return false;
            if (!lex.isCommonWord(us))
                return false;
        }
        return true;
    }
}

} // namespace

void HeadlineStage::run(AnalysisContext &ctx) const
{
    if (ctx.headline)
        HeadlineCaser(ctx).headlineCase();
}

} // namespace marginalia::analysis
