// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/stages/ClaimStage.h"

#include "core/analysis/AnalysisContext.h"
#include "core/analysis/stages/ClaimSource.h"

using namespace Qt::StringLiterals;

namespace marginalia::analysis {

namespace {

// A quotation: token indices of its opening and closing marks
struct Quote {
    int start, end;
};

// What one attribution found: the claim's tokens [cs, ce), its source's tokens [ss, se) and the rule
struct Attribution {
    int cs = -1, ce = -1;
    int ss = -1, se = -1;
    Rule rule = Rule::ReportingVerb;
};

// Claims of one line: attributed statements, quotations and statistics.
class ClaimFinder : ContextAccess {
public:
    explicit ClaimFinder(AnalysisContext &context)
        : ContextAccess(context)
        , sentStarts(context.sentStarts)
        , ns(int(context.sentStarts.size()) - 1)
        , sources(context)
    {
    }
    void findAll();

private:
    const QList<int> &sentStarts;
    const int ns; // sentences in the line
    ClaimSource sources;
    QList<Quote> quotes;
    std::vector<char> quoted;    // per token: inside a quotation
    QList<QString> sentSource;   // per sentence: the source of its claim, "" if none
    int unclosedQuote = -1;      // the opening mark of a quotation that runs on into the next paragraph
    QString carriedSource;       // the source of a quotation this paragraph continues
    Rule sourceRule = Rule::ReportingVerb; // the rule of the last source found

