#include "core/import/html/ReadabilityHints.h"

#include "core/import/html/FlatDom.h"
#include "core/import/html/HtmlCommon.h"

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::html {

namespace {

const QRegularExpression &rePositive()
{
    static const QRegularExpression re(
        u"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}
const QRegularExpression &reNegative()
{
    static const QRegularExpression re(
        u"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|"
        "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|"
        "subscribe|cookie"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

const QRegularExpression &reUnlikely()
{
    static const QRegularExpression re(
        u"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|"
        "menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|"
        "pagination|pager|popup|yom-remote|newsletter|subscribe|cookie|consent|promo"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}
const QRegularExpression &reMaybe()
{
    static const QRegularExpression re(u"and|article|body|column|content|main|mathjax|shadow"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}
const QRegularExpression &reByline()
{
    static const QRegularExpression re(u"byline|author|dateline|writtenby|p-author"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}
const QRegularExpression &reShare()
{
    static const QRegularExpression re(u"(\\b|_)(share|sharedaddy)(\\b|_)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

int classWeight(const Node &n, int flags)
{
    if (!(flags & WeightClasses))
        return 0;
    int weight = 0;
    const QString cls = n.className;
    const QString id = attr(n.g, "id");
    if (!cls.isEmpty()) {
        if (reNegative().match(cls).hasMatch())
            weight -= 25;
        if (rePositive().match(cls).hasMatch())
            weight += 25;
    }
    if (!id.isEmpty()) {
        if (reNegative().match(id).hasMatch())
            weight -= 25;
        if (rePositive().match(id).hasMatch())
            weight += 25;
    }
    return weight;
}

} // namespace marginalia::importdetail::html
