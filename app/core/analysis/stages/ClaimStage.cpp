// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/stages/ClaimStage.h"

#include "core/analysis/AnalysisContext.h"

using namespace Qt::StringLiterals;

namespace marginalia::analysis {

namespace {

// A quotation: token indices of its opening and closing marks
struct Quote {
    int start, end;
};

// What the attribution of one sentence found: the claim's tokens [cs, ce), its source and the rule
struct Attribution {
    int cs = -1, ce = -1;
    QString source;
    Rule rule = Rule::ReportingVerb;
};

// Claims of one line: attributed statements, quotations and statistics.
class ClaimFinder : ContextAccess {
public:
    explicit ClaimFinder(AnalysisContext &context)
        : ContextAccess(context)
        , sentStarts(context.sentStarts)
        , ns(int(context.sentStarts.size()) - 1)
    {
    }
    void findAll();

private:
    const QList<int> &sentStarts;
    const int ns; // sentences in the line
    QList<Quote> quotes;
    std::vector<char> quoted;    // per token: inside a quotation
    QList<QString> sentSource;   // per sentence: the source of its claim, "" if none

    void findQuotes();
    int contentAfter(int verb, int sentEnd);
    int findReportingVerb(int sentBegin, int sentEnd, int &accordingAt) const;
    void accordingTo(int sentBegin, int sentEnd, int accordingAt, Attribution &at);
    int subjectStart(int sentBegin, int k) const;
    void verbAttribution(int sentBegin, int sentEnd, int verb, Attribution &at);
    void inverted(int sentBegin, int sentEnd, int verb, int s0, Attribution &at);
    void addAttributed(int si, Attribution &at);
    void quoteClaims();
    void statisticClaims();
};

// quotations in this line
void ClaimFinder::findQuotes()
{
    int openTok = -1;
    char16_t openKind = 0;
    for (int i = 0; i < int(toks.size()); ++i) {
        if (!(toks[i].flags & FPunct) || !(toks[i].cue & CueQuote))
            continue;
        const QChar c = text[toks[i].start];
        const bool spaceBefore = (toks[i].flags & FSpaceBefore) || i == 0;
        const bool wordAfter = i + 1 < int(toks.size()) && !(toks[i + 1].flags & FSpaceBefore);
        const bool isSingle = c == u'\'' || c == u'\u2018' || c == u'\u2019';
        if (openTok < 0) {
            if (c == u'\u201D' || c == u'\u2019' || c == u'\u00BB')
                continue; // stray closing mark
            if (isSingle && !(spaceBefore && wordAfter))
                continue;
            openTok = i;
            openKind = isSingle ? u'\'' : u'"';
        } else {
            const bool closes = isSingle ? (openKind == u'\'' && !spaceBefore) : (openKind == u'"');
            if (!closes || c == u'\u201C' || c == u'\u2018' || c == u'\u00AB')
                continue;
            quotes.append({openTok, i});
            openTok = -1;
        }
    }
    // which tokens are inside a quotation
    quoted.assign(toks.size(), 0);
    for (const Quote &q : std::as_const(quotes))
        for (int k = q.start + 1; k < q.end; ++k)
            quoted[size_t(k)] = 1;
}

// Where the claim starts after the reporting verb at verb (in a sentence ending at b)
int ClaimFinder::contentAfter(int verb, int sentEnd)
{
    int after = verb + 1;
    // "told reporters", "told AP"
    if (lex.isTellVerb(tv(verb))) {
        int q = after;
        while (q < sentEnd && q - after < 4 && !(is(q, u"that")) && !isPunct(q, u',') && !(toks[q].cue & CueQuote))
            ++q;
        if (q < sentEnd && q - after < 4) {
            after = q;
        } else {
            // the one told: "reporters", "him", "CNN", "The Associated Press"
            q = after;
            if (q < int(toks.size()) && lex.isToldObject(tv(q)))
                ++q;
            else
                while (q < sentEnd && q - after < 5 && ((toks[q].flags & FCap) || is(q, u"the") || is(q, u"The")))
                    ++q;
            after = q;
        }
    }
    // "said on Monday that …": the claim starts after "that"
    for (int q = after; q < sentEnd && q - after < 7; ++q) {
        if (is(q, u"that")) {
            after = q + 1;
            break;
        }
        if ((toks[q].flags & FPunct) && !isPunct(q, u','))
            break;
    }
    while (after < sentEnd && (is(after, u"that") || isPunct(after, u',') || isPunct(after, u':')))
        ++after;
    return after;
}

// The reporting verb of the sentence [a, b), -1 for none; sets accordingAt to "according (to)" instead
int ClaimFinder::findReportingVerb(int sentBegin, int sentEnd, int &accordingAt) const
{
    int verb = -1, vQuoted = -1;
    for (int k = sentBegin; k < sentEnd; ++k) {
        if (!hasCue(k, CueReport) || !(toks[k].flags & FWord))
            continue;
        if (quoted[size_t(k)] && vQuoted >= 0)
            continue;
        const QStringView w = tv(k);
        if (w.compare(u"according", Qt::CaseInsensitive) == 0) {
            if (is(k + 1, u"to")) {
                accordingAt = k;
                break;
            }
            continue;
        }
        if (w.front().isUpper())
            continue;
        if (lex.isNounVerb(w) && k > sentBegin && (lex.isDeterminer(tv(k - 1)) || (toks[k - 1].flags & FPunct)))
            continue;
        // passives ("has been found", "was reported") attribute nothing
        if (k > sentBegin && lex.isPassiveAuxiliary(tv(k - 1)))
            continue;
        if (lex.isOpinionVerb(w)) {
            // opinions count only with a personal subject: "I think", "she believes"
            if (!(k > sentBegin && (lex.isPronoun(tv(k - 1)) || (toks[k - 1].flags & FCap))))
                continue;
        }
        // a reporting verb inside a quotation ("I think …," she said) counts only when the sentence
        // has none outside
        if (quoted[size_t(k)]) {
            vQuoted = k;
            continue;
        }
        verb = k;
        break;
    }
    return verb < 0 ? vQuoted : verb;
}

void ClaimFinder::accordingTo(int sentBegin, int sentEnd, int accordingAt, Attribution &at)
{
    int k = accordingAt + 2;
    int se = k;
    while (se < sentEnd && !isPunct(se, u',') && !isPunct(se, u'.') && !isPunct(se, u';'))
        ++se;
    if (se >= sentEnd - 1 && accordingAt <= sentBegin + 1) {
        // "According to Rathbun the property was returned": the source is the name after "to"
        se = k;
        while (se < sentEnd && se - k < 6 && (lex.isDeterminer(tv(se)) || (toks[se].flags & FCap)))
            ++se;
    }
    at.source = npText(k, se);
    if (accordingAt == sentBegin || (accordingAt == sentBegin + 1 && (toks[sentBegin].flags & FPunct))) {
        at.cs = se + 1;
        at.ce = sentEnd;
    } else {
        at.cs = sentBegin;
        at.ce = accordingAt;
    }
    at.rule = Rule::AccordingTo;
}

// The first token of the subject that ends before k (a sentence starting at a)
int ClaimFinder::subjectStart(int sentBegin, int k) const
{
    int s0 = k;
    while (s0 > sentBegin && k - s0 < 8) {
        const int t = s0 - 1;
        if (toks[t].flags & FPunct) {
            if (isPunct(t, u'.') && t > sentBegin && (toks[t - 1].flags & FCap) && !(toks[t].flags & FSpaceBefore)) {
                --s0;
                continue;
            }
            if ((isPunct(t, u'-') || text[toks[t].start] == u'\u2011') && !(toks[t].flags & FSpaceBefore)) {
                --s0;
                continue;
            }
            break;
        }
        if ((toks[t].flags & FLower) && lex.isClauseBoundary(tv(t)))
            break;
        if ((toks[t].flags & FUsed) && !(toks[t].flags & FCap))
            break;
        --s0;
    }
    return s0;
}

// The source and claim around the reporting verb at v in the sentence [a, b)
void ClaimFinder::verbAttribution(int sentBegin, int sentEnd, int verb, Attribution &at)
{
    // subject before the verb
    int k = verb;
    while (k > sentBegin && lex.isSubjectAdverb(tv(k - 1)))
        --k;
    // "Steve Whitmore, a representative for the office, told …": the subject opens the sentence
    if (k > sentBegin + 2 && isPunct(k - 1, u',') && (toks[sentBegin].flags & FCap)
        && (!isCommon(sentBegin) || lex.isFirstName(tv(sentBegin)) || hasCue(sentBegin, CueTitle))) {
        int c = sentBegin;
        while (c < k - 1 && !isPunct(c, u',') && c - sentBegin < 10)
            ++c;
        if (c < k - 1 && isPunct(c, u',') && c > sentBegin && sentEnd - verb > 3) {
            at.source = npText(sentBegin, c);
            at.rule = Rule::ReportingVerb;
            at.cs = contentAfter(verb, sentEnd);
            at.ce = sentEnd;
            return;
        }
    }
    // "Tomas Vrana, of the Liberty Party, warned": skip the appositive
    if (k > sentBegin + 2 && isPunct(k - 1, u',')) {
        int c = k - 2;
        while (c > sentBegin && !isPunct(c, u',') && !(toks[c].cue & CueQuote) && k - c < 10)
            --c;
        if (c > sentBegin && isPunct(c, u',') && (toks[c - 1].flags & FWord) && !(toks[c - 1].flags & FUsed))
            k = c;
    }
    const int s0 = subjectStart(sentBegin, k);
    if (s0 < k) {
        at.source = npText(s0, k);
        at.rule = Rule::ReportingVerb;
        const int after = contentAfter(verb, sentEnd);
        if (sentEnd - after >= 3) {
            at.cs = after;
            at.ce = sentEnd;
        } else {
            at.cs = sentBegin;
            at.ce = s0;
        }
    } else {
        inverted(sentBegin, sentEnd, verb, s0, at);
    }
}

// "…, said Bolden." / "…," said the spokesman.
void ClaimFinder::inverted(int sentBegin, int sentEnd, int verb, int s0, Attribution &at)
{
    int q = verb + 1;
    int qe = q;
    while (qe < sentEnd && qe - q < 9
           && !((toks[qe].flags & FLower) && lex.isClauseBoundary(tv(qe)) && !is(qe, u"for"))) {
        // "said Mr. Reeves", "said Stephen J. Townsend"
        if ((toks[qe].flags & FPunct)
            && !(isPunct(qe, u'.') && qe > q && !(toks[qe].flags & FSpaceBefore)
                 && (lex.isSentenceAbbrev(tv(qe - 1)) || tv(qe - 1).size() == 1) && qe + 1 < sentEnd))
            break;
        ++qe;
    }
    if (qe > q && !is(q, u"that")) {
        at.source = npText(q, qe);
        at.rule = Rule::ReportingVerbInverted;
        at.cs = sentBegin;
        at.ce = s0;
        if (at.ce - at.cs < 2) {
            at.cs = qe;
            at.ce = sentEnd;
        }
    } else if (is(verb + 1, u"that") && sentEnd - verb > 4) {
        // "…revealed that children are iodine deficient": a claim whose source is not named
        at.rule = Rule::ReportingVerbNoSource;
        at.cs = verb + 2;
        at.ce = sentEnd;
    }
}

void ClaimFinder::addAttributed(int si, Attribution &at)
{
    int cs = at.cs, ce = at.ce;
    while (ce > cs && (toks[ce - 1].flags & FPunct) && !(toks[ce - 1].cue & CueQuote))
        --ce;
    while (cs < ce && (toks[cs].flags & FPunct) && !(toks[cs].cue & CueQuote))
        ++cs;
    if (ce <= cs)
        return;
    // a quotation that ends in this sentence but began earlier belongs to the claim
    int cStart = toks[cs].start, cEnd = toks[ce - 1].end;
    // (quotes are ordered by their closing mark: a binary search keeps long lines linear)
    auto qi = std::lower_bound(quotes.cbegin(), quotes.cend(), cStart,
                               [&](const Quote &q, int pos) { return toks[q.end].start < pos; });
    for (; qi != quotes.cend() && toks[qi->end].start < cEnd + 2; ++qi)
        if (toks[qi->start].start < cStart)
            cStart = toks[qi->start].start;
    // pronoun sources: say who
    const QString src = at.source.trimmed();
    QString shown = src;
    const QStringView lastPerson = ctx.lastPerson;
    if (lex.isPronoun(src) && src.compare(u"it"_s, Qt::CaseInsensitive) != 0 && src.compare(u"I"_s) != 0
        && src.compare(u"we"_s, Qt::CaseInsensitive) != 0 && src.compare(u"they"_s, Qt::CaseInsensitive) != 0
        && !lastPerson.isEmpty())
        shown = src + u" ("_s + lastPerson.toString() + u")"_s;
    ctx.claims.append({cStart, cEnd, u"ATTRIBUTED"_s, shown, ruleName(at.rule), ruleConfidence(at.rule)});
    sentSource[si] = shown;
}

// quotations as claims
void ClaimFinder::quoteClaims()
{
    for (const Quote &q : std::as_const(quotes)) {
        int words = 0;
        for (int k = q.start + 1; k < q.end; ++k)
            words += (toks[k].flags & (FWord | FNum)) ? 1 : 0;
        if (words < 4)
            continue;
        const int siClose = int(std::upper_bound(sentStarts.cbegin(), sentStarts.cend(), q.end) - sentStarts.cbegin())
                            - 1;
        const int siOpen = int(std::upper_bound(sentStarts.cbegin(), sentStarts.cend(), q.start) - sentStarts.cbegin())
                           - 1;
        QString src;
        if (siClose >= 0 && siClose < ns)
            src = sentSource[siClose];
        if (src.isEmpty() && siClose + 1 < ns && q.end + 2 >= sentStarts[siClose + 1])
            src = sentSource[siClose + 1];
        if (src.isEmpty() && siOpen >= 0 && siOpen < ns)
            src = sentSource[siOpen];
        ctx.claims.append({toks[q.start].start, toks[q.end].end, u"QUOTE"_s, src, ruleName(Rule::Quotation),
                           ruleConfidence(Rule::Quotation)});
    }
}

// statistics: figures stated as fact (sentences with a number, percentage or amount and no source)
void ClaimFinder::statisticClaims()
{
    for (int si = 0; si < ns; ++si) {
        if (!sentSource[si].isEmpty())
            continue;
        const int sentBegin = sentStarts[si], sentEnd = sentStarts[si + 1];
        if (sentEnd - sentBegin < 4)
            continue;
        bool figure = false;
        for (int k = sentBegin; k < sentEnd && !figure; ++k) {
            if ((toks[k].flags & FUsed) && !(toks[k].flags & FInDate)
                && ((toks[k].flags & FNum) || hasCue(k, CueCurrencySign)))
                figure = true;
        }
        if (!figure)
            continue;
        ctx.claims.append({toks[sentBegin].start, toks[sentEnd - 1].end, u"STATISTIC"_s, QString(),
                           ruleName(Rule::Figure), ruleConfidence(Rule::Figure)});
    }
}

void ClaimFinder::findAll()
{
    findQuotes();
    // attributions per sentence
    sentSource.resize(ns);
    for (int si = 0; si < ns; ++si) {
        const int sentBegin = sentStarts[si], sentEnd = sentStarts[si + 1];
        if (sentEnd - sentBegin < 3)
            continue;
        int accordingAt = -1;
        const int verb = findReportingVerb(sentBegin, sentEnd, accordingAt);
        Attribution at;
        if (accordingAt >= 0)
            accordingTo(sentBegin, sentEnd, accordingAt, at);
        else if (verb >= 0)
            verbAttribution(sentBegin, sentEnd, verb, at);
        if (at.cs >= 0 && at.ce > at.cs)
            addAttributed(si, at);
    }
    quoteClaims();
    statisticClaims();
}

} // namespace

void ClaimStage::run(AnalysisContext &ctx) const
{
    ClaimFinder(ctx).findAll();
}

} // namespace marginalia::analysis
