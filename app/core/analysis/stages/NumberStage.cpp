// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/stages/NumberStage.h"

#include "core/analysis/AnalysisContext.h"

namespace marginalia::analysis {

namespace {

// Dates, times, money and quantities of one line. Each try…() looks for one kind of span at token i; when
// it finds one it adds it, moves i to its last token and returns true.
class NumberFinder : ContextAccess {
public:
    explicit NumberFinder(AnalysisContext &context)
        : ContextAccess(context)
        , n(int(context.toks.size()))
    {
    }
    void findAll();

private:
    const int n;

    void addEntity(int ts, int te, int type, int strength, Rule rule, double confidence)
    {
        ctx.ents.append(
            candidate(toks[ts].start, toks[te - 1].end, type, strength, &ruleName(rule), false, confidence));
        for (int k = ts; k < te; ++k)
            toks[k].flags |= type == TDate ? (FUsed | FInDate) : FUsed;
    }
    void addEntity(int ts, int te, int type, int strength, Rule rule)
    {
        addEntity(ts, te, type, strength, rule, ruleConfidence(rule));
    }
    bool isNumberTok(int i) const { return i >= 0 && i < int(toks.size()) && (toks[i].flags & (FNum | FNumWord)); }
    bool isYear(int i) const;
    int numberPhrase(int i, int end, bool allowWords) const;
    bool dayNum(int k) const;
    int rangeTail(int k) const;
    int skipComma(int k) const { return isPunct(k, u',') ? k + 1 : k; }
    int monthDateAt(int i, int j) const;
    int dateAt(int i) const;

