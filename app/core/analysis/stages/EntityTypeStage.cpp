// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/stages/EntityTypeStage.h"

#include "core/analysis/AnalysisContext.h"

namespace marginalia::analysis {

namespace {

class EntityTyper : ContextAccess {
public:
    explicit EntityTyper(AnalysisContext &context)
        : ContextAccess(context)
    {
    }
    void typeChunk(int from, int to, int sentFirst);

private:
    const WordTable &table = ctx.table;

    bool capWord(int k) const;
    bool atStart(int k, int sentFirst) const;
    bool trimLeading(int &from, int to, int sentFirst);
    bool nationalityLike(int k) const;
    bool splitAtTitle(int from, int to);
    void add(int from, int to, int type, int strength, Rule rule);
    bool tryPlace(int from, int to, QStringView whole);
    bool tryCueWords(int from, int to, int sentFirst);
    bool tryShapes(int from, int to, QStringView whole);
    void typeByNameShape(int from, int to, bool keptInitial);
};

bool EntityTyper::capWord(int k) const
{
    return (toks[k].flags & FWord)
           && ((toks[k].flags & FCap) || (tv(k).indexOf(QChar(u'-')) > 0 && tv(k).indexOf(QChar(u'-')) <= 3));
}

bool EntityTyper::atStart(int k, int sentFirst) const
{
    if (k == sentFirst || (toks[k].flags & FSent))
        return true;
    if (k > 0 && (toks[k - 1].flags & FPunct)) {
        const QChar c = text[toks[k - 1].start];
        if ((c == u'"' || c == u'\'') && !(toks[k - 1].flags & FSpaceBefore) && k - 1 > 0)
            return false; // a closing quote
        return c == u'"' || c == u'\u201C' || c == u'(' || c == u':' || c == u'\u2018' || c == u'\'' || c == u'\u2014'
               || c == u'-' || c == u'[';
    }
    return false;
}

// Drops words at the start of the run that are no part of the name ("The", a sentence-initial everyday
// word). Returns whether an everyday first word was kept because a name follows ("Whole Foods").
bool EntityTyper::trimLeading(int &from, int to, int sentFirst)
{
    bool keptInitial = false;
    while (from < to) {
        const QStringView w = tv(from);
        if (lex.isNonName(w) && !(toks[from].flags & FAllCaps && w.size() > 2)) {
            ++from;
            continue;
        }
        const bool nameFollows = to - from == 2 && !isCommon(from + 1) && !lex.isProper(tv(from + 1))
                                 && !lex.isPlace(tv(from + 1)) && !hasCue(from + 1, CueOrg | CueLocWord)
                                 && lex.isCommonWord(lower(from)) && w.size() >= 4 && !lex.isNonName(w);
        if (nameFollows) {
            keptInitial = true;
            break;
        }
        // keep it when it begins a known place ("United States", "New Zealand") or an organisation name
        // ("New People Party", "Civil Defense Authority")
        bool begins = false;
        if (to - from >= 2) {
            const int maxW = std::min(lex.placeMaxWords(w), to - from);
            for (int k = 2; k <= maxW && !begins; ++k)
                begins = lex.isPlace(span(toks[from].start, toks[from + k - 1].end));
            for (int k = from + 1; k < to && !begins; ++k)
                begins = hasCue(k, CueOrg) && !lex.isNonName(w) && (toks[from + 1].flags & FCap);
        }
        if (!begins && to - from == 2 && (toks[from + 1].flags & FCap) && isCommon(from + 1) && !lex.isNonName(w)
            && !lex.isLocPreposition(lower(from)) && w.size() >= 4)
            begins = true; // "Whole Foods said", "Human Rights"
        if (!begins && atStart(from, sentFirst) && !(toks[from].flags & FAllCaps) && !hasCue(from, CueTitle | CueOrg)
            && isCommon(from) && !lex.isProper(w) && !lex.isFirstName(w) && !lex.isPlace(w)) {
            ++from;
            continue;
        }
        break;
    }
    return keptInitial;
}

bool EntityTyper::nationalityLike(int k) const
{
    const QStringView w = tv(k);
    if (!(toks[k].flags & FCap) || (toks[k].flags & FAllCaps) || lex.isPlace(w) || lex.isFirstName(w))
        return false;
    if (lex.isNationalityWord(w))
        return true;
    return lex.isProper(w) && Lexicon::hasNationalityEnding(w);
}

// titles: "U.S. Army General Joseph Votel", "Secretary of State John Kerry", "Dr. Ahmed Kamil Murad".
// True when the run is typed (or dropped) here.
bool EntityTyper::splitAtTitle(int from, int to)
{
    int lastTitle = -1;
    for (int k = from; k < to; ++k)
        if (hasCue(k, CueTitle))
            lastTitle = k;
    if (lastTitle >= 0) {
        // the person: the tokens after the title; after "Secretary of …" skip the portfolio words
        int p = lastTitle + 1;
        while (p < to && (isPunct(p, u'.') || (toks[p].flags & FLower)))
            ++p;
        if (p > lastTitle + 1 && (toks[p - 1].flags & FLower)) {
            auto skippable = [&](int k) { return isCommon(k) && !lex.isFirstName(tv(k)) && !lex.isProper(tv(k)); };
            while (p < to && to - p > 2 && skippable(p))
                ++p;
            if (to - p == 2 && skippable(p) && !isCommon(p + 1))
                ++p;
        }
        if (to - p > 4 || hasCue(to - 1, CueOrg | CueLocWord))
            p = to;
        {
            // "Director of the National Iodine Nutrition study": everyday words only are no name
            bool named = false;
            for (int k = p; k < to && !named; ++k)
                named = !isCommon(k) || lex.isFirstName(tv(k)) || lex.isProper(tv(k)) || tv(k).size() == 1;
            if (!named)
                p = to;
        }
        if (p < to) {
            // after "of"/"for" in the title ("Secretary of State Kerry") the name must not be a common word
            // unless it is a known given name
            ctx.ents.append(candidate(toks[p].start, toks[to - 1].end, TPerson, 3, &ruleName(Rule::Title), true,
                                      ruleConfidence(Rule::Title)));
            // the part before the title block can be an organisation or place ("U.S. Army", "Malaysia")
            int t0 = lastTitle;
            while (t0 > from && (hasCue(t0 - 1, CueTitle) || isPunct(t0 - 1, u'.') || (toks[t0 - 1].flags & FLower)))
                --t0;
            if (t0 > from)
                typeChunk(from, t0, -1);
            return true;
        }
        // title not followed by a name: "the President", "Prime Minister" — not an entity here,
        // but what comes before it may be ("Afghan Ambassador" no; "U.S. Army" yes)
        int t0 = lastTitle;
        while (t0 > from && (hasCue(t0 - 1, CueTitle) || (toks[t0 - 1].flags & FLower)))
            --t0;
        if (t0 == from && to - from <= 3)
            return true;
        if (t0 > from) {
            typeChunk(from, t0, -1);
            return true;
        }
        // "Chairman of the Australian Centre for …": the organisation after the title
        int after = lastTitle + 1;
        while (after < to && (toks[after].flags & FLower))
            ++after;
        if (after > lastTitle + 1 && after < to) {
            typeChunk(after, to, -1);
            return true;
        }
    }
    return false;
}

// Adds the run [x, y) as an entity, with what the document stages need to know about it
void EntityTyper::add(int from, int to, int type, int strength, Rule rule)
{
    Candidate c = candidate(toks[from].start, toks[to - 1].end, type, strength, &ruleName(rule), false,
                            ruleConfidence(rule));
    if (type == TPerson || type == TNone) {
        bool namey = lex.isFirstName(tv(from)) || lex.isProper(tv(from));
        for (int k = from; k < to; ++k)
            if (!(toks[k].flags & FCap) || hasCue(k, CueOrg | CueLocWord))
                namey = false;
        c.nameLike = namey;
    }
    c.single = to - from == 1;
    if (c.single && from > 0 && (toks[from - 1].flags & FWord)) {
        const QStringView p = lower(from - 1);
        c.afterPlacePreposition = lex.isPlacePreposition(p) || lex.isPlaceVerb(p);
        if (p == u"of" && from > 1)
            c.afterPlacePreposition = lex.isPlaceOfNoun(lower(from - 2));
    }
    if (c.single && !c.afterPlacePreposition && to < int(toks.size())) {
        // "Evansville, Indiana", "Raqqah, Syria": a name followed by a known place it lies in
        if (isPunct(to, u',') && to + 1 < int(toks.size()) && (toks[to + 1].flags & FCap)
            && (toks[to + 1].flags & FWord)) {
            const int maxW = std::min(lex.placeMaxWords(tv(to + 1)), int(toks.size()) - to - 1);
            for (int k = 1; k <= maxW && !c.afterPlacePreposition; ++k)
                c.afterPlacePreposition = lex.isPlace(span(toks[to + 1].start, toks[to + k].end));
        } else if ((toks[to].flags & FLower) && (toks[to].flags & FWord)) {
            // "an Ottawa street", "the Mosul offensive"
            c.afterPlacePreposition = lex.isPlaceNounAfter(tv(to));
        }
    }
    c.dictionary = c.single && (isCommon(from) || lex.isProper(tv(from)) || (toks[from].flags & FAllCaps));
    // "Hydrologists say", "Groundwater levels": an everyday word capitalised because it opens the sentence
    c.sentenceInitial = c.single && (toks[from].flags & FSent);
    if (c.sentenceInitial && !c.dictionary && lex.isCommonDerivative(lower(from)))
        c.dictionary = true;
    c.dictionaryName = c.single && lex.isProper(tv(from)) && !isCommon(from) && !(toks[from].flags & FAllCaps);
    if (c.dictionaryName) {
        // nationalities and peoples ("Iraqi", "Syrians", "English") are not organisations
        if (Lexicon::hasPeopleEnding(tv(from)))
            c.dictionaryName = false;
    }
    ctx.ents.append(c);
}

// gazetteer: a known place; a country acting (a government, a team) is an organisation
bool EntityTyper::tryPlace(int from, int to, QStringView whole)
{
    if (!lex.isPlace(whole) || (to - from == 1 && lex.isFirstName(whole) && !lex.isCountry(whole)))
        return false;
    // a country acting (a government, a team) is an organisation: "Sweden defeated", "Iraq said"
    int vb = to;
    while (vb < int(toks.size()) && lex.isActingAdverb(tv(vb)))
        ++vb;
    if (vb < int(toks.size()) && (toks[vb].flags & FLower) && (toks[vb].flags & FWord) && !(toks[vb].flags & FUsed)) {
        const QStringView v = tv(vb);
        if ((hasCue(vb, CueReport) && !lex.isNounVerb(v)) || (v.endsWith(u"ed") && v != u"based")
            || lex.isActingVerb(v)) {
            int s0 = from;
            if (s0 > 0 && (is(s0 - 1, u"the") || is(s0 - 1, u"The")))
                --s0;
            add(s0, to, TOrg, 3, Rule::PlaceActing);
            return true;
        }
    }
    add(from, to, TLoc, 3, Rule::Gazetteer);
    return true;
}

// Cue words inside or before the run: organisation and place words, facilities, titles, given names
bool EntityTyper::tryCueWords(int from, int to, int sentFirst)
{
    bool anyOrg = false, lastLoc = hasCue(to - 1, CueLocWord);
    for (int k = from; k < to; ++k)
        anyOrg |= hasCue(k, CueOrg) != 0;
    if (!anyOrg && !lastLoc && to - from >= 2) {
        const int maxW = lex.placeMaxWords(tv(from));
        for (int w = std::min(maxW, to - from - 1); w >= 1; --w) {
            const QStringView place = span(toks[from].start, toks[from + w - 1].end);
            if (lex.isCountry(place) || (w >= 2 && lex.isPlace(place))) {
                typeChunk(from, from + w, -1);
                typeChunk(from + w, to, -1);
                return true;
            }
        }
    }
    if (to - from == 1 && hasCue(from, CueOrg | CueLocWord) && isCommon(from)) {
        // "the Coalition said": a capitalised organisation word in mid-sentence names one organisation
        if (hasCue(from, CueOrg) && !atStart(from, sentFirst) && from > 0
            && (is(from - 1, u"the") || is(from - 1, u"The")))
            add(from, to, TOrg, 1, Rule::OrgWordAlone);
        return true; // "University" alone
    }
    if ((toks[from].flags & FAllCaps) && to - from == 1 && tv(from).size() > 4 && isCommon(from))
        return true; // shouting, not an acronym
    {
        // facilities named by their last word are places: "Johnson Space Center", "Museum of Flight"
        const QStringView last = tv(to - 1), first = tv(from);
        if ((lex.isFacilityWord(last) || first == u"Museum") && to - from >= 2) {
            add(from, to, TLoc, 2, Rule::Facility);
            return true;
        }
    }
    if (hasCue(to - 1, CueOrg) || (anyOrg && !lastLoc)) {
        add(from, to, TOrg, 3, Rule::OrgWord);
        return true;
    }
    if (lastLoc) {
        add(from, to, TLoc, 3, Rule::LocWord);
        return true;
    }
    // context before the run
    const bool afterMr = from > 0 && isPunct(from - 1, u'.') && from > 1 && hasCue(from - 2, CueTitle);
    const bool afterTitle = from > 0 && hasCue(from - 1, CueTitle);
    if (afterMr || afterTitle) {
        add(from, to, TPerson, 3, Rule::Title);
        return true;
    }
    if (lex.isFirstName(tv(from)) && to - from >= 2) {
        add(from, to, TPerson, 3, Rule::GivenName);
        return true;
    }
    return false;
}

// The shape of the run or its neighbours: a nationality group, a place prefix, a preposition, a dateline,
// an acronym
bool EntityTyper::tryShapes(int from, int to, QStringView whole)
{
    // "Iraqi forces", "Kurdish fighters": a group named by its nationality
    if (to - from == 1 && to < int(toks.size()) && (toks[to].flags & FLower)) {
        QStringView nw = tv(to);
        int e = to;
        if (lex.isGroupQualifier(nw) && to + 1 < int(toks.size())) {
            nw = tv(to + 1);
            e = to + 1;
        }
        const QStringView w = tv(from);
        const bool adjective = w.endsWith(u"n") || w.endsWith(u"i") || w.endsWith(u"ese") || w.endsWith(u"ish")
                               || w.endsWith(u"ch");
        if (adjective && !lex.isPlace(w) && lex.isGroupNoun(nw)) {
            int s0 = from;
            if (s0 > 0 && is(s0 - 1, u"the"))
                --s0;
            add(s0, e + 1, TOrg, 2, Rule::NationalGroup);
            return true;
        }
    }
    // places: "Los Angeles", "Al Huwayjah", "Fort Worth"
    {
        if (to - from >= 2 && lex.isPlacePrefix(tv(from)) && !lex.isFirstName(tv(from + 1))) {
            add(from, to, TLoc, 2, Rule::PlaceShape);
            return true;
        }
    }
    if (from > 0 && (toks[from - 1].flags & FWord) && to - from <= 3 && !lex.isFirstName(tv(from))) {
        const QStringView p = lower(from - 1);
        if (lex.isPlaceAfterPreposition(p)) {
            add(from, to, TLoc, 1, Rule::AfterPreposition);
            return true;
        }
    }
    if (to - from == 1 && lex.isFirstName(tv(from)) && !lex.isPlace(tv(from)) && !isCommon(from)) {
        add(from, to, TPerson, 1, Rule::GivenName);
        return true;
    }
    if ((toks[from].flags & FAllCaps) && !(toks[from].flags & FDotted)) {
        // "CAIRO — Gunmen opened fire": a dateline at the start of a paragraph names a place
        const bool dateline = from == 0 && to < int(toks.size()) && (toks[to].flags & FPunct)
                              && oneOf(text[toks[to].start], u"—–-,(");
        QString title = whole.toString().toLower();
        for (qsizetype k = 0; k < title.size(); ++k)
            if (k == 0 || title[k - 1] == u' ')
                title[k] = title[k].toUpper();
        if (dateline || lex.isPlace(title)) {
            add(from, to, TLoc, 2, Rule::Dateline);
            return true;
        }
        if (to - from == 1) {
            add(from, to, TOrg, 2, Rule::Acronym);
            return true;
        }
    }
    if ((toks[from].flags & FDotted) && to - from == 1 && !lex.isPlace(whole) && tv(from).size() >= 4
        && (toks[from].flags & FCap)) {
        add(from, to, TOrg, 2, Rule::Acronym); // "U.N.", "E.U."
        return true;
    }
    return false;
}

// No cue left: a person when every word looks like a name, else a speaker or an untyped capitalised run
void EntityTyper::typeByNameShape(int from, int to, bool keptInitial)
{
    // followed by a reporting verb: a person (or an organisation, decided by consistency later)
    const bool saidAfter = to < int(toks.size()) && hasCue(to, CueReport) && (toks[to].flags & FLower);
    int allNamey = 0;
    for (int k = from; k < to; ++k)
        if (!isCommon(k) || lex.isProper(tv(k)) || lex.isFirstName(tv(k)))
            ++allNamey;
    if (keptInitial)
        ++allNamey;
    for (int k = from; k < to; ++k) {
        // "PlayStation", "YouTube": inner capitals make a brand, not a person (but McCartney, DeVito)
        const QStringView w = tv(k);
        for (qsizetype c = 2; c < w.size(); ++c) {
            if (w[c].isUpper() && w[c - 1].isLower() && w[c - 1] != u'-' && !Lexicon::hasSurnamePrefix(w)) {
                allNamey = -100;
                break;
            }
        }
    }
    if (to - from >= 2 && to - from <= 4 && allNamey == to - from) {
        add(from, to, TPerson, 2, Rule::NameShape);
        return;
    }
    if (from > 0 && (toks[from - 1].flags & FLower) && lex.isLocPreposition(tv(from - 1)) && to - from <= 3
        && !is(from - 1, u"of") && !is(from - 1, u"to")) {
        add(from, to, TLoc, 1, Rule::AfterPreposition);
        return;
    }
    if (saidAfter && to - from == 1 && (toks[from].flags & FSent) && lex.isCommonDerivative(lower(from))) {
        add(from, to, TNone, 0, Rule::Capitalised); // "Hydrologists say": an everyday word opening a sentence
        return;
    }
    if (saidAfter) {
        // "Whole Foods said", "Human Rights Watch said": everyday words naming a speaker are an organisation
        if (to - from >= 2 && allNamey == 0 && !keptInitial)
            add(from, to, TOrg, 1, Rule::Speaker);
        else
            add(from, to, TPerson, 1, Rule::Speaker);
        return;
    }
    if (to - from >= 2 && allNamey < to - from) {
        add(from, to, TNone, 0, Rule::Capitalised); // e.g. a product or event; typed by consistency if at all
        return;
    }
    add(from, to, TNone, 0, Rule::Capitalised);
}

void EntityTyper::typeChunk(int from, int to, int sentFirst)
{
    // trim trailing connectors and dots
    while (to > from && !capWord(to - 1))
        --to;
    if (from >= to)
        return;
    const bool keptInitial = trimLeading(from, to, sentFirst);
    while (from < to && !(toks[from].flags & FNum) && !capWord(from))
        ++from; // dangling connector after a dropped word
    if (from >= to)
        return;

    // a nationality before a name is no part of it ("Israeli Prime Minister …", "British Bill Shorten"),
    // except in organisation names ("Syrian Democratic Forces")
    {
        bool orgOrPlace = lex.isPlace(span(toks[from].start, toks[to - 1].end));
        for (int k = from; k < to && !orgOrPlace; ++k)
            orgOrPlace = hasCue(k, CueOrg | CueLocWord) != 0;
        while (!orgOrPlace && to - from >= 2 && nationalityLike(from))
            ++from;
    }
    if (splitAtTitle(from, to))
        return;

    const QStringView whole = span(toks[from].start, toks[to - 1].end);
    if (const int listed = table.type(whole); listed != TNone) {
        ctx.ents.append(candidate(toks[from].start, toks[to - 1].end, listed, 3, &ruleName(Rule::WordList), false,
                                  ruleConfidence(Rule::WordList)));
        return;
    }
    // gazetteer: whole run, or a place at the start followed by a name ("United States Hamdullah Mohib")
    if (tryPlace(from, to, whole) || tryCueWords(from, to, sentFirst) || tryShapes(from, to, whole))
        return;
    // "Afghan", "Pakistanis", "Sunni": a nationality or group alone (NORP), not a place or a person
    if (to - from == 1 && lex.isNorp(whole) && !lex.isFirstName(whole)) {
        add(from, to, TNorp, 3, Rule::Nationality);
        return;
    }
    typeByNameShape(from, to, keptInitial);
}

} // namespace

void EntityTypeStage::run(AnalysisContext &ctx) const
{
    EntityTyper typer(ctx);
    for (const NameChunk &chunk : ctx.chunks)
        typer.typeChunk(chunk.begin, chunk.end, chunk.sentenceStart);
}

} // namespace marginalia::analysis
