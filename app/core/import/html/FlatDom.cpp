// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/FlatDom.h"

#include "core/import/ImportUtil.h"
#include "core/import/html/HtmlCommon.h"
#include "core/import/html/NestingGuard.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::html {

FlatDom::FlatDom(const QString &html)
{
    QElapsedTimer timer;
    timer.start();
    m_utf8 = limitNesting(html.toUtf8(), 400);
    GumboOptions gopts = kGumboDefaultOptions;
    gopts.max_errors = 100;
    m_gumboOptions = gopts;
    qCDebug(lcHtml, "utf-8 and nesting check: %lld ms", timer.restart());
    m_output = gumbo_parse_with_options(&m_gumboOptions, m_utf8.constData(), size_t(m_utf8.size()));
    qCDebug(lcHtml, "gumbo: %lld ms", timer.restart());
    flatten();
    qCDebug(lcHtml, "flatten: %lld ms, %d nodes", timer.restart(), int(m_nodes.size()));
}

FlatDom::~FlatDom()
{
    QElapsedTimer timer;
    timer.start();
    if (m_output)
        gumbo_destroy_output(&m_gumboOptions, m_output);
    qCDebug(lcHtml, "gumbo destroy: %lld ms", timer.restart());
}

void FlatDom::flatten()
{
    if (!m_output || !m_output->root)
        return;
    // Iterative pre-order walk; a negative entry closes the subtree of node -(entry + 1).
    struct Item {
        GumboNode *node;
        int parent;
        int closeIndex;
    };
    std::vector<Item> stack;
    stack.push_back({m_output->root, -1, -1});
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        if (item.closeIndex >= 0) {
            m_nodes[size_t(item.closeIndex)].end = int(m_nodes.size());
            continue;
        }
        GumboNode *g = item.node;
        Node n;
        n.g = g;
        n.parent = item.parent;
        n.depth = item.parent >= 0 ? m_nodes[size_t(item.parent)].depth + 1 : 0;
        if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_CDATA || g->type == GUMBO_NODE_WHITESPACE) {
            n.isText = true;
            n.text = QString::fromUtf8(g->v.text.text);
            n.end = int(m_nodes.size()) + 1;
            m_nodes.push_back(std::move(n));
            continue;
        }
        if (g->type != GUMBO_NODE_ELEMENT)
            continue; // comments, templates
        const GumboElement &e = g->v.element;
        if (e.tag_namespace == GUMBO_NAMESPACE_SVG)
            continue;
        if (e.tag_namespace == GUMBO_NAMESPACE_MATHML) {
            // MathML keeps its text (formulas are content); annotations hold TeX or other source.
            n.math = true;
            const bool annotation = e.tag == GUMBO_TAG_ANNOTATION_XML
                                    || (e.tag == GUMBO_TAG_UNKNOWN && e.original_tag.data && e.original_tag.length >= 11
                                        && qstrnicmp(e.original_tag.data, "<annotation", 11) == 0);
            if (annotation)
                continue;
        } else if (isSkippedTag(e.tag)) {
            continue;
        }
        if (e.tag != GUMBO_TAG_HTML && e.tag != GUMBO_TAG_BODY && !isProbablyVisible(g))
            continue;
        n.tag = e.tag;
        n.className = attr(g, "class");
        n.idClass = n.className + u' ' + attr(g, "id");
        m_maxDepth = std::max(m_maxDepth, n.depth);
        const int index = int(m_nodes.size());
        m_nodes.push_back(std::move(n));
        stack.push_back({nullptr, -1, index});
        for (unsigned i = e.children.length; i > 0; --i)
            stack.push_back({static_cast<GumboNode *>(e.children.data[i - 1]), index, -1});
    }
    computeStats(0, int(m_nodes.size()));
}

bool FlatDom::isProbablyVisible(const GumboNode *g) const
{
    const QString style = attr(g, "style").toLower().remove(u' ');
    if (style.contains(u"display:none") || style.contains(u"visibility:hidden"))
        return false;
    if (hasAttr(g, "hidden"))
        return false;
    if (attr(g, "aria-hidden") == u"true" && !attr(g, "class").contains(u"fallback-image"))
        return false;
    return true;
}