    bool tryDate(int &i);
    // a word of 4 to 8 letters starting like one of Lexicon::isRelativeDateWord()
    bool mayStartRelativeDate(int i) const
    {
        return (toks[i].flags & FWord) && toks[i].end - toks[i].start >= 4 && toks[i].end - toks[i].start <= 8
               && oneOf(text[toks[i].start], u"lLnNtTpPcCeE");
    }
    bool tryRelativeDate(int &i);
    bool tryTime(int &i);
    bool tryMoneySymbol(int &i);
    bool insideName(int i) const;
    bool tryNumberShape(int i);
    bool isSectionNumber(int i) const;
    bool tryMoneyYearOrDuration(int &i, int ne, int re);
    void quantity(int &i);
};

bool NumberFinder::isYear(int i) const
{
    if (!(toks[i].flags & FNum))
        return false;
    const QStringView tokenText = tv(i);
    if (tokenText.size() != 4)
        return false;
    for (QChar c : tokenText)
        if (!c.isDigit())
            return false;
    const int y = tokenText.toInt();
    return y >= 1000 && y <= 2099;
}

// A run of number tokens: "2 million", "five thousand", "1,426", "twenty-five". Returns the end.
int NumberFinder::numberPhrase(int i, int end, bool allowWords) const
{
    int j = i;
    while (j < end && (isNumberTok(j) || (j > i && hasCue(j, CueScale)))) {
        if (!allowWords && !(toks[j].flags & FNum) && !hasCue(j, CueScale))
            break;
        if (j > i && (toks[j].flags & FNum) && (toks[j - 1].flags & FNum))
            break;
        ++j;
    }
    return j;
}

// A day of the month: 21, 21st, 25-26
bool NumberFinder::dayNum(int k) const
{
    if (k >= n || !(toks[k].flags & FNum))
        return false;
    QStringView tokenText = tv(k);
    qsizetype digits = 0;
    while (digits < tokenText.size() && tokenText[digits].isDigit())
        ++digits;
    tokenText = tokenText.left(digits);
    bool ok = false;
    const int d = tokenText.toInt(&ok);
    return ok && d >= 1 && d <= 31;
}

// The end of a day range: "-26" or "- 17" or "–19"
int NumberFinder::rangeTail(int k) const
{
    if (k < n && (toks[k].flags & FPunct)) {
        const QChar c = text[toks[k].start];
        if ((c == u'-' || c == u'\u2013' || c == u'\u2014') && dayNum(k + 1))
            return k + 2;
    }
    if (k < n && (toks[k].flags & FNum) && tv(k).startsWith(QChar(u'-')))
        return k + 1;
    return k;
}

// A date starting with the month at j (the date itself starts at i): the end token, or i
int NumberFinder::monthDateAt(int i, int j) const
{
    const QStringView month = tv(j);
    int k = j + 1;
    if (isPunct(k, u'.') && !(toks[k].flags & FSpaceBefore) && month.size() <= 4 && dayNum(k + 1))
        ++k;
    if (dayNum(k)) {
        k = rangeTail(k + 1);
        const int y = skipComma(k);
        if (y < n && isYear(y))
            k = y + 1;
        return k;
    }
    if (k < n && isYear(k))
        return k + 1;
    // a month alone: full names except the modal "May"; abbreviations need a day
    if (month.size() >= 5 || month == u"June" || month == u"July") {
        if (month == u"March" && j > 0 && !(toks[j - 1].flags & FWord))
            return i;
        return k;
    }
    if (month == u"May" && j > 0 && lex.isMayCue(tv(j - 1)))
        return k;
    return i;
}

// The end token of a date starting at i, or i
int NumberFinder::dateAt(int i) const
{
    int j = i;
    if (hasCue(j, CueWeekday)) {
        ++j;
        const int k = skipComma(j);
        if (hasCue(k, CueMonth) || dayNum(k))
            j = k;
        else
            return j;
    }
    if (dayNum(j) && hasCue(j + 1, CueMonth)) { // 21 July 2017
        j += 2;
        if (isPunct(j, u'.') && !(toks[j].flags & FSpaceBefore))
            ++j;
        if (j < n && isYear(j))
            ++j;
        return j;
    }
    if (hasCue(j, CueMonth))
        return monthDateAt(i, j);
    return j;
}

bool NumberFinder::tryDate(int &i)
{
    const int dateEnd = dateAt(i);
    if (dateEnd > i) {
        addEntity(i, dateEnd, TDate, 3, Rule::Date);
        i = dateEnd - 1;
        return true;
    }
    if (hasCue(i, CueDateWord)) {
        int k = i + 1;
        if ((hasCue(k, CueTimeUnit) && (toks[k].flags & FLower)) || is(k, u"Day") || is(k, u"Eve"))
            ++k; // "yesterday afternoon", "Thanksgiving Day"
        addEntity(i, k, TDate, 3, Rule::DateWord);
        i = k - 1;
        return true;
    }
    return false;
}

// last week, this year, next Monday, the past 30 days (i passed mayStartRelativeDate())
bool NumberFinder::tryRelativeDate(int &i)
{
    char16_t lbuf[8];
    const QStringView lowered = lower(i);
    for (qsizetype k = 0; k < lowered.size(); ++k)
        lbuf[k] = lowered[k].unicode();
    const QStringView lowerWord(lbuf, lowered.size()); // a copy: lower() reuses its buffer
    if (!lex.isRelativeDateWord(lowerWord))
        return false;
    int k = i + 1;
    const int numEnd = numberPhrase(k, n, true);
    if (numEnd > k)
        k = numEnd;
    if (!hasCue(k, CueTimeUnit | CueWeekday | CueMonth | CueDateWord) || (toks[k].flags & FUsed))
        return false;
    int first = i;
    if (lowerWord == u"early" || lowerWord == u"late" || lowerWord == u"earlier" || lowerWord == u"later") {
        if (!(hasCue(k, CueMonth) || is(k, u"this") || is(k, u"last")))
            return false;
    }
    if (first > 0 && is(first - 1, u"the")
        && (lowerWord == u"past" || lowerWord == u"last" || lowerWord == u"next" || lowerWord == u"previous"
            || lowerWord == u"coming"))
        --first;
    else if (first > 0 && (is(first - 1, u"The") || is(first - 1, u"this") || is(first - 1, u"This"))
             && (lowerWord == u"past" || lowerWord == u"last"))
        --first;
    ++k;
    if (k < n && isYear(k) && hasCue(k - 1, CueMonth))
        ++k;
    if (hasCue(k - 1, CueDateWord) && (is(k, u"Day") || is(k, u"Eve")))
        ++k;
    addEntity(first, k, TDate, 2, Rule::DateRelative);
    i = k - 1;
    return true;
}

// times: 10 a.m., 15:11 GMT; decades: the 1990s
bool NumberFinder::tryTime(int &i)
{
    if (!(toks[i].flags & FNum))
        return false;
    const QStringView tokenText = tv(i);
    const bool clock = hasChar(tokenText, u':');
    int k = i + 1;
    if (k < n && lex.isClockMarker(tv(k))) {
        ++k;
        if (isPunct(k, u'.') && !(toks[k].flags & FSpaceBefore) && k + 1 < n && !(toks[k + 1].flags & FCap))
            ++k;
        if (k < n && (lex.isTimeZone(tv(k)) || is(k, u"local")))
            ++k;
        addEntity(i, k, TDate, 3, Rule::Time);
        i = k - 1;
        return true;
    }
    if (clock) {
        if (k < n && lex.isTimeZone(tv(k)))
            ++k;
        addEntity(i, k, TDate, 3, Rule::Time, 0.8); // less sure than with a.m./p.m.
        i = k - 1;
        return true;
    }
    if (tokenText.size() == 5 && tokenText.endsWith(QChar(u's')) && tokenText.at(0).isDigit()) {
        int first = (i > 0 && is(i - 1, u"the")) ? i - 1 : i;
        addEntity(first, i + 1, TDate, 3, Rule::Decade);
        return true;
    }
    return false;
}

// money: [US]$ 20,000 [million]
bool NumberFinder::tryMoneySymbol(int &i)
{
    int first = i, k = i;
    if ((toks[k].flags & FAllCaps) && !(toks[k].flags & FDotted) && tv(k).size() <= 3 && hasCue(k + 1, CueCurrencySign))
        ++k;
    if (!hasCue(k, CueCurrencySign) || !(toks[k].flags & FPunct))
        return false;
    const int ne = numberPhrase(k + 1, n, false);
    if (ne <= k + 1)
        return false;
    int end = ne;
    if (hasCue(end, CueScale))
        ++end;
    addEntity(first, end, TMoney, 3, Rule::MoneySymbol);
    i = end - 1;
    return true;
}

// "Channel Four News": a capitalised number word inside a name is part of the name
bool NumberFinder::insideName(int i) const
{
    return (toks[i].flags & FCap) && !(toks[i].flags & FSent)
           && ((i > 0 && (toks[i - 1].flags & FCap) && (toks[i - 1].flags & FWord))
               || (i + 1 < n && (toks[i + 1].flags & FCap) && (toks[i + 1].flags & FWord)));
}

// Numbers that are no quantity (ordinals, names) or a duration used as an adjective; true when done with i
bool NumberFinder::tryNumberShape(int i)
{
    if (!(toks[i].flags & FNum))
        return false;
    const QStringView tokenText = tv(i);
    // ordinals (3rd, 501st) are not quantities; before a name they belong to it ("2nd Battalion")
    if (tokenText.endsWith(u"st") || tokenText.endsWith(u"nd") || tokenText.endsWith(u"rd")
        || tokenText.endsWith(u"th"))
        return true;
    // "4chan", "1010data": a name that starts with digits
    if (tokenText.size() > 2 && tokenText.back().isLetter() && !tokenText.endsWith(QChar(u's'))
        && !hasChar(tokenText, u'-'))
        return true;
    // "20-minute", "11-year": a duration used as an adjective
    const qsizetype dash = tokenText.indexOf(QChar(u'-'));
    if (dash > 0 && dash + 1 < tokenText.size() && tokenText[dash + 1].isLetter()) {
        const QStringView unit = tokenText.mid(dash + 1);
        if (lex.isDurationUnit(unit)) {
            addEntity(i, i + 1, TDate, 2, Rule::Duration);
            return true;
        }
        if (unit == u"plus") {
            addEntity(i, i + 1, TQuantity, 2, Rule::Number, 0.7); // "20-plus": vaguer than a number
            return true;
        }
    }
    return false;
}

// "1 Introduction", "2.1 Methods", "3. Results": the number opening a heading is no quantity
bool NumberFinder::isSectionNumber(int i) const
{
    if (i != 0 || !ctx.headline || !(toks[i].flags & FNum) || i + 1 >= n)
        return false;
    int next = i + 1;
    if (isPunct(next, u'.') && next + 1 < n)
        ++next;
    if (!(toks[next].flags & FCap) || !(toks[next].flags & FWord))
        return false;
    const QStringView number = tv(i);
    for (QChar c : number)
        if (!isDigit(c) && c != u'.')
            return false;
    return number.size() <= 6;
}

// After a number phrase ending at ne (or a range ending at re): an amount of money, a year or a duration
bool NumberFinder::tryMoneyYearOrDuration(int &i, int ne, int re)
{
    const int curAt = re > ne ? re : ne;
    // "500 pounds of halibut" is a weight
    if (hasCue(curAt, CueCurrency) && !(is(curAt, u"pounds") && (is(curAt + 1, u"of") || is(curAt + 1, u"per")))) {
        const int end = curAt + 1;
        addEntity(i, end, TMoney, 3, Rule::MoneyWord);
        i = end - 1;
        return true;
    }
    if (isYear(i) && ne == i + 1 && !hasCue(i + 1, CueUnit | CueTimeUnit | CueScale)
        && !(i > 0 && hasCue(i - 1, CueCurrencySign))) {
        // "the summer of 2017"
        int first = i;
        if (i >= 2 && is(i - 1, u"of") && hasCue(i - 2, CueTimeUnit) && !(toks[i - 2].flags & FUsed)) {
            first = i - 2;
            // "the second quarter of 2023", "the first half of 2019"
            if (first > 0 && lex.isYearPartOrdinal(tv(first - 1)))
                --first;
            if (first > 0 && is(first - 1, u"the"))
                --first;
        }
        addEntity(first, i + 1, TDate, 2, Rule::Year);
        return true;
    }
    if (hasCue(re, CueTimeUnit) && (toks[re].flags & FLower)) {
        int end = re + 1;
        if (end < n && lex.isAfterDuration(tv(end)))
            ++end;
        addEntity(i, end, TDate, 2, Rule::Duration);
        i = end - 1;
        return true;
    }
    return false;
}

// A number phrase at i: money, a year, a duration, a percentage, a measure or a plain quantity
void NumberFinder::quantity(int &i)
{
    int ne = numberPhrase(i, n, true);
    if (ne <= i)
        ne = i + 1;
    // ranges: 15 to 20 percent, 8–10 years
    int re = ne;
    if (re < n
        && (is(re, u"to")
            || ((toks[re].flags & FPunct) && (text[toks[re].start] == u'-' || text[toks[re].start] == u'\u2013')))
        && isNumberTok(re + 1)) {
        const int r2 = numberPhrase(re + 1, n, true);
        if (r2 > re + 1 && (hasCue(r2, CueUnit | CueTimeUnit | CueCurrency) || isPunct(r2, u'%')))
            re = r2;
    }
    if (tryMoneyYearOrDuration(i, ne, re))
        return;
    int end = re;
    Rule rule = Rule::Number;
    if (isPunct(end, u'%')) {
        ++end;
        rule = Rule::Percent;
    } else if (hasCue(end, CueUnit)) {
        const QStringView unit = tv(end);
        ++end;
        if ((unit == u"square" || unit == u"cubic" || unit == u"sq") && hasCue(end, CueUnit))
            ++end;
        else if (unit == u"per" && (is(end, u"cent") || is(end, u"hour")))
            ++end;
        rule = Rule::NumberUnit;
    }
    // a lone "one" in "one of", "no one" is still a number for the gold conventions, but
    // "one" as a pronoun after a determiner is not
    if (end == i + 1 && !(toks[i].flags & FNum)) {
        if (i > 0 && lex.isPronounDeterminer(tv(i - 1)))
            return;
        if (lex.isVagueAmount(lower(i)))
            return;
    }
    addEntity(i, end, TQuantity, 2, rule);
    i = end - 1;
}

void NumberFinder::findAll()
{
    // The checks before each try…() are what it needs of token i at the least: they keep the calls (and
    // their cost) to the few tokens that can start a span.
    for (int i = 0; i < n; ++i) {
        const quint16 flags = toks[i].flags, cue = toks[i].cue;
        if (flags & FUsed)
            continue;
        const bool number = flags & FNum;
        if ((number || (cue & (CueWeekday | CueMonth | CueDateWord))) && tryDate(i))
            continue;
        if (mayStartRelativeDate(i) && tryRelativeDate(i))
            continue;
        if (number && tryTime(i))
            continue;
        if (((cue & CueCurrencySign) || (flags & FAllCaps)) && tryMoneySymbol(i))
            continue;
        if (insideName(i) || (number && (tryNumberShape(i) || isSectionNumber(i))))
            continue;
        if (isNumberTok(i))
            quantity(i);
    }
}

} // namespace

void NumberStage::run(AnalysisContext &ctx) const
{
    NumberFinder(ctx).findAll();
}

} // namespace marginalia::analysis
