// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/stages/SentenceStage.h"

#include "core/analysis/AnalysisContext.h"

namespace marginalia::analysis {

namespace {

class SentenceSplitter : ContextAccess {
public:
    explicit SentenceSplitter(AnalysisContext &context)
        : ContextAccess(context)
    {
    }
    void segment();
};

// Sentence boundaries: . ! ? (and closing quotes/brackets after them), except after abbreviations,
// initials and dotted acronyms followed by something that does not start a sentence.
void SentenceSplitter::segment()
{
    ctx.sentStarts.clear();
    if (toks.empty()) {
        ctx.sentStarts.append(0);
        return;
    }
    ctx.sentStarts.append(0);
    toks[0].flags |= FSent;
    const int n = int(toks.size());
    for (int i = 0; i < n; ++i) {
        bool end = false;
        int next = i + 1;
        if (toks[i].flags & FPunct) {
            const QChar c = text[toks[i].start];
            if (c == u'!' || c == u'?' || c == u'\u2026') {
                end = true;
            } else if (c == u'.') {
                end = true;
                if (i > 0 && !(toks[i].flags & FSpaceBefore) && (toks[i - 1].flags & FWord)) {
                    const QStringView prev = tv(i - 1);
                    if (lex.isSentenceAbbrev(prev) || (prev.size() == 1 && prev[0].isUpper()))
                        end = false;
                }
            }
        } else if ((toks[i].flags & FDotted) && next < n && (toks[next].flags & FCap)
                   && (toks[next].flags & FSpaceBefore)) {
            // "... in the U.S. The next" : a dotted acronym can end a sentence
            const QStringView nw = tv(next);
            if (lex.isNonName(nw))
                end = true;
        }
        if (!end)
            continue;
        // swallow closing quotes and brackets
        while (next < n && (toks[next].flags & FPunct) && !(toks[next].flags & FSpaceBefore)) {
            const QChar c = text[toks[next].start];
            if (c == u'"' || c == u'\u201D' || c == u'\u2019' || c == u'\'' || c == u')' || c == u']' || c == u'\u00BB')
                ++next;
            else
                break;
        }
        if (next >= n)
            break;
        // the next token must plausibly start a sentence
        const Tok &t = toks[next];
        if ((t.flags & FLower) && !(t.flags & FPunct))
            continue;
        if (next != ctx.sentStarts.last()) {
            ctx.sentStarts.append(next);
            toks[next].flags |= FSent;
        }
        i = next - 1;
    }
    ctx.sentStarts.append(n);
}

} // namespace

void SentenceStage::run(AnalysisContext &ctx) const
{
    SentenceSplitter(ctx).segment();
}

} // namespace marginalia::analysis
