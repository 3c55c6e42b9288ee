#include "core/analysis/stages/EntityTypeStage.h"

#include "core/analysis/AnalysisContext.h"

namespace marginalia::analysis {

namespace {

class EntityTyper : ContextAccess
{
public:
    explicit EntityTyper(AnalysisContext &context)
        : ContextAccess(context)
    {
    }
    void typeChunk(int a, int b, int sentA);

private:
    const WordTable &table = ctx.table;

    bool capWord(int k) const;
    bool atStart(int k, int sentA) const;
    bool trimLeading(int &a, int b, int sentA);
    bool nationalityLike(int k) const;
    bool splitAtTitle(int a, int b);
    void add(int x, int y, int type, int strength, Rule rule);
    bool tryPlace(int a, int b, QStringView whole);
    bool tryCueWords(int a, int b, int sentA);
    bool tryShapes(int a, int b, QStringView whole);
    void typeByNameShape(int a, int b, bool keptInitial);
};

bool EntityTyper::capWord(int k) const
{
    return (toks[k].f & FWord) && ((toks[k].f & FCap) || (tv(k).indexOf(QChar(u'-')) > 0 && tv(k).indexOf(QChar(u'-')) <= 3));
}

bool EntityTyper::atStart(int k, int sentA) const
{
    if (k == sentA || (toks[k].f & FSent))
        return true;
    if (k > 0 && (toks[k - 1].f & FPunct)) {
        const QChar c = text[toks[k - 1].s];
        if ((c == u'"' || c == u'\'') && !(toks[k - 1].f & FSpaceBefore) && k - 1 > 0)
            return false; // a closing quote
        return c == u'"' || c == u'\u201C' || c == u'(' || c == u':' || c == u'\u2018' || c == u'\''
               || c == u'\u2014' || c == u'-' || c == u'[';
    }
    return false;
}

// Drops words at the start of the run that are no part of the name ("The", a sentence-initial everyday
// word). Returns whether an everyday first word was kept because a name follows ("Whole Foods").
bool EntityTyper::trimLeading(int &a, int b, int sentA)
{
    bool keptInitial = false;
    while (a < b) {
        const QStringView w = tv(a);
        if (lex.isNonName(w) && !(toks[a].f & FAllCaps && w.size() > 2)) {
            ++a;
            continue;
        }
        const bool nameFollows = b - a == 2 && !isCommon(a + 1) && !lex.isProper(tv(a + 1)) && !lex.isPlace(tv(a + 1))
                                 && !hasCue(a + 1, CueOrg | CueLocWord) && lex.isCommonWord(lower(a)) && w.size() >= 4
                                 && !lex.isNonName(w);
        if (nameFollows) {
            keptInitial = true;
            break;
        }
        // keep it when it begins a known place ("United States", "New Zealand") or an organisation name
        // ("New People Party", "Civil Defense Authority")
        bool begins = false;
        if (b - a >= 2) {
            const int maxW = std::min(lex.placeMaxWords(w), b - a);
            for (int k = 2; k <= maxW && !begins; ++k)
                begins = lex.isPlace(span(toks[a].s, toks[a + k - 1].e));
            for (int k = a + 1; k < b && !begins; ++k)
                begins = hasCue(k, CueOrg) && !lex.isNonName(w) && (toks[a + 1].f & FCap);
        }
        if (!begins && b - a == 2 && (toks[a + 1].f & FCap) && isCommon(a + 1) && !lex.isNonName(w)
            && !lex.isLocPreposition(lower(a)) && w.size() >= 4)
            begins = true; // "Whole Foods said", "Human Rights"
        if (!begins && atStart(a, sentA) && !(toks[a].f & FAllCaps) && !hasCue(a, CueTitle | CueOrg) && isCommon(a)
            && !lex.isProper(w) && !lex.isFirstName(w) && !lex.isPlace(w)) {
            ++a;
            continue;
        }
        break;
    }
    return keptInitial;
}

bool EntityTyper::nationalityLike(int k) const
{
    const QStringView w = tv(k);
    if (!(toks[k].f & FCap) || (toks[k].f & FAllCaps) || lex.isPlace(w) || lex.isFirstName(w))
        return false;
    if (lex.isNationalityWord(w))
        return true;
    return lex.isProper(w) && Lexicon::hasNationalityEnding(w);
}

// titles: "U.S. Army General Joseph Votel", "Secretary of State John Kerry", "Dr. Ahmed Kamil Murad".
// True when the run is typed (or dropped) here.
bool EntityTyper::splitAtTitle(int a, int b)
{
    int lastTitle = -1;
    for (int k = a; k < b; ++k)
        if (hasCue(k, CueTitle))
            lastTitle = k;
    if (lastTitle >= 0) {
        // the person: the tokens after the title; after "Secretary of …" skip the portfolio words
        int p = lastTitle + 1;
        while (p < b && (isPunct(p, u'.') || (toks[p].f & FLower)))
            ++p;
        if (p > lastTitle + 1 && (toks[p - 1].f & FLower)) {
            auto skippable = [&](int k) {
                return isCommon(k) && !lex.isFirstName(tv(k)) && !lex.isProper(tv(k));
            };
            while (p < b && b - p > 2 && skippable(p))
                ++p;
            if (b - p == 2 && skippable(p) && !isCommon(p + 1))
                ++p;
        }
        if (b - p > 4 || hasCue(b - 1, CueOrg | CueLocWord))
            p = b;
        {
            // "Director of the National Iodine Nutrition study": everyday words only are no name
            bool named = false;
            for (int k = p; k < b && !named; ++k)
                named = !isCommon(k) || lex.isFirstName(tv(k)) || lex.isProper(tv(k)) || tv(k).size() == 1;
            if (!named)
                p = b;
        }
        if (p < b) {
            // after "of"/"for" in the title ("Secretary of State Kerry") the name must not be a common word
            // unless it is a known given name
            ctx.ents.append(candidate(toks[p].s, toks[b - 1].e, TPerson, 3, &ruleName(Rule::Title), true, ruleConfidence(Rule::Title)));
            ctx.lastPerson = span(toks[p].s, toks[b - 1].e);
            // the part before the title block can be an organisation or place ("U.S. Army", "Malaysia")
            int t0 = lastTitle;
            while (t0 > a && (hasCue(t0 - 1, CueTitle) || isPunct(t0 - 1, u'.') || (toks[t0 - 1].f & FLower)))
                --t0;
            if (t0 > a)
                typeChunk(a, t0, -1);
            return true;
        }
        // title not followed by a name: "the President", "Prime Minister" — not an entity here,
        // but what comes before it may be ("Afghan Ambassador" no; "U.S. Army" yes)
        int t0 = lastTitle;
        while (t0 > a && (hasCue(t0 - 1, CueTitle) || (toks[t0 - 1].f & FLower)))
            --t0;
        if (t0 == a && b - a <= 3)
            return true;
        if (t0 > a) {
            typeChunk(a, t0, -1);
            return true;
        }
        // "Chairman of the Australian Centre for …": the organisation after the title
        int after = lastTitle + 1;
        while (after < b && (toks[after].f & FLower))
            ++after;
        if (after > lastTitle + 1 && after < b) {
            typeChunk(after, b, -1);
            return true;
        }
    }
    return false;
}

// Adds the run [x, y) as an entity, with what the document stages need to know about it
void EntityTyper::add(int x, int y, int type, int strength, Rule rule)
{
    Candidate c = candidate(toks[x].s, toks[y - 1].e, type, strength, &ruleName(rule), false, ruleConfidence(rule));
    if (type == TPerson || type == TNone) {
        bool namey = lex.isFirstName(tv(x)) || lex.isProper(tv(x));
        for (int k = x; k < y; ++k)
            if (!(toks[k].f & FCap) || hasCue(k, CueOrg | CueLocWord))
                namey = false;
        c.nameLike = namey;
    }
    c.single = y - x == 1;
    if (c.single && x > 0 && (toks[x - 1].f & FWord)) {
        const QStringView p = lower(x - 1);
        c.afterPlacePreposition = lex.isPlacePreposition(p) || lex.isPlaceVerb(p);
        if (p == u"of" && x > 1)
            c.afterPlacePreposition = lex.isPlaceOfNoun(lower(x - 2));
    }
    if (c.single && !c.afterPlacePreposition && y < int(toks.size())) {
        // "Evansville, Indiana", "Raqqah, Syria": a name followed by a known place it lies in
        if (isPunct(y, u',') && y + 1 < int(toks.size()) && (toks[y + 1].f & FCap) && (toks[y + 1].f & FWord)) {
            const int maxW = std::min(lex.placeMaxWords(tv(y + 1)), int(toks.size()) - y - 1);
            for (int k = 1; k <= maxW && !c.afterPlacePreposition; ++k)
                c.afterPlacePreposition = lex.isPlace(span(toks[y + 1].s, toks[y + k].e));
        } else if ((toks[y].f & FLower) && (toks[y].f & FWord)) {
            // "an Ottawa street", "the Mosul offensive"
            c.afterPlacePreposition = lex.isPlaceNounAfter(tv(y));
        }
    }
    c.dictionary = c.single && (isCommon(x) || lex.isProper(tv(x)) || (toks[x].f & FAllCaps));
    c.dictionaryName = c.single && lex.isProper(tv(x)) && !isCommon(x) && !(toks[x].f & FAllCaps);
    if (c.dictionaryName) {
        // nationalities and peoples ("Iraqi", "Syrians", "English") are not organisations
        if (Lexicon::hasPeopleEnding(tv(x)))
            c.dictionaryName = false;
    }
    if (type == TPerson)
        ctx.lastPerson = span(c.s, c.e);
    ctx.ents.append(c);
}

// gazetteer: a known place; a country acting (a government, a team) is an organisation
bool EntityTyper::tryPlace(int a, int b, QStringView whole)
{
    if (!lex.isPlace(whole) || (b - a == 1 && lex.isFirstName(whole) && !lex.isCountry(whole)))
        return false;
    // a country acting (a government, a team) is an organisation: "Sweden defeated", "Iraq said"
    int vb = b;
    while (vb < int(toks.size()) && lex.isActingAdverb(tv(vb)))
        ++vb;
    if (vb < int(toks.size()) && (toks[vb].f & FLower) && (toks[vb].f & FWord) && !(toks[vb].f & FUsed)) {
        const QStringView v = tv(vb);
        if ((hasCue(vb, CueReport) && !lex.isNounVerb(v)) || (v.endsWith(u"ed") && v != u"based")
            || lex.isActingVerb(v)) {
            int s0 = a;
            if (s0 > 0 && (is(s0 - 1, u"the") || is(s0 - 1, u"The")))
                --s0;
            add(s0, b, TOrg, 3, Rule::PlaceActing);
            return true;
        }
    }
    add(a, b, TLoc, 3, Rule::Gazetteer);
    return true;
}

// Cue words inside or before the run: organisation and place words, facilities, titles, given names
bool EntityTyper::tryCueWords(int a, int b, int sentA)
{
    bool anyOrg = false, lastLoc = hasCue(b - 1, CueLocWord);
    for (int k = a; k < b; ++k)
        anyOrg |= hasCue(k, CueOrg) != 0;
    if (!anyOrg && !lastLoc && b - a >= 2) {
        const int maxW = lex.placeMaxWords(tv(a));
        for (int w = std::min(maxW, b - a - 1); w >= 1; --w) {
            const QStringView place = span(toks[a].s, toks[a + w - 1].e);
            if (lex.isCountry(place) || (w >= 2 && lex.isPlace(place))) {
                typeChunk(a, a + w, -1);
                typeChunk(a + w, b, -1);
                return true;
            }
        }
    }
    if (b - a == 1 && hasCue(a, CueOrg | CueLocWord) && isCommon(a)) {
        // "the Coalition said": a capitalised organisation word in mid-sentence names one organisation
        if (hasCue(a, CueOrg) && !atStart(a, sentA) && a > 0 && (is(a - 1, u"the") || is(a - 1, u"The")))
            add(a, b, TOrg, 1, Rule::OrgWordAlone);
        return true; // "University" alone
    }
    if ((toks[a].f & FAllCaps) && b - a == 1 && tv(a).size() > 4 && isCommon(a))
        return true; // shouting, not an acronym
    {
        // facilities named by their last word are places: "Johnson Space Center", "Museum of Flight"
        const QStringView last = tv(b - 1), first = tv(a);
        if ((lex.isFacilityWord(last) || first == u"Museum")
            && b - a >= 2) {
            add(a, b, TLoc, 2, Rule::Facility);
            return true;
        }
    }
    if (hasCue(b - 1, CueOrg) || (anyOrg && !lastLoc)) {
        add(a, b, TOrg, 3, Rule::OrgWord);
        return true;
    }
    if (lastLoc) {
        add(a, b, TLoc, 3, Rule::LocWord);
        return true;
    }
    // context before the run
    const bool afterMr = a > 0 && isPunct(a - 1, u'.') && a > 1 && hasCue(a - 2, CueTitle);
    const bool afterTitle = a > 0 && hasCue(a - 1, CueTitle);
    if (afterMr || afterTitle) {
        add(a, b, TPerson, 3, Rule::Title);
        return true;
    }
    if (lex.isFirstName(tv(a)) && b - a >= 2) {
        add(a, b, TPerson, 3, Rule::GivenName);
        return true;
    }
    return false;
}

// The shape of the run or its neighbours: a nationality group, a place prefix, a preposition, a dateline,
// an acronym
bool EntityTyper::tryShapes(int a, int b, QStringView whole)
{
    // "Iraqi forces", "Kurdish fighters": a group named by its nationality
    if (b - a == 1 && b < int(toks.size()) && (toks[b].f & FLower)) {
        QStringView nw = tv(b);
        int e = b;
        if (lex.isGroupQualifier(nw) && b + 1 < int(toks.size())) {
            nw = tv(b + 1);
            e = b + 1;
        }
        const QStringView w = tv(a);
        const bool adjective = w.endsWith(u"n") || w.endsWith(u"i") || w.endsWith(u"ese") || w.endsWith(u"ish")
                               || w.endsWith(u"ch");
        if (adjective && !lex.isPlace(w) && lex.isGroupNoun(nw)) {
            int s0 = a;
            if (s0 > 0 && is(s0 - 1, u"the"))
                --s0;
            add(s0, e + 1, TOrg, 2, Rule::NationalGroup);
            return true;
        }
    }
    // places: "Los Angeles", "Al Huwayjah", "Fort Worth"
    {
        if (b - a >= 2 && lex.isPlacePrefix(tv(a))
            && !lex.isFirstName(tv(a + 1))) {
            add(a, b, TLoc, 2, Rule::PlaceShape);
            return true;
        }
    }
    if (a > 0 && (toks[a - 1].f & FWord) && b - a <= 3 && !lex.isFirstName(tv(a))) {
        const QStringView p = lower(a - 1);
        if (lex.isPlaceAfterPreposition(p)) {
            add(a, b, TLoc, 1, Rule::AfterPreposition);
            return true;
        }
    }
    if (b - a == 1 && lex.isFirstName(tv(a)) && !lex.isPlace(tv(a)) && !isCommon(a)) {
        add(a, b, TPerson, 1, Rule::GivenName);
        return true;
    }
    if ((toks[a].f & FAllCaps) && !(toks[a].f & FDotted)) {
        // "CAIRO — Gunmen opened fire": a dateline at the start of a paragraph names a place
        const bool dateline = a == 0 && b < int(toks.size()) && (toks[b].f & FPunct)
                              && oneOf(text[toks[b].s], u"—–-,(");
        QString title = whole.toString().toLower();
        for (qsizetype k = 0; k < title.size(); ++k)
            if (k == 0 || title[k - 1] == u' ')
                title[k] = title[k].toUpper();
        if (dateline || lex.isPlace(title)) {
            add(a, b, TLoc, 2, Rule::Dateline);
            return true;
        }
        if (b - a == 1) {
            add(a, b, TOrg, 2, Rule::Acronym);
            return true;
        }
    }
    if ((toks[a].f & FDotted) && b - a == 1 && !lex.isPlace(whole) && tv(a).size() >= 4 && (toks[a].f & FCap)) {
        add(a, b, TOrg, 2, Rule::Acronym); // "U.N.", "E.U."
        return true;
    }
    return false;
}

// No cue left: a person when every word looks like a name, else a speaker or an untyped capitalised run
void EntityTyper::typeByNameShape(int a, int b, bool keptInitial)
{
    // followed by a reporting verb: a person (or an organisation, decided by consistency later)
    const bool saidAfter = b < int(toks.size()) && hasCue(b, CueReport) && (toks[b].f & FLower);
    int allNamey = 0;
    for (int k = a; k < b; ++k)
        if (!isCommon(k) || lex.isProper(tv(k)) || lex.isFirstName(tv(k)))
            ++allNamey;
    if (keptInitial)
        ++allNamey;
    for (int k = a; k < b; ++k) {
        // "PlayStation", "YouTube": inner capitals make a brand, not a person (but McCartney, DeVito)
        const QStringView w = tv(k);
        for (qsizetype c = 2; c < w.size(); ++c) {
            if (w[c].isUpper() && w[c - 1].isLower() && w[c - 1] != u'-' && !Lexicon::hasSurnamePrefix(w)) {
                allNamey = -100;
                break;
            }
        }
    }
    if (b - a >= 2 && b - a <= 4 && allNamey == b - a) {
        add(a, b, TPerson, 2, Rule::NameShape);
        return;
    }
    if (a > 0 && (toks[a - 1].f & FLower) && lex.isLocPreposition(tv(a - 1)) && b - a <= 3
        && !is(a - 1, u"of") && !is(a - 1, u"to")) {
        add(a, b, TLoc, 1, Rule::AfterPreposition);
        return;
    }
    if (saidAfter) {
        // "Whole Foods said", "Human Rights Watch said": everyday words naming a speaker are an organisation
        if (b - a >= 2 && allNamey == 0 && !keptInitial)
            add(a, b, TOrg, 1, Rule::Speaker);
        else
            add(a, b, TPerson, 1, Rule::Speaker);
        return;
    }
    if (b - a >= 2 && allNamey < b - a) {
        add(a, b, TNone, 0, Rule::Capitalised); // e.g. a product or event; typed by consistency if at all
        return;
    }
    add(a, b, TNone, 0, Rule::Capitalised);
}

void EntityTyper::typeChunk(int a, int b, int sentA)
{
    // trim trailing connectors and dots
    while (b > a && !capWord(b - 1))
        --b;
    if (a >= b)
        return;
    const bool keptInitial = trimLeading(a, b, sentA);
    while (a < b && !(toks[a].f & FNum) && !capWord(a))
        ++a; // dangling connector after a dropped word
    if (a >= b)
        return;

    // a nationality before a name is no part of it ("Israeli Prime Minister …", "British Bill Shorten"),
    // except in organisation names ("Syrian Democratic Forces")
    {
        bool orgOrPlace = lex.isPlace(span(toks[a].s, toks[b - 1].e));
        for (int k = a; k < b && !orgOrPlace; ++k)
            orgOrPlace = hasCue(k, CueOrg | CueLocWord) != 0;
        while (!orgOrPlace && b - a >= 2 && nationalityLike(a))
            ++a;
    }
    if (splitAtTitle(a, b))
        return;

    const QStringView whole = span(toks[a].s, toks[b - 1].e);
    if (const int listed = table.type(whole); listed != TNone) {
        ctx.ents.append(candidate(toks[a].s, toks[b - 1].e, listed, 3, &ruleName(Rule::WordList), false,
                                  ruleConfidence(Rule::WordList)));
        return;
    }
    // gazetteer: whole run, or a place at the start followed by a name ("United States Hamdullah Mohib")
    if (tryPlace(a, b, whole) || tryCueWords(a, b, sentA) || tryShapes(a, b, whole))
        return;
    typeByNameShape(a, b, keptInitial);
}

} // namespace

void EntityTypeStage::run(AnalysisContext &ctx) const
{
    EntityTyper typer(ctx);
    for (const NameChunk &chunk : ctx.chunks)
        typer.typeChunk(chunk.begin, chunk.end, chunk.sentenceStart);
}

} // namespace marginalia::analysis