    void findQuotes();
    int contentAfter(int verb, int sentEnd);
    int findReportingVerb(int from, int sentEnd, int &accordingAt);
    void accordingTo(int sentBegin, int sentEnd, int accordingAt, Attribution &at);
    int subjectStart(int sentBegin, int k) const;
    void verbAttribution(int sentBegin, int sentEnd, int verb, Attribution &at);
    void inverted(int sentBegin, int sentEnd, int verb, int s0, Attribution &at);
    QString addAttributed(int si, Attribution &at);
    bool introducesNext(int si, int sentEnd, Attribution &at);
    void introducedClaim();
    void runOnQuote();
    void attributeSentence(int si);
    bool colonAttribution(int sentBegin, int sentEnd, Attribution &at);
    void creditLine();
    QString creditAfterQuote(const Quote &q);
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
    if (openTok >= 0 && openKind == u'"')
        unclosedQuote = openTok;
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

// The first reporting verb in [from, sentEnd), -1 for none; sets accordingAt to "according (to)" instead
int ClaimFinder::findReportingVerb(int from, int sentEnd, int &accordingAt)
{
    const int sentBegin = from;
    int verb = -1, vQuoted = -1;
    for (int k = from; k < sentEnd; ++k) {
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
        // "The report states": after a determiner (in any case) the word is a noun
        // ("…", added KCNA: a past form after punctuation is still the verb)
        if (lex.isNounVerb(w) && k > sentBegin
            && (lex.isDeterminer(lower(k - 1)) || ((toks[k - 1].flags & FPunct) && !w.endsWith(u"ed"))))
            continue;
        // "an investigative report by the BBC": a singular noun after a describing word, not a verb
        if (lex.isNounVerb(w) && lex.isDocumentNoun(w) && k > sentBegin && (toks[k - 1].flags & FLower)
            && !lex.isPronoun(tv(k - 1)) && !tv(k - 1).endsWith(u's'))
            continue;
        // "officials have not said why": a negated verb attributes nothing
        if (k > sentBegin
            && (lex.isNegation(tv(k - 1)) || tv(k - 1).endsWith(u"n't") || tv(k - 1).endsWith(u"n\u2019t")))
            continue;
        // passives ("has been found", "was reported") attribute nothing
        if (k > sentBegin && lex.isPassiveAuxiliary(tv(k - 1)))
            continue;
        if (lex.isOpinionVerb(w)) {
            // opinions count only with a personal subject: "I think", "she believes"
            int subject = k - 1; // "Basya also believes"
            while (subject > sentBegin && lex.isSubjectAdverb(tv(subject)))
                --subject;
            if (!(subject >= sentBegin && (lex.isPronoun(tv(subject)) || (toks[subject].flags & FCap))))
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
    at.ss = k;
    at.se = se;
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
            at.ss = sentBegin;
            at.se = c;
            at.rule = Rule::ReportingVerb;
            at.cs = contentAfter(verb, sentEnd);
            at.ce = sentEnd;
            return;
        }
    }
    // "Tomas Vrana, of the Liberty Party, warned": skip the appositive
    if (k > sentBegin + 2 && isPunct(k - 1, u',')) {
        int c = k - 2;
        while (c > sentBegin && !isPunct(c, u',') && (!(toks[c].cue & CueQuote) || (toks[c].flags & FWord))
               && k - c < 16)
            --c;
        if (c > sentBegin && isPunct(c, u',') && (toks[c - 1].flags & FWord) && !(toks[c - 1].flags & FUsed))
            k = c;
    }
    // "The Internet security firm Secunia.com, has said that …": a comma between a short subject and its verb
    if (k > sentBegin + 1 && k - sentBegin <= 7 && isPunct(k - 1, u',') && !(toks[k - 2].cue & CueQuote)
        && verb + 1 < sentEnd && (is(verb + 1, u"that") || (toks[verb + 1].flags & FLower)))
        --k;
    const int s0 = subjectStart(sentBegin, k);
    if (s0 < k) {
        at.ss = s0;
        at.se = k;
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
        at.ss = q;
        at.se = qe;
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

// Adds the claim of at and returns its source
QString ClaimFinder::addAttributed(int si, Attribution &at)
{
    int cs = at.cs, ce = at.ce;
    while (ce > cs && (toks[ce - 1].flags & FPunct) && !(toks[ce - 1].cue & CueQuote))
        --ce;
    while (cs < ce && (toks[cs].flags & FPunct) && !(toks[cs].cue & CueQuote))
        ++cs;
    if (ce <= cs)
        return {};
    // a quotation that ends in this sentence but began earlier belongs to the claim
    int cStart = toks[cs].start, cEnd = toks[ce - 1].end;
    // (quotes are ordered by their closing mark: a binary search keeps long lines linear)
    auto qi = std::lower_bound(quotes.cbegin(), quotes.cend(), cStart,
                               [&](const Quote &q, int pos) { return toks[q.end].start < pos; });
    for (; qi != quotes.cend() && toks[qi->end].start < cEnd + 2; ++qi)
        if (toks[qi->start].start < cStart)
            cStart = toks[qi->start].start;
    QString source;
    Rule rule = at.rule;
    if (at.ss >= 0) {
        source = sources.phrase(at.ss, at.se, rule);
        if (source.isEmpty())
            rule = Rule::ReportingVerbNoSource; // "The" or "I know how unfair it" names nobody
    }
    ctx.claims.append({cStart, cEnd, u"ATTRIBUTED"_s, source, ruleName(rule), ruleConfidence(rule)});
    if (sentSource[si].isEmpty())
        sentSource[si] = source;
    sourceRule = rule;
    return source;
}

// "In a statement, the Church denied these allegations:" / "She continued:" at the end of a paragraph:
// the next paragraph is what the source said
bool ClaimFinder::introducesNext(int si, int sentEnd, Attribution &at)
{
    if (si != ns - 1 || !isPunct(sentEnd - 1, u':'))
        return false;
    QString source;
    if (at.ss >= 0) {
        sourceRule = at.rule;
        source = at.cs >= 0 && at.ce > at.cs ? sentSource[si] : sources.phrase(at.ss, at.se, sourceRule);
    } else if (const int verb = sentEnd - 2; verb > sentStarts[si] && lex.isIntroVerb(tv(verb))) {
        sourceRule = Rule::ReportingVerb;
        source = sources.phrase(sentStarts[si], verb, sourceRule);
    }
    if (source.isEmpty())
        return false;
    ctx.introduced = true;
    ctx.introducedSource = source;
    ctx.introducedRule = sourceRule;
    return true;
}

// the paragraph a colon introduced (see introducesNext)
void ClaimFinder::introducedClaim()
{
    int end = int(toks.size());
    while (end > 0 && (toks[end - 1].flags & FPunct) && !(toks[end - 1].cue & CueQuote))
        --end;
    if (end < 3)
        return;
    const Rule rule = ctx.introducedRule;
    ctx.claims.append({toks[0].start, toks[end - 1].end, u"ATTRIBUTED"_s, ctx.introducedSource, ruleName(rule),
                       ruleConfidence(rule)});
    for (int si = 0; si < ns; ++si)
        if (sentSource[si].isEmpty())
            sentSource[si] = ctx.introducedSource;
}

// A quotation that opens in this paragraph and closes in a later one: a claim to the paragraph's end, named
// by this paragraph's source or by the one that closes it
void ClaimFinder::runOnQuote()
{
    const bool continues = ctx.openQuoteClaim >= 0 && !toks.empty() && (toks[0].flags & FPunct)
                           && (toks[0].cue & CueQuote);
    QString source;
    for (int si = 0; si < ns && source.isEmpty(); ++si)
        source = sentSource[si];
    if (continues && !source.isEmpty() && ctx.claims[ctx.openQuoteClaim].source.isEmpty())
        ctx.claims[ctx.openQuoteClaim].source = source;
    if (continues)
        carriedSource = ctx.claims[ctx.openQuoteClaim].source;
    if (unclosedQuote < 0) {
        if (!continues)
            ctx.openQuoteClaim = -1;
        return;
    }
    if (source.isEmpty() && continues)
        source = ctx.claims[ctx.openQuoteClaim].source;
    ctx.claims.append({toks[unclosedQuote].start, toks.back().end, u"QUOTE"_s, source, ruleName(Rule::Quotation),
                       ruleConfidence(Rule::Quotation)});
    ctx.openQuoteClaim = ctx.claims.size() - 1;
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
        // a credit after the quotation names it better than a verb inside it: "Report found" — Toronto Star
        QString src = creditAfterQuote(q);
        const Rule rule = src.isEmpty() ? Rule::Quotation : Rule::CreditLine;
        if (src.isEmpty() && siClose >= 0 && siClose < ns)
            src = sentSource[siClose];
        if (src.isEmpty() && siClose + 1 < ns && q.end + 2 >= sentStarts[siClose + 1])
            src = sentSource[siClose + 1];
        if (src.isEmpty() && siOpen >= 0 && siOpen < ns)
            src = sentSource[siOpen];
        if (src.isEmpty() && q.start == 0)
            src = carriedSource;
        ctx.claims.append(
            {toks[q.start].start, toks[q.end].end, u"QUOTE"_s, src, ruleName(rule), ruleConfidence(rule)});
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

// Every attribution of sentence si, at most two: "According to ABC News, Basya also believes …",
// "Heald noted the findings show …"
void ClaimFinder::attributeSentence(int si)
{
    const int sentBegin = sentStarts[si], sentEnd = sentStarts[si + 1];
    int from = sentBegin;
    for (int found = 0; found < 2 && sentEnd - from >= 3; ++found) {
        int accordingAt = -1, next = -1;
        Attribution at;
        if (found == 0 && colonAttribution(from, sentEnd, at)) {
            next = at.cs;
        } else {
            const int verb = findReportingVerb(from, sentEnd, accordingAt);
            if (accordingAt >= 0)
                accordingTo(from, sentEnd, accordingAt, at);
            else if (verb >= 0 && (found == 0 || !quoted[size_t(verb)]))
                verbAttribution(from, sentEnd, verb, at);
            else if (found == 0)
                introducesNext(si, sentEnd, at);
            // the next one is looked for after this one's verb
            next = accordingAt >= 0 ? accordingAt + 2 : verb + 1;
        }
        if (at.ss < 0 && at.cs < 0)
            break;
        if (at.cs >= 0 && at.ce > at.cs)
            addAttributed(si, at);
        if (introducesNext(si, sentEnd, at))
            break;
        from = next;
    }
}

// "She continued: \"Labour has a plan …\"": a short subject and verb before a colon introduce the rest
bool ClaimFinder::colonAttribution(int sentBegin, int sentEnd, Attribution &at)
{
    for (int colon = sentBegin + 2; colon < sentEnd - 2 && colon - sentBegin <= 6; ++colon) {
        if (!isPunct(colon, u':'))
            continue;
        const int verb = colon - 1;
        if (!lex.isIntroVerb(tv(verb)) || quoted[size_t(verb)])
            return false;
        at.ss = sentBegin;
        at.se = verb;
        at.cs = colon + 1;
        at.ce = sentEnd;
        at.rule = Rule::ReportingVerb;
        return true;
    }
    return false;
}

// "Caption of a photo. Image: Nick Moreau.": the credit at the end of a line attributes what comes before
void ClaimFinder::creditLine()
{
    const int n = int(toks.size());
    int end = n;
    while (end > 0 && (isPunct(end - 1, u'.') || isPunct(end - 1, u')')))
        --end;
    for (int k = std::max(1, end - 10); k + 2 < end; ++k) {
        if (!lex.isCreditWord(tv(k)) || !isPunct(k + 1, u':') || !(toks[k + 2].flags & FCap))
            continue;
        bool nameOnly = true;
        for (int q = k + 2; q < end && nameOnly; ++q)
            nameOnly = !isPunct(q, u'.') || !(toks[q].flags & FSpaceBefore);
        int ce = k;
        while (ce > 0 && (toks[ce - 1].flags & FPunct) && !(toks[ce - 1].cue & CueQuote))
            --ce;
        if (!nameOnly || ce == 0)
            return;
        const QString source = npText(k + 2, end);
        ctx.claims.append({toks[0].start, toks[ce - 1].end, u"ATTRIBUTED"_s, source, ruleName(Rule::CreditLine),
                           ruleConfidence(Rule::CreditLine)});
        for (int si = 0; si < ns && sentStarts[si] < k; ++si)
            if (sentSource[si].isEmpty())
                sentSource[si] = source;
        return;
    }
}

// "Headline of a story" — CBC.ca, August 15, 2008: the name after a dash credits the quotation
QString ClaimFinder::creditAfterQuote(const Quote &q)
{
    const int n = int(toks.size());
    const int dash = q.end + 1;
    if (dash + 1 >= n || !(isPunct(dash, u'\u2014') || isPunct(dash, u'\u2013')) || !(toks[dash + 1].flags & FCap))
        return {};
    int e = dash + 1;
    while (e < n && e - dash <= 6 && !isPunct(e, u',')
           && !(isPunct(e, u'.') && (e + 1 == n || (toks[e + 1].flags & FSpaceBefore))))
        ++e;
    return npText(dash + 1, e);
}

void ClaimFinder::findAll()
{
    findQuotes();
    sentSource.resize(ns);
    const bool introduced = ctx.introduced;
    ctx.introduced = false;
    for (int si = 0; si < ns; ++si)
        attributeSentence(si);
    if (introduced)
        introducedClaim();
    creditLine();
    runOnQuote();
    quoteClaims();
    statisticClaims();
}

} // namespace

void ClaimStage::run(AnalysisContext &ctx) const
{
    ClaimFinder(ctx).findAll();
}

} // namespace marginalia::analysis
