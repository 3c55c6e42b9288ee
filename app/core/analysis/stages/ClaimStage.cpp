#include "core/analysis/stages/ClaimStage.h"

#include "core/analysis/AnalysisContext.h"

using namespace Qt::StringLiterals;

namespace marginalia::analysis {

namespace {

// A quotation: token indices of its opening and closing marks
struct Quote {
    int s, e;
};

// What the attribution of one sentence found: the claim's tokens [cs, ce), its source and the rule
struct Attribution {
    int cs = -1, ce = -1;
    QString source;
    Rule rule = Rule::ReportingVerb;
};

// Claims of one line: attributed statements, quotations and statistics.
class ClaimFinder : ContextAccess
{
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
    int contentAfter(int verb, int b);
    int findReportingVerb(int a, int b, int &accordingAt) const;
    void accordingTo(int a, int b, int accordingAt, Attribution &at);
    int subjectStart(int a, int k) const;
    void verbAttribution(int a, int b, int v, Attribution &at);
    void inverted(int a, int b, int v, int s0, Attribution &at);
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
        if (!(toks[i].f & FPunct) || !(toks[i].cue & CueQuote))
            continue;
        const QChar c = text[toks[i].s];
        const bool spaceBefore = (toks[i].f & FSpaceBefore) || i == 0;
        const bool wordAfter = i + 1 < int(toks.size()) && !(toks[i + 1].f & FSpaceBefore);
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
        for (int k = q.s + 1; k < q.e; ++k)
            quoted[size_t(k)] = 1;
}

// Where the claim starts after the reporting verb at verb (in a sentence ending at b)
int ClaimFinder::contentAfter(int verb, int b)
{
    int after = verb + 1;
    // "told reporters", "told AP"
    if (lex.isTellVerb(tv(verb))) {
        int q = after;
        while (q < b && q - after < 4 && !(is(q, u"that")) && !isPunct(q, u',') && !(toks[q].cue & CueQuote))
            ++q;
        if (q < b && q - after < 4) {
            after = q;
        } else {
            // the one told: "reporters", "him", "CNN", "The Associated Press"
            q = after;
            if (q < int(toks.size()) && lex.isToldObject(tv(q)))
                ++q;
            else
                while (q < b && q - after < 5 && ((toks[q].f & FCap) || is(q, u"the") || is(q, u"The")))
                    ++q;
            after = q;
        }
    }
    // "said on Monday that …": the claim starts after "that"
    for (int q = after; q < b && q - after < 7; ++q) {
        if (is(q, u"that")) {
            after = q + 1;
            break;
        }
        if ((toks[q].f & FPunct) && !isPunct(q, u','))
            break;
    }
    while (after < b && (is(after, u"that") || isPunct(after, u',') || isPunct(after, u':')))
        ++after;
    return after;
}

// The reporting verb of the sentence [a, b), -1 for none; sets accordingAt to "according (to)" instead
int ClaimFinder::findReportingVerb(int a, int b, int &accordingAt) const
{
    int v = -1, vQuoted = -1;
    for (int k = a; k < b; ++k) {
        if (!hasCue(k, CueReport) || !(toks[k].f & FWord))
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
        if (lex.isNounVerb(w) && k > a && (lex.isDeterminer(tv(k - 1)) || (toks[k - 1].f & FPunct)))
            continue;
        // passives ("has been found", "was reported") attribute nothing
        if (k > a && lex.isPassiveAuxiliary(tv(k - 1)))
            continue;
        if (lex.isOpinionVerb(w)) {
            // opinions count only with a personal subject: "I think", "she believes"
            if (!(k > a && (lex.isPronoun(tv(k - 1)) || (toks[k - 1].f & FCap))))
                continue;
        }
        // a reporting verb inside a quotation ("I think …," she said) counts only when the sentence
        // has none outside
        if (quoted[size_t(k)]) {
            vQuoted = k;
            continue;
        }
        v = k;
        break;
    }
    return v < 0 ? vQuoted : v;
}

void ClaimFinder::accordingTo(int a, int b, int accordingAt, Attribution &at)
{
    int k = accordingAt + 2;
    int se = k;
    while (se < b && !isPunct(se, u',') && !isPunct(se, u'.') && !isPunct(se, u';'))
        ++se;
    if (se >= b - 1 && accordingAt <= a + 1) {
        // "According to Rathbun the property was returned": the source is the name after "to"
        se = k;
        while (se < b && se - k < 6 && (lex.isDeterminer(tv(se)) || (toks[se].f & FCap)))
            ++se;
    }
    at.source = npText(k, se);
    if (accordingAt == a || (accordingAt == a + 1 && (toks[a].f & FPunct))) {
        at.cs = se + 1;
        at.ce = b;
    } else {
        at.cs = a;
        at.ce = accordingAt;
    }
    at.rule = Rule::AccordingTo;
}

// The first token of the subject that ends before k (a sentence starting at a)
int ClaimFinder::subjectStart(int a, int k) const
{
    int s0 = k;
    while (s0 > a && k - s0 < 8) {
        const int t = s0 - 1;
        if (toks[t].f & FPunct) {
            if (isPunct(t, u'.') && t > a && (toks[t - 1].f & FCap) && !(toks[t].f & FSpaceBefore))
                { --s0; continue; }
            if ((isPunct(t, u'-') || text[toks[t].s] == u'\u2011') && !(toks[t].f & FSpaceBefore))
                { --s0; continue; }
            break;
        }
        if ((toks[t].f & FLower) && lex.isClauseBoundary(tv(t)))
            break;
        if ((toks[t].f & FUsed) && !(toks[t].f & FCap))
            break;
        --s0;
    }
    return s0;
}

// The source and claim around the reporting verb at v in the sentence [a, b)
void ClaimFinder::verbAttribution(int a, int b, int v, Attribution &at)
{
    // subject before the verb
    int k = v;
    while (k > a && lex.isSubjectAdverb(tv(k - 1)))
        --k;
    // "Steve Whitmore, a representative for the office, told …": the subject opens the sentence
    if (k > a + 2 && isPunct(k - 1, u',') && (toks[a].f & FCap) && (!isCommon(a) || lex.isFirstName(tv(a))
                                                                      || hasCue(a, CueTitle))) {
        int c = a;
        while (c < k - 1 && !isPunct(c, u',') && c - a < 10)
            ++c;
        if (c < k - 1 && isPunct(c, u',') && c > a && b - v > 3) {
            at.source = npText(a, c);
            at.rule = Rule::ReportingVerb;
            at.cs = contentAfter(v, b);
            at.ce = b;
            return;
        }
    }
    // "Tomas Vrana, of the Liberty Party, warned": skip the appositive
    if (k > a + 2 && isPunct(k - 1, u',')) {
        int c = k - 2;
        while (c > a && !isPunct(c, u',') && !(toks[c].cue & CueQuote) && k - c < 10)
            --c;
        if (c > a && isPunct(c, u',') && (toks[c - 1].f & FWord) && !(toks[c - 1].f & FUsed))
            k = c;
    }
    const int s0 = subjectStart(a, k);
    if (s0 < k) {
        at.source = npText(s0, k);
        at.rule = Rule::ReportingVerb;
        const int after = contentAfter(v, b);
        if (b - after >= 3) {
            at.cs = after;
            at.ce = b;
        } else {
            at.cs = a;
            at.ce = s0;
        }
    } else {
        inverted(a, b, v, s0, at);
    }
}

// "…, said Bolden." / "…," said the spokesman.
void ClaimFinder::inverted(int a, int b, int v, int s0, Attribution &at)
{
    int q = v + 1;
    int qe = q;
    while (qe < b && qe - q < 9 && !((toks[qe].f & FLower) && lex.isClauseBoundary(tv(qe)) && !is(qe, u"for"))) {
        // "said Mr. Reeves", "said Stephen J. Townsend"
        if ((toks[qe].f & FPunct)
            && !(isPunct(qe, u'.') && qe > q && !(toks[qe].f & FSpaceBefore)
                 && (lex.isSentenceAbbrev(tv(qe - 1)) || tv(qe - 1).size() == 1) && qe + 1 < b))
            break;
        ++qe;
    }
    if (qe > q && !is(q, u"that")) {
        at.source = npText(q, qe);
        at.rule = Rule::ReportingVerbInverted;
        at.cs = a;
        at.ce = s0;
        if (at.ce - at.cs < 2) {
            at.cs = qe;
            at.ce = b;
        }
    } else if (is(v + 1, u"that") && b - v > 4) {
        // "…revealed that children are iodine deficient": a claim whose source is not named
        at.rule = Rule::ReportingVerbNoSource;
        at.cs = v + 2;
        at.ce = b;
    }
}

void ClaimFinder::addAttributed(int si, Attribution &at)
{
    int cs = at.cs, ce = at.ce;
    while (ce > cs && (toks[ce - 1].f & FPunct) && !(toks[ce - 1].cue & CueQuote))
        --ce;
    while (cs < ce && (toks[cs].f & FPunct) && !(toks[cs].cue & CueQuote))
        ++cs;
    if (ce <= cs)
        return;
    // a quotation that ends in this sentence but began earlier belongs to the claim
    int cStart = toks[cs].s, cEnd = toks[ce - 1].e;
    // (quotes are ordered by their closing mark: a binary search keeps long lines linear)
    auto qi = std::lower_bound(quotes.cbegin(), quotes.cend(), cStart,
                               [&](const Quote &q, int pos) { return toks[q.e].s < pos; });
    for (; qi != quotes.cend() && toks[qi->e].s < cEnd + 2; ++qi)
        if (toks[qi->s].s < cStart)
            cStart = toks[qi->s].s;
    // pronoun sources: say who
    const QString src = at.source.trimmed();
    QString shown = src;
    const QStringView lastPerson = ctx.lastPerson;
    if (lex.isPronoun(src) && src.compare(u"it"_s, Qt::CaseInsensitive) != 0
        && src.compare(u"I"_s) != 0 && src.compare(u"we"_s, Qt::CaseInsensitive) != 0
        && src.compare(u"they"_s, Qt::CaseInsensitive) != 0 && !lastPerson.isEmpty())
        shown = src + u" ("_s + lastPerson.toString() + u")"_s;
    ctx.claims.append({cStart, cEnd, u"ATTRIBUTED"_s, shown, ruleName(at.rule), ruleConfidence(at.rule)});
    sentSource[si] = shown;
}

// quotations as claims
void ClaimFinder::quoteClaims()
{
    for (const Quote &q : std::as_const(quotes)) {
        int words = 0;
        for (int k = q.s + 1; k < q.e; ++k)
            words += (toks[k].f & (FWord | FNum)) ? 1 : 0;
        if (words < 4)
            continue;
        const int siClose = int(std::upper_bound(sentStarts.cbegin(), sentStarts.cend(), q.e) - sentStarts.cbegin()) - 1;
        const int siOpen = int(std::upper_bound(sentStarts.cbegin(), sentStarts.cend(), q.s) - sentStarts.cbegin()) - 1;
        QString src;
        if (siClose >= 0 && siClose < ns)
            src = sentSource[siClose];
        if (src.isEmpty() && siClose + 1 < ns && q.e + 2 >= sentStarts[siClose + 1])
            src = sentSource[siClose + 1];
        if (src.isEmpty() && siOpen >= 0 && siOpen < ns)
            src = sentSource[siOpen];
        ctx.claims.append({toks[q.s].s, toks[q.e].e, u"QUOTE"_s, src, ruleName(Rule::Quotation),
                           ruleConfidence(Rule::Quotation)});
    }
}

// statistics: figures stated as fact (sentences with a number, percentage or amount and no source)
void ClaimFinder::statisticClaims()
{
    for (int si = 0; si < ns; ++si) {
        if (!sentSource[si].isEmpty())
            continue;
        const int a = sentStarts[si], b = sentStarts[si + 1];
        if (b - a < 4)
            continue;
        bool figure = false;
        for (int k = a; k < b && !figure; ++k) {
            if ((toks[k].f & FUsed) && !(toks[k].f & FInDate) && ((toks[k].f & FNum) || hasCue(k, CueCurrencySign)))
                figure = true;
        }
        if (!figure)
            continue;
        ctx.claims.append({toks[a].s, toks[b - 1].e, u"STATISTIC"_s, QString(), ruleName(Rule::Figure),
                           ruleConfidence(Rule::Figure)});
    }
}

void ClaimFinder::findAll()
{
    findQuotes();
    // attributions per sentence
    sentSource.resize(ns);
    for (int si = 0; si < ns; ++si) {
        const int a = sentStarts[si], b = sentStarts[si + 1];
        if (b - a < 3)
            continue;
        int accordingAt = -1;
        const int v = findReportingVerb(a, b, accordingAt);
        Attribution at;
        if (accordingAt >= 0)
            accordingTo(a, b, accordingAt, at);
        else if (v >= 0)
            verbAttribution(a, b, v, at);
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
