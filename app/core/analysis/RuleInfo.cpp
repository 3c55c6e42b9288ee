// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/RuleInfo.h"

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

// In the order of analysis::Rule.
QList<RuleInfo> makeRules()
{
    return {
        {u"date"_s, 0.9, u"A calendar date: 21 July 2017, March 3, Monday, May 5"_s},
        {u"date-word"_s, 0.85, u"A date word from the syntax definition: yesterday, Thanksgiving Day"_s},
        {u"date-relative"_s, 0.8, u"A date relative to now: last week, the past 30 days, early March"_s},
        {u"time"_s, 0.85, u"A clock time: 10 a.m., 15:11 GMT (0.8 without a.m. or p.m.)"_s},
        {u"decade"_s, 0.85, u"A decade: the 1990s"_s},
        {u"money-symbol"_s, 0.95, u"An amount after a currency sign: $20,000, US$ 5 million"_s},
        {u"money-word"_s, 0.9, u"An amount before a currency word: 422,000 euros"_s},
        {u"duration"_s, 0.7, u"A span of time: 20-minute, 11 years ago"_s},
        {u"year"_s, 0.8, u"A year on its own or with its part: 2017, the second quarter of 2023"_s},
        {u"number"_s, 0.75, u"A number or number words: 1,426, twenty-five (0.7 for 20-plus)"_s},
        {u"percent"_s, 0.75, u"A percentage: 15%"_s},
        {u"number-unit"_s, 0.75, u"A number with its unit: 30 km, 5 square miles"_s},
        {u"word-list"_s, 0.9, u"A name listed under an entity type in a syntax definition"_s},
        {u"title"_s, 0.9, u"A person after a title: Secretary of State John Kerry, Dr. Murad"_s},
        {u"place-acting"_s, 0.7, u"A country acting as a state or team: Sweden defeated, Iraq said"_s},
        {u"gazetteer"_s, 0.7, u"A known place name (iso-codes); when found late it keeps its confidence"_s},
        {u"org-word-alone"_s, 0.45, u"An organisation word alone in mid-sentence: the Coalition said"_s},
        {u"facility"_s, 0.85, u"A facility named by its last word: Johnson Space Center"_s},
        {u"org-word"_s, 0.85, u"A name holding an organisation word: Liberty Party, Bank of England"_s},
        {u"loc-word"_s, 0.85, u"A name ending in a place word: Hudson River, Gaza Strip"_s},
        {u"given-name"_s, 0.9, u"A name starting with a known given name"_s},
        {u"national-group"_s, 0.8, u"A group named by its nationality: Iraqi forces"_s},
        {u"place-shape"_s, 0.7, u"A name shaped like a place: Los Angeles, Fort Worth, Al Huwayjah"_s},
        {u"after-preposition"_s, 0.7, u"A short name after a place preposition: in Mosul"_s},
        {u"dateline"_s, 0.7, u"A capitalised place opening a paragraph: CAIRO \u2014"_s},
        {u"acronym"_s, 0.8, u"An acronym: NATO, U.N."_s},
        {u"name-shape"_s, 0.85, u"Two to four capitalised words that are no everyday words: a person"_s},
        {u"speaker"_s, 0.45, u"A name before a reporting verb: Whole Foods said"_s},
        {u"capitalised"_s, 0.4, u"A capitalised run with no other cue; typed by consistency if at all"_s},
        {u"team"_s, 0.7, u"A country next to match scores: a national team"_s},
        {u"abbreviation"_s, kInheritedConfidence, u"Typed like its long form: Long Name (ABBR)"_s},
        {u"same-person"_s, 0.9, u"A part of a person's name mentioned earlier: Parata"_s},
        {u"consistency"_s, 0.7, u"Typed like the same text found with a stronger cue elsewhere"_s},
        {u"unknown-name"_s, 0.45, u"A single name that is no English word: an organisation or place"_s},
        {u"dictionary-name"_s, 0.45, u"A dictionary name with no other cue: most often a company"_s},
        {u"syntax:"_s, 0.9, u"Marked by a rule of a user syntax definition (syntax:<definition name>)"_s},
        {u"according-to"_s, 0.7, u"A claim attributed with \u201Caccording to\u201D"_s},
        {u"reporting-verb"_s, 0.7, u"A claim after its source and a reporting verb: she said that \u2026"_s},
        {u"reporting-verb-inverted"_s, 0.7, u"A claim before its verb and source: \u2026, said Bolden"_s},
        {u"reporting-verb-no-source"_s, 0.7, u"A claim after a reporting verb with no named source"_s},
        {u"quotation"_s, 0.9, u"A quotation of four or more words"_s},
        {u"figure"_s, 0.5, u"A sentence stating a figure with no source: a statistic"_s},
        {u"credit-line"_s, 0.6,
         u"A caption or title credited after it: \u2026 Image: Nick Moreau; \u201C\u2026\u201D \u2014 CBC.ca"_s},
        {u"nationality"_s, 0.8,
         u"A nationality, religious or political group: Afghan, Pakistanis, Sunni (NORP; nationalities from "
         u"iso-codes country names found in the word list)"_s},
        {u"pronoun-source"_s, 0.6,
         u"A claim whose subject is a pronoun, attributed to the nearest earlier person (he, she) or "
         u"organisation or document (it, they): he (Name)"_s},
        {u"document-source"_s, 0.6,
         u"A claim whose subject is a document (the report, the statement), attributed to the nearest "
         u"earlier organisation or document source: the report (the BBC)"_s},
    };
}

const QList<RuleInfo> &rules()
{
    static const QList<RuleInfo> table = makeRules();
    Q_ASSERT(table.size() == int(analysis::Rule::Count));
    return table;
}

} // namespace

const RuleInfo *ruleInfo(QStringView name)
{
    if (name.startsWith(u"syntax:"))
        return &analysis::rule(analysis::Rule::Syntax);
    for (const RuleInfo &info : rules())
        if (info.name == name)
            return &info;
    return nullptr;
}

const QList<RuleInfo> &allRules()
{
    return rules();
}

namespace analysis {

const RuleInfo &rule(Rule r)
{
    return rules()[qsizetype(r)];
}

} // namespace analysis

} // namespace marginalia
