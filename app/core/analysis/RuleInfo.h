// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace marginalia {

// One rule of the analyser: the name a Span carries in Span::rule, the confidence the rule gives the spans
// it finds, and what it looks for (for explanations, e.g. a tooltip over a suggestion).
struct RuleInfo {
    QString name;
    double confidence = 0.0; // kInheritedConfidence: the span keeps the confidence an earlier rule gave it
    QString description;
};

inline constexpr double kInheritedConfidence = -1.0;

// The rule named as in Span::rule, or nullptr when there is none. Rules of user syntax definitions
// ("syntax:Name") all answer with the entry named "syntax:".
const RuleInfo *ruleInfo(QStringView name);

// Every rule, in the order of the analysis stages.
const QList<RuleInfo> &allRules();

namespace analysis {

// The rules by number, for the stages (a look-up by name would cost a string compare per span).
enum class Rule : quint8 {
    Date,
    DateWord,
    DateRelative,
    Time,
    Decade,
    MoneySymbol,
    MoneyWord,
    Duration,
    Year,
    Number,
    Percent,
    NumberUnit,
    WordList,
    Title,
    PlaceActing,
    Gazetteer,
    OrgWordAlone,
    Facility,
    OrgWord,
    LocWord,
    GivenName,
    NationalGroup,
    PlaceShape,
    AfterPreposition,
    Dateline,
    Acronym,
    NameShape,
    Speaker,
    Capitalised,
    Team,
    Abbreviation,
    SamePerson,
    Consistency,
    UnknownName,
    DictionaryName,
    Syntax,
    AccordingTo,
    ReportingVerb,
    ReportingVerbInverted,
    ReportingVerbNoSource,
    Quotation,
    Figure,
    CreditLine,
    Nationality,
    PronounSource,
    DocumentSource,
    Count
};

const RuleInfo &rule(Rule r);
inline const QString &ruleName(Rule r)
{
    return rule(r).name;
}
inline double ruleConfidence(Rule r)
{
    return rule(r).confidence;
}

} // namespace analysis

} // namespace marginalia
