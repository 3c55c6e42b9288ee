// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/stages/ClaimSource.h"

using namespace Qt::StringLiterals;

namespace marginalia::analysis {

namespace {

bool isPersonPronoun(QStringView lower)
{
    return lower == u"he" || lower == u"she";
}

bool isThingPronoun(QStringView lower)
{
    return lower == u"it" || lower == u"they";
}

} // namespace

// Cuts [from, to) down to the noun phrase; true when the phrase is the agent of a vehicle ("a report by X")
bool ClaimSource::trim(int &from, int &to)
{
    while (from < to) {
        const bool word = toks[from].flags & FWord;
        if (!word && !(toks[from].flags & FPunct))
            break; // a number may open a source ("3M said")
        const QStringView low = lower(from);
        const bool lowerAdverb = (toks[from].flags & FLower) && (lex.isClauseBoundary(low) || low.endsWith(u"ly"));
        if (!(toks[from].flags & FPunct) && !lex.isSourceOpener(low) && !lowerAdverb)
            break;
        ++from;
    }
    bool viaVehicle = false;
    for (int k = to - 2; k > from; --k) {
        // "a special investigative report by the BBC": the BBC made the report
        if (is(k, u"by") && ((toks[k + 1].flags & FCap) || lex.isDeterminer(tv(k + 1)))) {
            from = k + 1;
            viaVehicle = true;
            break;
        }
    }
    // an appositive after a name: "Masoud Andarabi, acting Minister of Interior", "Tom Molomby, SC"
    for (int k = from + 1; k < to; ++k) {
        if (isPunct(k, u',')) {
            if ((toks[k - 1].flags & FCap) && !lex.isNonName(tv(k - 1)))
                to = k;
            break;
        }
    }
    while (to > from) {
        const int last = to - 1;
        const bool punct = (toks[last].flags & FPunct) && !isPunct(last, u')');
        const bool adverb = (toks[last].flags & FLower)
                            && (lex.isSubjectAdverb(tv(last))
                                || (tv(last).endsWith(u"ly") && last > from && !lex.isDeterminer(tv(last - 1))));
        if (!punct && !adverb)
            break;
        --to;
    }
    return viaVehicle;
}

// Whether [from, to) can name who said something: headed by a noun or a name, no clause
bool ClaimSource::looksHeaded(int from, int to)
{
    const QStringView first = tv(from);
    if (to - from == 1) {
        if (first.size() < 2 || !(toks[from].flags & FWord) || lex.isNonName(first) || lex.isDeterminer(lower(from))
            || lex.isQuantifier(lower(from)) || lex.isPronoun(first))
            return false;
        // a lone lower-case word must be a noun ("officials", "media"), not an adjective or adverb
        if (toks[from].flags & FLower) {
            static const QStringView adjectiveEndings[] = {u"ful", u"ous", u"ive",  u"able", u"ible", u"al",
                                                           u"ic",  u"ly",  u"less", u"ed",   u"ing"};
            for (QStringView ending : adjectiveEndings)
                if (first.endsWith(ending))
                    return false;
        }
        return true;
    }
    // "I know how unfair it", "We think": a first-person or pronoun clause
    if (lex.isPronoun(first) && (toks[from + 1].flags & (FLower | FPunct)))
        return false;
    // "how unfair it", "Basya also believes the asylum seekers": a clause, not a noun phrase
    for (int k = from + 1; k < to; ++k)
        if ((toks[k].flags & FLower)
            && (lex.isPronoun(tv(k))
                || (hasCue(k, CueReport) && !lex.isDocumentNoun(tv(k)) && !lex.isDeterminer(lower(k - 1)))))
            return false;
    const int last = to - 1;
    if (toks[last].flags & FLower) {
        const QStringView low = lower(last);
        if (lex.isDeterminer(low) || lex.isClauseBoundary(low) || lex.isQuantifier(low) || lex.isSourceOpener(low))
            return false;
    }
    return (toks[last].flags & (FWord | FNum)) || isPunct(last, u')');
}

// The nearest person (or else organisation or document) named before the UTF-16 position before: an
// entity of that type or a claim source
QString ClaimSource::nearest(bool person, bool group, int before) const
{
    QStringView found;
    int foundEnd = -1;
    for (qsizetype c = ctx.ents.size() - 1; c >= 0; --c) {
        const Candidate &e = ctx.ents[c];
        if (e.end > before)
            continue;
        if (before - e.end > 4000)
            break; // too far back to be what the pronoun means
        const bool fits = e.type == (person ? TPerson : TOrg);
        if (fits) {
            found = text.mid(e.start, e.end - e.start);
            foundEnd = e.end;
            break;
        }
    }
    const SourceMemory &memory = person ? ctx.lastPersonSource : (group ? ctx.lastGroupSource : ctx.lastOrgSource);
    if (!memory.text.isEmpty() && memory.end <= before && memory.end > foundEnd)
        return memory.text;
    return found.toString();
}

// "he (Name)": the pronoun at token at, resolved; "" when nothing fits
QString ClaimSource::resolvePronoun(int at, Rule &rule)
{
    const QStringView low = lower(at);
    const bool person = isPersonPronoun(low);
    if (!person && !isThingPronoun(low))
        return {};
    const QString found = nearest(person, low == u"they", toks[at].start);
    if (found.isEmpty())
        return {};
    rule = Rule::PronounSource;
    return tv(at).toString() + u" ("_s + found + u")"_s;
}

// Keeps a named source for the pronouns and documents that follow
void ClaimSource::remember(int from, int to, bool viaVehicle)
{
    const SourceMemory memory{npText(from, to), toks[to - 1].end};
    bool personLike = lex.isFirstName(tv(from));
    for (qsizetype c = ctx.ents.size() - 1; c >= 0 && !personLike; --c) {
        const Candidate &e = ctx.ents[c];
        if (e.end < toks[from].start)
            break;
        personLike = e.end == memory.end && e.type == TPerson;
    }
    if (personLike && !viaVehicle) {
        ctx.lastPersonSource = memory;
        return;
    }
    if ((toks[from].flags & FCap) || viaVehicle || (toks[to - 1].flags & FCap))
        ctx.lastOrgSource = memory;
    ctx.lastGroupSource = memory;
}

QString ClaimSource::phrase(int from, int to, Rule &rule)
{
    if (from >= to)
        return {};
    const bool viaVehicle = trim(from, to);
    if (from >= to)
        return {};
    if (to - from == 1 && lex.isPronoun(tv(from)))
        return resolvePronoun(from, rule);
    if (!looksHeaded(from, to))
        return {};
    // "the report said", "the statement added": the organisation or document named before
    if (to - from == 2 && lex.isDeterminer(lower(from)) && lex.isDocumentNoun(lower(from + 1))) {
        const QString found = nearest(false, false, toks[from].start);
        if (found.isEmpty())
            return npText(from, to);
        rule = Rule::DocumentSource;
        return npText(from, to) + u" ("_s + found + u")"_s;
    }
    remember(from, to, viaVehicle);
    return npText(from, to);
}

} // namespace marginalia::analysis
