// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/HtmlMetadata.h"

#include "core/import/ImportUtil.h"
#include "core/import/html/FlatDom.h"
#include "core/import/html/HtmlCommon.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::html {

namespace {

int wordCount(const QString &s)
{
    return int(s.split(QRegularExpression(u"\\s+"_s)).size());
}

QString articleTitle(const FlatDom &dom)
{
    // <title> is not in the flat tree; find it in gumbo's head.
    QString original;
    if (dom.root()) {
        std::vector<GumboNode *> stack{dom.root()};
        while (!stack.empty() && original.isNull()) {
            GumboNode *g = stack.back();
            stack.pop_back();
            if (g->type != GUMBO_NODE_ELEMENT)
                continue;
            if (g->v.element.tag == GUMBO_TAG_TITLE && g->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
                QString t;
                for (unsigned i = 0; i < g->v.element.children.length; ++i) {
                    auto *c = static_cast<GumboNode *>(g->v.element.children.data[i]);
                    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE)
                        t += QString::fromUtf8(c->v.text.text);
                }
                original = t.isNull() ? u""_s : t;
                break;
            }
            if (g->v.element.tag == GUMBO_TAG_BODY || g->v.element.tag == GUMBO_TAG_SVG)
                continue;
            for (unsigned i = g->v.element.children.length; i > 0; --i)
                stack.push_back(static_cast<GumboNode *>(g->v.element.children.data[i - 1]));
        }
    }
    original = original.trimmed();
    QString current = original;
    bool hierarchical = false;
    static const QRegularExpression separator(u" [\\|\\-–—\\\\/>»] "_s);
    static const QRegularExpression hierarchicalSeparator(u" [\\\\/>»] "_s);
    auto headings = [&](GumboTag a, GumboTag b) {
        QStringList list;
        for (int i = 0; i < int(dom.nodes().size()); ++i) {
            const Node &n = dom.nodes()[size_t(i)];
            if (!n.isText && (n.tag == a || n.tag == b))
                list.append(dom.innerText(i));
        }
        return list;
    };
    if (separator.match(current).hasMatch()) {
        hierarchical = hierarchicalSeparator.match(current).hasMatch();
        qsizetype last = -1;
        auto it = separator.globalMatch(original);
        while (it.hasNext())
            last = it.next().capturedStart();
        current = original.left(last);
        if (wordCount(current) < 3) {
            static const QRegularExpression firstPart(u"^[^\\|\\-–—\\\\/>»]*[\\|\\-–—\\\\/>»]"_s);
            current = original;
            current.replace(firstPart, QString());
        }
    } else if (current.contains(u": "_s)) {
        const QStringList hs = headings(GUMBO_TAG_H1, GUMBO_TAG_H2);
        const QString trimmed = current.trimmed();
        bool match = false;
        for (const QString &h : hs)
            match = match || h.trimmed() == trimmed;
        if (!match) {
            current = original.mid(original.lastIndexOf(u':') + 1);
            if (wordCount(current) < 3)
                current = original.mid(original.indexOf(u':') + 1);
            else if (wordCount(original.left(original.indexOf(u':'))) > 5)
                current = original;
        }
    } else if (current.size() > 150 || current.size() < 15) {
        const QStringList h1 = headings(GUMBO_TAG_H1, GUMBO_TAG_H1);
        if (h1.size() == 1)
            current = h1.first();
    }
    current = simplifyWhitespace(current);
    const int words = wordCount(current);
    static const QRegularExpression separators(u"[\\|\\-–—\\\\/>»]+"_s);
    QString stripped = original;
    stripped.replace(separators, QString());
    if (words <= 4 && (!hierarchical || words != wordCount(stripped) - 1))
        current = original;
    return current;
}