// Text length, link text length and commas of every subtree, skipping removed nodes (reverse pre-order).
void FlatDom::computeStats(int from, int to)
{
    for (int i = from; i < to; ++i) {
        Node &n = m_nodes[size_t(i)];
        n.textLen = n.linkLen = n.commas = 0;
        if (n.isText) {
            // Like textContent with white space runs folded: a run between words counts once.
            bool trailing = false;
            n.textLen = collapsedLength(n.text, &trailing, false);
            if (trailing && n.textLen > 0)
                --n.textLen;
            if (n.textLen > 0 && n.text.back().isSpace())
                ++n.textLen;
            n.commas = countCommas(n.text);
        }
    }
    for (int i = to - 1; i >= from; --i) {
        Node &n = m_nodes[size_t(i)];
        if (n.removed)
            continue;
        if (n.tag == GUMBO_TAG_A) {
            const QString href = attr(n.g, "href");
            n.linkLen = (href.startsWith(u'#') && href.size() > 1) ? int(n.textLen * 0.3) : n.textLen;
        }
        if (n.parent >= from && n.parent >= 0) {
            Node &p = m_nodes[size_t(n.parent)];
            p.textLen += n.textLen;
            p.linkLen += n.linkLen;
            p.commas += n.commas;
        }
    }
}

QString FlatDom::innerText(int index) const
{
    const Node &root = m_nodes[size_t(index)];
    QString out;
    for (int i = index; i < root.end;) {
        const Node &n = m_nodes[size_t(i)];
        if (n.removed) {
            i = n.end;
            continue;
        }
        if (n.isText)
            out += n.text;
        else if (n.tag == GUMBO_TAG_BR || (i != index && isBlockTag(n.tag)))
            out += u' ';
        ++i;
    }
    return simplifyWhitespace(out);
}

int FlatDom::findTag(GumboTag tag) const
{
    for (int i = 0; i < int(m_nodes.size()); ++i)
        if (m_nodes[size_t(i)].tag == tag && !m_nodes[size_t(i)].isText)
            return i;
    return -1;
}

double FlatDom::linkDensity(int index) const
{
    const Node &n = m_nodes[size_t(index)];
    return n.textLen > 0 ? double(n.linkLen) / n.textLen : 0.0;
}

bool FlatDom::hasAncestorTag(int index, GumboTag tag, int maxDepth) const
{
    int depth = 0;
    for (int p = m_nodes[size_t(index)].parent; p >= 0; p = m_nodes[size_t(p)].parent) {
        if (maxDepth > 0 && depth >= maxDepth)
            return false;
        if (m_nodes[size_t(p)].tag == tag && !m_nodes[size_t(p)].isText)
            return true;
        ++depth;
    }
    return false;
}

bool FlatDom::isDataTable(int index)
{
    Node &n = m_nodes[size_t(index)];
    if (n.dataTableKnown)
        return n.dataTable;
    n.dataTableKnown = true;
    n.dataTable = false;
    if (attr(n.g, "role") == u"presentation")
        return false;
    if (attr(n.g, "datatable") == u"0")
        return false;
    if (!attr(n.g, "summary").isEmpty()) {
        n.dataTable = true;
        return true;
    }
    int rows = 0, maxColumns = 0, columns = 0;
    bool header = false;
    for (int i = index + 1; i < n.end; ++i) {
        const Node &c = m_nodes[size_t(i)];
        if (c.isText)
            continue;
        if (c.tag == GUMBO_TAG_TABLE)
            return false; // nested tables: layout
        if (c.tag == GUMBO_TAG_CAPTION && c.textLen > 0)
            header = true;
        if (c.tag == GUMBO_TAG_THEAD || c.tag == GUMBO_TAG_TFOOT || c.tag == GUMBO_TAG_COLGROUP
            || c.tag == GUMBO_TAG_TH)
            header = true;
        if (c.tag == GUMBO_TAG_TR) {
            ++rows;
            columns = 0;
        }
        if (c.tag == GUMBO_TAG_TD || c.tag == GUMBO_TAG_TH) {
            ++columns;
            maxColumns = std::max(maxColumns, columns);
        }
    }
    if (header) {
        n.dataTable = true;
        return true;
    }
    if (rows == 1 || maxColumns == 1)
        return false;
    if (rows >= 10 || maxColumns > 4) {
        n.dataTable = true;
        return true;
    }
    n.dataTable = rows * maxColumns > 10;
    return n.dataTable;
}

QList<int> FlatDom::liveElements(int index) const
{
    QList<int> live;
    for (int i = index; i < m_nodes[size_t(index)].end;) {
        const Node &n = m_nodes[size_t(i)];
        if (n.removed) {
            i = n.end;
            continue;
        }
        if (!n.isText)
            live.append(i);
        ++i;
    }
    return live;
}

void FlatDom::remove(int index)
{
    if (!m_nodes[size_t(index)].removed) {
        m_nodes[size_t(index)].removed = true;
        m_removedLog.append(index);
    }
}

void FlatDom::replaceRemoved(const QList<int> &nodes)
{
    for (int i : std::as_const(m_removedLog))
        m_nodes[size_t(i)].removed = false;
    m_removedLog.clear();
    for (int i : nodes)
        remove(i);
}

} // namespace marginalia::importdetail::html
