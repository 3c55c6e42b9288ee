// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/RegionCleaner.h"

#include "core/import/html/FlatDom.h"
#include "core/import/html/HtmlCommon.h"
#include "core/import/html/ReadabilityHints.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::html {

RegionCleaner::RegionCleaner(FlatDom &dom, int flags)
    : m_dom(dom)
    , m_flags(flags)
{
}

void RegionCleaner::countTag(int index, ContentCounts &counts)
{
    switch (m_dom.nodes()[size_t(index)].tag) {
    case GUMBO_TAG_P:
        ++counts.paragraphs;
        break;
    case GUMBO_TAG_IMG:
        ++counts.images;
        break;
    case GUMBO_TAG_LI:
        ++counts.listItems;
        break;
    case GUMBO_TAG_INPUT:
        ++counts.inputs;
        break;
    case GUMBO_TAG_TABLE:
        if (m_dom.isDataTable(index))
            counts.hasDataTable = true;
        break;
    default:
        break;
    }
}

// The elements inside a text-like element: counted too, but their text only once.
void RegionCleaner::countNested(int outer, ContentCounts &counts)
{
    const std::vector<Node> &nodes = m_dom.nodes();
    const GumboTag outerTag = nodes[size_t(outer)].tag;
    const bool outerIsList = outerTag == GUMBO_TAG_UL || outerTag == GUMBO_TAG_OL;
    const QList<int> inner = m_dom.liveElements(outer);
    for (int j : inner.sliced(inner.isEmpty() ? 0 : 1)) {
        const Node &d = nodes[size_t(j)];
        countTag(j, counts);
        if (isHeadingTag(d.tag))
            counts.headingText += d.textLen;
        if ((d.tag == GUMBO_TAG_UL || d.tag == GUMBO_TAG_OL) && !outerIsList)
            counts.listText += d.textLen;
    }
}

RegionCleaner::ContentCounts RegionCleaner::countContent(int index)
{
    const std::vector<Node> &nodes = m_dom.nodes();
    ContentCounts counts;
    for (int i = index + 1; i < nodes[size_t(index)].end;) {
        const Node &c = nodes[size_t(i)];
        if (c.removed) {
            i = c.end;
            continue;
        }
        if (!c.isText) {
            countTag(i, counts);
            if (isHeadingTag(c.tag)) {
                counts.headingText += c.textLen;
                i = c.end;
                continue;
            }
            if (c.tag == GUMBO_TAG_UL || c.tag == GUMBO_TAG_OL)
                counts.listText += c.textLen;
            if (c.tag == GUMBO_TAG_SPAN || c.tag == GUMBO_TAG_LI || c.tag == GUMBO_TAG_TD || isDivToPBlocker(c.tag)) {
                counts.textish += c.textLen;
                countNested(i, counts);
                i = c.end;
                continue;
            }
        }
        ++i;
    }
    return counts;
}

bool RegionCleaner::shouldRemoveConditionally(int index, GumboTag tag)
{
    const std::vector<Node> &nodes = m_dom.nodes();
    const Node &n = nodes[size_t(index)];
    if (!(m_flags & CleanConditionally))
        return false;
    if (tag == GUMBO_TAG_TABLE && m_dom.isDataTable(index))
        return false;
    for (int p = n.parent; p >= 0; p = nodes[size_t(p)].parent) {
        const Node &a = nodes[size_t(p)];
        if (a.tag == GUMBO_TAG_TABLE && m_dom.isDataTable(p))
            return false;
        if (a.tag == GUMBO_TAG_CODE || a.tag == GUMBO_TAG_PRE)
            return false;
    }
    const int weight = classWeight(n, m_flags);
    if (weight < 0)
        return true;
    if (n.commas >= 10)
        return false;
    ContentCounts counts = countContent(index);
    if (counts.hasDataTable)
        return false;
    const int contentLength = n.textLen;
    bool isList = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
    if (!isList && contentLength > 0)
        isList = double(counts.listText) / contentLength > 0.9;
    const QString text = contentLength < 40 ? m_dom.innerText(index) : QString();
    static const QRegularExpression adWords(
        u"^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression loadingWords(u"^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    if (!text.isEmpty() && (adWords.match(text).hasMatch() || loadingWords.match(text).hasMatch()))
        return true;
    const double density = m_dom.linkDensity(index);
    const double headingDensity = contentLength ? double(counts.headingText) / contentLength : 0.0;
    const double textDensity = contentLength ? double(counts.textish) / contentLength : 0.0;
    const bool figureChild = m_dom.hasAncestorTag(index, GUMBO_TAG_FIGURE);
    const int paragraphs = counts.paragraphs;
    const int images = counts.images;
    const int listItems = counts.listItems - 100;
    if (!figureChild && images > 1 && double(paragraphs) / images < 0.5)
        return true;
    if (!isList && listItems > paragraphs)
        return true;
    if (counts.inputs > paragraphs / 3)
        return true;
    if (!isList && !figureChild && headingDensity < 0.9 && contentLength < 25 && (images == 0 || images > 2)
        && density > 0)
        return true;
    if (!isList && weight < 25 && density > 0.2)
        return true;
    if (weight >= 25 && density > 0.5)
        return true;
    if (images == 0 && textDensity == 0 && contentLength > 0 && tag != GUMBO_TAG_UL && tag != GUMBO_TAG_OL)
        return true;
    return false;
}

void RegionCleaner::removeWithStats(int index)
{
    std::vector<Node> &nodes = m_dom.nodes();
    const Node &n = nodes[size_t(index)];
    m_dom.remove(index);
    // Keep the ancestors' statistics right for the checks that follow.
    for (int p = n.parent; p >= 0; p = nodes[size_t(p)].parent) {
        nodes[size_t(p)].textLen -= n.textLen;
        nodes[size_t(p)].linkLen -= n.linkLen;
        nodes[size_t(p)].commas -= n.commas;
    }
}

void RegionCleaner::clean(const QList<int> &roots)
{
    const std::vector<Node> &nodes = m_dom.nodes();
    for (int r : roots) {
        // Live elements only (a node under an already removed one must not be counted again), bottom-up.
        const QList<int> live = m_dom.liveElements(r);
        for (auto it = live.crbegin(); it != live.crend(); ++it) {
            const int i = *it;
            const Node &n = nodes[size_t(i)];
            if (n.removed)
                continue;
            bool drop = false;
            switch (n.tag) {
            case GUMBO_TAG_FORM:
            case GUMBO_TAG_FIELDSET:
            case GUMBO_TAG_TABLE:
            case GUMBO_TAG_UL:
            case GUMBO_TAG_DIV:
                drop = i != r && shouldRemoveConditionally(i, n.tag);
                break;
            case GUMBO_TAG_FOOTER:
            case GUMBO_TAG_ASIDE:
            case GUMBO_TAG_NAV:
                drop = i != r;
                break;
            case GUMBO_TAG_H1:
            case GUMBO_TAG_H2:
                drop = classWeight(n, m_flags) < 0;
                break;
            default:
                break;
            }
            if (!drop && i != r && readabilityPatterns().share.match(n.idClass).hasMatch() && n.textLen < 500)
                drop = true;
            if (drop)
                removeWithStats(i);
        }
    }
}

} // namespace marginalia::importdetail::html