void readJsonLd(const FlatDom &dom, DocumentMetadata &meta)
{
    if (!dom.root())
        return;
    std::vector<GumboNode *> stack{dom.root()};
    static const QRegularExpression articleType(
        u"^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
        u"BackgroundNewsArticle|"
        "OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|"
        "MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|"
        "TechArticle|APIReference)$"_s);
    while (!stack.empty()) {
        GumboNode *g = stack.back();
        stack.pop_back();
        if (g->type != GUMBO_NODE_ELEMENT)
            continue;
        if (g->v.element.tag == GUMBO_TAG_SCRIPT) {
            if (attr(g, "type").trimmed().toLower() != u"application/ld+json")
                continue;
            QByteArray content;
            for (unsigned i = 0; i < g->v.element.children.length; ++i) {
                auto *c = static_cast<GumboNode *>(g->v.element.children.data[i]);
                if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_CDATA)
                    content += c->v.text.text;
            }
            // Some sites wrap the JSON in CDATA markers.
            content = content.trimmed();
            if (content.startsWith("<![CDATA["))
                content = content.mid(9);
            if (content.endsWith("]]>"))
                content.chop(3);
            const QJsonDocument doc = QJsonDocument::fromJson(content);
            QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            QList<QJsonObject> objects;
            if (value.isArray()) {
                for (const QJsonValue &v : value.toArray())
                    objects.append(v.toObject());
            } else {
                objects.append(value.toObject());
            }
            for (const QJsonObject &top : std::as_const(objects)) {
                QList<QJsonObject> candidates{top};
                if (top.value(u"@graph"_s).isArray())
                    for (const QJsonValue &v : top.value(u"@graph"_s).toArray())
                        candidates.append(v.toObject());
                for (const QJsonObject &o : std::as_const(candidates)) {
                    QStringList types;
                    const QJsonValue t = o.value(u"@type"_s);
                    if (t.isArray())
                        for (const QJsonValue &v : t.toArray())
                            types.append(v.toString());
                    else
                        types.append(t.toString());
                    bool isArticle = false;
                    for (const QString &type : std::as_const(types))
                        isArticle = isArticle || articleType.match(type).hasMatch();
                    if (!isArticle)
                        continue;
                    const QString name = o.value(u"name"_s).toString().trimmed();
                    const QString headline = o.value(u"headline"_s).toString().trimmed();
                    if (meta.title.isEmpty()) {
                        if (!name.isEmpty() && !headline.isEmpty() && name != headline) {
                            // Prefer whichever is closer to the <title>.
                            const QString pageTitle = articleTitle(dom);
                            const bool nameMatch = textSimilarity(name, pageTitle) > 0.75;
                            const bool headlineMatch = textSimilarity(headline, pageTitle) > 0.75;
                            meta.title = headlineMatch && !nameMatch ? headline : name;
                        } else {
                            meta.title = !name.isEmpty() ? name : headline;
                        }
                    }
                    if (meta.author.isEmpty()) {
                        const QJsonValue a = o.value(u"author"_s);
                        QStringList names;
                        if (a.isObject())
                            names.append(a.toObject().value(u"name"_s).toString().trimmed());
                        else if (a.isArray())
                            for (const QJsonValue &v : a.toArray())
                                names.append(v.isObject() ? v.toObject().value(u"name"_s).toString().trimmed()
                                                          : v.toString().trimmed());
                        else if (a.isString())
                            names.append(a.toString().trimmed());
                        names.removeAll(QString());
                        meta.author = names.join(u", "_s);
                    }
                    if (meta.published.isEmpty())
                        meta.published = o.value(u"datePublished"_s).toString().trimmed();
                    if (meta.site.isEmpty())
                        meta.site = o.value(u"publisher"_s).toObject().value(u"name"_s).toString().trimmed();
                }
            }
            continue;
        }
        for (unsigned i = g->v.element.children.length; i > 0; --i)
            stack.push_back(static_cast<GumboNode *>(g->v.element.children.data[i - 1]));
    }
}

} // namespace

