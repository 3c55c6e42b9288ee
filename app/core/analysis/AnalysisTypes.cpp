// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/AnalysisTypes.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAnalysis, "marginalia.analysis", QtWarningMsg)

namespace marginalia::analysis {

const QString &typeName(int type)
{
    static const QString names[TypeCount] = {u"PERSON"_s, u"ORG"_s,      u"LOC"_s, u"DATE"_s,
                                             u"MONEY"_s,  u"QUANTITY"_s, u"NORP"_s};
    return names[type];
}

int typeFromName(QStringView name)
{
    for (int t = 0; t < TypeCount; ++t)
        if (name == typeName(t))
            return t;
    return TNone;
}

quint16 cueFromFormatName(QStringView name)
{
    static const std::pair<QStringView, Cue> table[] = {
        {u"cue:quote", CueQuote},
        {u"cue:report", CueReport},
        {u"cue:title", CueTitle},
        {u"cue:org", CueOrg},
        {u"cue:locword", CueLocWord},
        {u"cue:month", CueMonth},
        {u"cue:weekday", CueWeekday},
        {u"cue:dateword", CueDateWord},
        {u"cue:timeunit", CueTimeUnit},
        {u"cue:currency", CueCurrency},
        {u"cue:unit", CueUnit},
        {u"cue:scale", CueScale},
        {u"cue:currencysign", CueCurrencySign},
    };
    for (const auto &[n, c] : table)
        if (n == name)
            return c;
    return 0;
}

} // namespace marginalia::analysis
