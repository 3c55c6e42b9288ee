// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/stages/ConsistencyStage.h"

#include "core/analysis/AnalysisContext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace marginalia::analysis {

namespace {

class Resolver : ContextAccess {
public:
    explicit Resolver(AnalysisContext &context)
        : ContextAccess(context)
    {
    }
    void resolve();

private:
    QHash<QStringView, std::pair<int, int>> byText; // text -> (type, strength)
    QHash<QStringView, int> personParts;

    void vote(QStringView t, int type, int strength)
    {
        auto it = byText.find(t);
        if (it == byText.end() || it.value().second < strength)
            byText.insert(t, {type, strength});
    }
    void matchTeams();
    void abbreviations();
    void addPersonPart(QStringView w);
    void collectNames();
    void applyVotes();
    bool writtenInLowerCase(QStringView word);
    QHash<QStringView, bool> lowerCaseSeen;
};

// Whether the document also writes the word in lower case as a whole word ("Groundwater …" and "the
// groundwater"): then its capital only opens a sentence. Asked for sentence-initial unknown words only.
bool Resolver::writtenInLowerCase(QStringView word)
{
    if (auto it = lowerCaseSeen.constFind(word); it != lowerCaseSeen.cend())
        return it.value();
    const QString lowerWord = word.toString().toLower();
    bool seen = false;
    for (qsizetype at = text.indexOf(lowerWord); at >= 0 && !seen; at = text.indexOf(lowerWord, at + 1)) {
        const qsizetype after = at + lowerWord.size();
        seen = (at == 0 || !isLetter(text[at - 1])) && (after >= text.size() || !isLetter(text[after]));
    }
    lowerCaseSeen.insert(word, seen);
    return seen;
}

// A match report: countries next to scores ("Sweden 1 – 0 Korea", "defeated Panama 3-0") are
// national teams, which act like organisations. With three or more such scores in the document, its
// countries are teams unless a preposition places something in them ("a stadium in Russia").
void Resolver::matchTeams()
{
    auto skipSpaces = [&](int p, int step) {
        while (p >= 0 && p < text.size() && (text[p] == u' ' || text[p] == u'\u00A0'))
            p += step;
        return p;
    };
    auto digits = [&](int p, int step) { // returns the position after 1-2 digits, or -1
        int k = 0;
        while (p >= 0 && p < text.size() && text[p].unicode() < 0x80 && isDigit(text[p]) && k < 3) {
            p += step;
            ++k;
        }
        return k >= 1 && k <= 2 ? p : -1;
    };
    auto scoreFrom = [&](int p, int step) { // digits, dash, digits going in one direction: the dash or -1
        p = digits(skipSpaces(p, step), step);
        if (p < 0)
            return -1;
        p = skipSpaces(p, step);
        if (p < 0 || p >= text.size() || !(text[p] == u'-' || text[p] == u'\u2013' || text[p] == u'\u2014'))
            return -1;
        return digits(skipSpaces(p + step, step), step) >= 0 ? p : -1;
    };
    // distinct scores (one between two teams counts once)
    std::vector<int> scores;
    for (const Candidate &c : std::as_const(ctx.ents)) {
        if (c.type != TLoc || !lex.isCountry(span(c.start, c.end)))
            continue;
        for (int dash : {scoreFrom(c.end, 1), scoreFrom(c.start - 1, -1)})
            if (dash >= 0 && std::find(scores.begin(), scores.end(), dash) == scores.end())
                scores.push_back(dash);
        if (scores.size() >= 3)
            break;
    }
    if (scores.size() >= 3) {
        for (Candidate &c : ctx.ents) {
            if (c.type != TLoc || *c.rule != ruleName(Rule::Gazetteer) || !lex.isCountry(span(c.start, c.end)))
                continue;
            int p = c.start - 1;
            while (p >= 0 && text[p] == u' ')
                --p;
            int q = p;
            while (q >= 0 && isLetter(text[q]))
                --q;
            const QStringView before = span(q + 1, p + 1);
            if (lex.isInPlacePreposition(before))
                continue;
            c.type = TOrg;
            c.rule = &ruleName(Rule::Team);
            c.confidence = float(ruleConfidence(Rule::Team));
        }
    }
}

// abbreviations: "Long Name (ABBR)" and "ABBR (the Long Name)"
void Resolver::abbreviations()
{
    for (int i = 0; i + 1 < ctx.ents.size(); ++i) {
        Candidate &x = ctx.ents[i];
        Candidate &y = ctx.ents[i + 1];
        // "Asian (1.2%)": a figure in brackets is no abbreviation, and a name none of a figure
        if (x.type >= TDate || y.type >= TDate)
            continue;
        const QStringView between = span(x.end, y.start).trimmed();
        if (between == u"(" || between == u"(the") {
            if (y.end < text.size() && text[y.end] == u')') {
                const QStringView xs = span(x.start, x.end), ys = span(y.start, y.end);
                Candidate &longer = xs.size() >= ys.size() ? x : y;
                Candidate &shorter = xs.size() >= ys.size() ? y : x;
                if (longer.type >= 0 && (shorter.type < 0 || shorter.strength < 3)) {
                    shorter.type = longer.type;
                    shorter.strength = 3;
                    shorter.rule = &ruleName(Rule::Abbreviation);
                } else if (shorter.type >= 0 && longer.type < 0) {
                    longer.type = shorter.type;
                    longer.strength = 2;
                    longer.rule = &ruleName(Rule::Abbreviation);
                }
            }
        }
    }
}

// A part of a person's name that names the person alone: not nationality words or plurals ("Tunisian",
// "Islamists"), nor acronyms
void Resolver::addPersonPart(QStringView w)
{
    if (Lexicon::hasNonSurnameEnding(w))
        return;
    // "Polaroids": a plural of a dictionary word
    if (w.endsWith(QChar(u's')) && w.size() > 3) {
        lowerLong = w.chopped(1).toString();
        if (lex.isProper(lowerLong) || lex.isCommonWord(lowerLong.toLower()))
            return;
    }
    bool allCaps = w.size() > 1;
    for (QChar ch : w)
        allCaps &= !ch.isLower();
    if (allCaps)
        return; // "VR", "NASA"
    personParts.insert(w, 1);
    // "Haider al-Abadi" … "Abadi"
    const qsizetype dash = w.indexOf(QChar(u'-'));
    if (dash >= 2 && dash <= 3 && w[0].isLower())
        personParts.insert(w.mid(dash + 1), 1);
}

// Votes for the type of each text, and the parts of person names that name the person alone
void Resolver::collectNames()
{
    for (const Candidate &c : std::as_const(ctx.ents)) {
        if (c.type < 0 || c.type >= TDate)
            continue;
        const QStringView t = span(c.start, c.end);
        vote(t, c.type, c.strength);
        if (c.type == TPerson && (c.strength >= 3 || *c.rule == ruleName(Rule::NameShape))) {
            const qsizetype firstSpace = t.indexOf(QChar(u' ')), lastSpace = t.lastIndexOf(QChar(u' '));
            if (firstSpace > 0 && (c.strength >= 3 || c.nameLike)) {
                addPersonPart(t.mid(lastSpace + 1));
                // a given name alone also names the person ("Gloria"), unless it is an everyday word ("Bill")
                lowerLong = t.left(firstSpace).toString().toLower();
                if (!lex.isCommonWord(lowerLong))
                    addPersonPart(t.left(firstSpace));
            } else if (firstSpace > 0 && *c.rule == ruleName(Rule::NameShape)) {
                // "Hori Parata" … "Parata": an unknown surname names the same person
                const QStringView last = t.mid(lastSpace + 1);
                lowerLong = last.toString().toLower();
                if (!lex.isCommonWord(lowerLong) && !lex.isProper(last) && !last.endsWith(QChar(u's')))
                    personParts.insert(last, 1);
            }
        }
    }
}

void Resolver::applyVotes()
{
    for (Candidate &c : ctx.ents) {
        if (c.type >= TDate)
            continue;
        const QStringView t = span(c.start, c.end);
        if (c.strength <= 1 && personParts.contains(t)) {
            c.type = TPerson;
            c.strength = 2;
            c.rule = &ruleName(Rule::SamePerson);
            c.confidence = float(ruleConfidence(Rule::SamePerson));
            continue;
        }
        auto it = byText.constFind(t);
        if (it != byText.cend() && it.value().second > c.strength && it.value().second >= 2
            && it.value().first != c.type) {
            c.type = it.value().first;
            c.strength = it.value().second;
            c.rule = &ruleName(Rule::Consistency);
            c.confidence = float(ruleConfidence(Rule::Consistency));
            continue;
        }
        if (c.type < 0 && lex.isPlace(t)) {
            c.type = TLoc;
            c.rule = &ruleName(Rule::Gazetteer);
        }
        // an unknown single name that is neither an English word nor a dictionary name: most often
        // an organisation, brand or group ("Wikinews", "Daesh")
        if (c.type < 0 && c.single && !c.dictionary && !(c.sentenceInitial && writtenInLowerCase(t))) {
            c.type = c.afterPlacePreposition ? TLoc : TOrg;
            c.rule = &ruleName(Rule::UnknownName);
            c.confidence = float(ruleConfidence(Rule::UnknownName));
        } else if (c.type < 0 && c.dictionaryName) {
            // a dictionary name with no cue at all: companies and brands ("Google", "Twitter") are the
            // commonest in news once people and places have been typed by their cues
            c.type = c.afterPlacePreposition ? TLoc : TOrg;
            c.rule = &ruleName(Rule::DictionaryName);
            c.confidence = float(ruleConfidence(Rule::DictionaryName));
        }
    }
}

void Resolver::resolve()
{
    std::sort(ctx.ents.begin(), ctx.ents.end(),
              [](const Candidate &x, const Candidate &y) { return x.start < y.start; });
    matchTeams();
    abbreviations();
    collectNames();
    applyVotes();
}

} // namespace

void ConsistencyStage::run(AnalysisContext &ctx) const
{
    Resolver(ctx).resolve();
}

} // namespace marginalia::analysis