DocumentMetadata readMetadata(const FlatDom &dom)
{
    DocumentMetadata meta;
    if (!dom.root())
        return meta;
    readJsonLd(dom, meta);
    QHash<QString, QString> values;
    QString canonical, language, timeDatetime, metaLanguage;
    language = attr(dom.root(), "lang").trimmed();
    static const QRegularExpression propertyPattern(
        u"\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name|url|locale)\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namePattern(
        u"^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]\\s*)?(author|creator|pub-date|description|title|site_name|date|language)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    std::vector<GumboNode *> stack{dom.root()};
    while (!stack.empty()) {
        GumboNode *g = stack.back();
        stack.pop_back();
        if (g->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboTag tag = g->v.element.tag;
        if (tag == GUMBO_TAG_META) {
            const QString content = attr(g, "content").trimmed();
            const QString property = attr(g, "property");
            const QString name = attr(g, "name");
            bool matched = false;
            if (!property.isEmpty()) {
                auto it = propertyPattern.globalMatch(property);
                while (it.hasNext()) {
                    const QString key = it.next().captured(0).toLower().remove(QRegularExpression(u"\\s"_s));
                    values.insert(key, content);
                    matched = true;
                }
            }
            if (!matched && !name.isEmpty() && namePattern.match(name).hasMatch()) {
                QString key = name.toLower().remove(QRegularExpression(u"\\s"_s));
                key.replace(u'.', u':');
                values.insert(key, content);
            }
            if (attr(g, "http-equiv").toLower() == u"content-language" && !content.isEmpty())
                metaLanguage = content;
            if (!attr(g, "itemprop").isEmpty() && attr(g, "itemprop") == u"datePublished" && !content.isEmpty())
                values.insert(u"itemprop:datepublished"_s, content);
        } else if (tag == GUMBO_TAG_LINK) {
            if (attr(g, "rel").toLower().split(u' ').contains(u"canonical"_s) && canonical.isEmpty())
                canonical = attr(g, "href").trimmed();
        } else if (tag == GUMBO_TAG_TIME) {
            if (timeDatetime.isEmpty() && hasAttr(g, "datetime"))
                timeDatetime = attr(g, "datetime").trimmed();
        }
        if (tag == GUMBO_TAG_SVG)
            continue;
        for (unsigned i = g->v.element.children.length; i > 0; --i)
            stack.push_back(static_cast<GumboNode *>(g->v.element.children.data[i - 1]));
    }
    auto pick = [&](std::initializer_list<const char16_t *> keys) {
        for (const char16_t *k : keys) {
            const QString v = values.value(QString::fromUtf16(k)).trimmed();
            if (!v.isEmpty())
                return v;
        }
        return QString();
    };
    if (meta.title.isEmpty())
        meta.title = pick({u"dc:title", u"dcterm:title", u"og:title", u"weibo:article:title", u"weibo:webpage:title",
                           u"title", u"twitter:title", u"parsely-title"});
    if (meta.title.isEmpty())
        meta.title = articleTitle(dom);
    if (meta.title.isEmpty()) {
        const int h1 = dom.findTag(GUMBO_TAG_H1);
        if (h1 >= 0)
            meta.title = dom.innerText(h1);
    }
    meta.title = simplifyWhitespace(meta.title);
    if (meta.author.isEmpty())
        meta.author = pick({u"dc:creator", u"dcterm:creator", u"author", u"parsely-author", u"article:author"});
    // Some sites put a profile URL in article:author; a name reads better.
    if (meta.author.startsWith(u"http"))
        meta.author.clear();
    if (meta.published.isEmpty())
        meta.published = pick({u"article:published_time", u"itemprop:datepublished", u"parsely-pub-date", u"dc:date",
                               u"date", u"pub-date"});
    if (meta.published.isEmpty())
        meta.published = timeDatetime;
    meta.site = meta.site.isEmpty() ? pick({u"og:site_name"}) : meta.site;
    meta.url = canonical.isEmpty() ? pick({u"og:url"}) : canonical;
    if (language.isEmpty())
        language = metaLanguage.isEmpty() ? pick({u"dc:language", u"language"}) : metaLanguage;
    if (language.isEmpty()) {
        QString locale = pick({u"og:locale"});
        locale.replace(u'_', u'-');
        language = locale;
    }
    meta.language = language.section(u',', 0, 0).trimmed();
    return meta;
}

QString cleanByline(const QString &raw)
{
    QString text = simplifyWhitespace(raw);
    static const QRegularExpression cut(u"\\s+(?:[•|·—–]|-\\s)\\s*|\\s@\\w"_s);
    const auto c = cut.match(text);
    if (c.hasMatch() && c.capturedStart() > 0)
        text.truncate(c.capturedStart());
    static const QRegularExpression date(
        u"\\s*(?:\\b(?:on\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
        u"oct|nov|dec)[a-z]*\\.?\\s+\\d|"
        "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\b\\d{1,2}:\\d{2}|\\b\\d{"
        "4}-\\d{2}|"
        "\\b\\d+\\s*(?:h|hours?|days?|minutes?|mins?)\\s+ago\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b\\d+h\\b|"
        "\\b(?:last\\s+)?(?:updated|published|posted)\\b).*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    text.remove(date);
    static const QRegularExpression by(u"^(?:written\\s+)?(?:by|von|par|por|door|di|av|af)\\s+"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    text.remove(by);
    static const QRegularExpression trailing(u"[\\s,;:—–-]+$"_s);
    text.remove(trailing);
    return text.trimmed();
}

} // namespace marginalia::importdetail::html
