// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/ReadabilityHints.h"

#include "core/import/html/FlatDom.h"
#include "core/import/html/HtmlCommon.h"

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::html {

namespace {

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

} // namespace

const ReadabilityPatterns &readabilityPatterns()
{
    static const ReadabilityPatterns patterns{
        caseless(u"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"_s),
        caseless(u"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|"
                 "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|"
                 "newsletter|subscribe|cookie"_s),
        caseless(u"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|"
                 "legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|"
                 "ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|cookie|consent|promo"_s),
        caseless(u"and|article|body|column|content|main|mathjax|shadow"_s),
        caseless(u"byline|author|dateline|writtenby|p-author"_s),
        caseless(u"(\\b|_)(share|sharedaddy)(\\b|_)"_s),
    };
    return patterns;
}

int classWeight(const Node &n, int flags)
{
    if (!(flags & WeightClasses))
        return 0;
    int weight = 0;
    const ReadabilityPatterns &patterns = readabilityPatterns();
    for (const QString &name : {n.className, attr(n.g, "id")}) {
        if (name.isEmpty())
            continue;
        if (patterns.negative.match(name).hasMatch())
            weight -= 25;
        if (patterns.positive.match(name).hasMatch())
            weight += 25;
    }
    return weight;
}

} // namespace marginalia::importdetail::html
