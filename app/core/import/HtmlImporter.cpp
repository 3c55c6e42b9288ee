// HTML to typed blocks with gumbo (HTML5 parsing rules). Nothing external is loaded: only the bytes given
// are read, and script, style, iframe, object, form controls and svg never reach the text.
//
// Reader mode follows the approach of Mozilla Readability: paragraph-like elements are scored by text length
// and commas, the score flows to their ancestors (weighted by tag and by class/id hints), link density scales
// it down, the best container wins and its siblings join when they score well enough; the chosen region is
// then cleaned conditionally (link-heavy lists, share boxes, forms, asides). Everything works on a flat
// pre-order copy of the tree, so no step recurses and deep nesting cannot exhaust the stack.

#include "core/import/ImportUtil.h"
#include "core/import/Importer.h"

#include "core/text/Text.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <gumbo.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace importdetail;

namespace importdetail {
QString decodeHtml(const QByteArray &bytes);
} // namespace importdetail

namespace {

// ---------------------------------------------------------------------------------------------------------
// A flat copy of the gumbo tree

struct Node {
    GumboNode *g = nullptr;
    int parent = -1;
    int end = 0;    // one past the last node of the subtree
    int depth = 0;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    bool isText = false;
    bool removed = false;
    QString text;     // text nodes: raw text
    QString idClass;  // elements: class + " " + id
    QString className;
    // Subtree statistics (text length with white space collapsed, link text, commas).
    int textLen = 0;
    int linkLen = 0;
    int commas = 0;
    // Scoring.
    bool initialized = false;
    double score = 0;
    bool dataTable = false;
    bool dataTableKnown = false;
    bool transparent = false; // a div around a single <p>: scores pass through it
    bool math = false;        // MathML: tokens are separated by spaces
};

QString attr(const GumboNode *node, const char *name)
{
    if (!node || node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasAttr(const GumboNode *node, const char *name)
{
    return node && node->type == GUMBO_NODE_ELEMENT && gumbo_get_attribute(&node->v.element.attributes, name);
}

int collapsedLength(const QString &text, bool *endsInSpace, bool leadingSpaceAllowed)
{
    int n = 0;
    bool space = !leadingSpaceAllowed;
    for (QChar c : text) {
        if (c.isSpace()) {
            if (!space)
                ++n;
            space = true;
        } else {
            ++n;
            space = false;
        }
    }
    if (endsInSpace)
        *endsInSpace = space;
    return n;
}

int countCommas(const QString &text)
{
    int n = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u',' || u == 0x060C || u == 0xFE50 || u == 0xFE10 || u == 0xFE11 || u == 0x2E41 || u == 0x2E34
            || u == 0x2E32 || u == 0xFF0C || u == 0x3001)
            ++n;
    }
    return n;
}

bool isSkippedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
        return true;
    default:
        return false;
    }
}

bool isHeadingTag(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

int headingLevel(GumboTag tag)
{
    return isHeadingTag(tag) ? int(tag - GUMBO_TAG_H1) + 1 : 0;
}

// Elements that start a new block of text.
bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

// Readability's DIV_TO_P_ELEMS: a div holding none of these reads as a paragraph.
bool isDivToPBlocker(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_MAIN:
        return true;
    default:
        return false;
    }
}

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
const QRegularExpression &reByline()
{
    static const QRegularExpression re(u"byline|author|dateline|writtenby|p-author"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}
const QRegularExpression &reShare()
{
    static const QRegularExpression re(u"(\\b|_)(share|sharedaddy)(\\b|_)"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Readability's _textSimilarity: the share of b's text made of tokens also found in a.
double textSimilarity(const QString &a, const QString &b)
{
    static const QRegularExpression nonWord(u"\\W+"_s, QRegularExpression::UseUnicodePropertiesOption);
    const QStringList ta = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList tb = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (ta.isEmpty() || tb.isEmpty())
        return 0;
    QStringList uniqueB;
    for (const QString &t : tb)
        if (!ta.contains(t))
            uniqueB.append(t);
    const double distance = double(uniqueB.join(u' ').size()) / double(tb.join(u' ').size());
    return 1 - distance;
}

bool isVoidElement(QByteArrayView name)
{
    static const char *const voids[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                        "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont"};
    for (const char *v : voids)
        if (name.compare(QByteArrayView(v), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// HTML tree building is quadratic in the nesting depth (every start tag checks the stack of open elements),
// so a page with 100,000 nested elements would take hours in gumbo. A cheap tag scan first: when elements
// nest deeper than `limit`, the tags beyond it are left out (their text stays).
QByteArray limitNesting(const QByteArray &html, int limit)
{
    const char *data = html.constData();
    const qsizetype size = html.size();
    auto isAlpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    // Pass 1: how deep does it go?
    int depth = 0, maxDepth = 0;
    QByteArray out;
    bool rewriting = false;
    for (int pass = 0; pass < 2; ++pass) {
        depth = 0;
        qsizetype copied = 0;
        for (qsizetype i = 0; i < size; ++i) {
            if (data[i] != '<' || i + 1 >= size)
                continue;
            const qsizetype tagStart = i;
            if (data[i + 1] == '!') {
                const bool comment = i + 3 < size && data[i + 2] == '-' && data[i + 3] == '-';
                const qsizetype close = comment ? html.indexOf("-->", i + 4) : html.indexOf('>', i + 2);
                if (close < 0)
                    break;
                i = close + (comment ? 2 : 0);
                continue;
            }
            const bool endTag = data[i + 1] == '/';
            const qsizetype nameStart = i + (endTag ? 2 : 1);
            if (nameStart >= size || !isAlpha(data[nameStart]))
                continue;
            qsizetype nameEnd = nameStart;
            while (nameEnd < size && data[nameEnd] != '>' && data[nameEnd] != '/' && data[nameEnd] != ' '
                   && data[nameEnd] != '\n' && data[nameEnd] != '\t' && data[nameEnd] != '\r')
                ++nameEnd;
            const QByteArrayView name(data + nameStart, nameEnd - nameStart);
            // Find the end of the tag, skipping quoted attribute values.
            qsizetype j = nameEnd;
            char quote = 0;
            while (j < size) {
                const char c = data[j];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                }
                ++j;
            }
            if (j >= size)
                break;
            const bool selfClosing = data[j - 1] == '/';
            bool drop = false;
            if (endTag) {
                if (!isVoidElement(name)) {
                    drop = depth > limit;
                    depth = std::max(0, depth - 1);
                }
            } else if (!selfClosing && !isVoidElement(name)) {
                ++depth;
                maxDepth = std::max(maxDepth, depth);
                drop = depth > limit;
            }
            i = j;
            // Raw text elements: skip to their end tag.
            if (!endTag && !selfClosing) {
                for (const char *raw : {"script", "style", "textarea", "title", "xmp", "plaintext"}) {
                    if (name.compare(QByteArrayView(raw), Qt::CaseInsensitive) == 0) {
                        const qsizetype close = html.indexOf(QByteArray("</").append(raw), j + 1);
                        if (close >= 0) {
                            i = close - 1;
                        } else {
                            i = size;
                        }
                        break;
                    }
                }
            }
            if (rewriting && drop) {
                out.append(data + copied, tagStart - copied);
                copied = j + 1;
            }
        }
        if (!rewriting) {
            if (maxDepth <= limit)
                return html;
            rewriting = true;
            out.reserve(size);
            continue;
        }
        out.append(data + copied, size - copied);
    }
    return out;
}

enum Flag { StripUnlikely = 1, WeightClasses = 2, CleanConditionally = 4 };

class Dom
{
public:
    explicit Dom(const QString &html, const ImportOptions &options)
        : m_options(options)
    {
        QElapsedTimer timer;
        timer.start();
        m_utf8 = limitNesting(html.toUtf8(), 400);
        GumboOptions gopts = kGumboDefaultOptions;
        gopts.max_errors = 100;
        m_gumboOptions = gopts;
        if (m_debug)
            qInfo("utf-8 and nesting check: %lld ms", timer.restart());
        m_output = gumbo_parse_with_options(&m_gumboOptions, m_utf8.constData(), size_t(m_utf8.size()));
        if (m_debug)
            qInfo("gumbo: %lld ms", timer.restart());
        flatten();
        if (m_debug)
            qInfo("flatten: %lld ms, %d nodes", timer.restart(), int(m_nodes.size()));
    }
    ~Dom()
    {
        QElapsedTimer timer;
        timer.start();
        if (m_output)
            gumbo_destroy_output(&m_gumboOptions, m_output);
        if (m_debug)
            qInfo("gumbo destroy: %lld ms", timer.restart());
    }
    Dom(const Dom &) = delete;
    Dom &operator=(const Dom &) = delete;

    DocumentMetadata metadata();
    void extract(DocumentBuilder &builder);
    QString byline() const { return m_byline; }
    const QHash<int, double> &linkDensities() const { return m_linkDensities; }

private:
    void flatten();
    void computeStats(int from, int to);
    QString innerText(int index) const;
    int findTag(GumboTag tag) const;
    double linkDensity(int index) const;
    int classWeight(int index) const;
    void initializeNode(int index);
    bool isProbablyVisible(const GumboNode *g) const;
    bool isDataTable(int index);
    bool hasAncestorTag(int index, GumboTag tag, int maxDepth = -1) const;
    bool shouldRemoveConditionally(int index, GumboTag tag);
    QList<int> grabArticle(int flags, int bodyIndex);
    void emitBlocks(const QList<int> &roots, DocumentBuilder &builder, bool reader);
    QString articleTitle();
    void readJsonLd(DocumentMetadata &meta);

    const ImportOptions &m_options;
    bool m_debug = qEnvironmentVariableIsSet("MARGINALIA_DEBUG_READER");
    QByteArray m_utf8;
    GumboOptions m_gumboOptions{};
    GumboOutput *m_output = nullptr;
    std::vector<Node> m_nodes;
    int m_maxDepth = 0;
    int m_flags = StripUnlikely | WeightClasses | CleanConditionally;
    QString m_title;
    QString m_byline;
    QHash<int, double> m_linkDensities;
    double m_pageStopDensity = -1;
    QList<int> m_removedInAttempt;
};

void Dom::flatten()
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

bool Dom::isProbablyVisible(const GumboNode *g) const
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
void Dom::computeStats(int from, int to)
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

QString Dom::innerText(int index) const
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

int Dom::findTag(GumboTag tag) const
{
    for (int i = 0; i < int(m_nodes.size()); ++i)
        if (m_nodes[size_t(i)].tag == tag && !m_nodes[size_t(i)].isText)
            return i;
    return -1;
}

double Dom::linkDensity(int index) const
{
    const Node &n = m_nodes[size_t(index)];
    return n.textLen > 0 ? double(n.linkLen) / n.textLen : 0.0;
}

int Dom::classWeight(int index) const
{
    if (!(m_flags & WeightClasses))
        return 0;
    const Node &n = m_nodes[size_t(index)];
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

void Dom::initializeNode(int index)
{
    Node &n = m_nodes[size_t(index)];
    n.initialized = true;
    n.score = 0;
    switch (n.tag) {
    case GUMBO_TAG_DIV:
        n.score += 5;
        break;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        n.score += 3;
        break;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        n.score -= 3;
        break;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        n.score -= 5;
        break;
    default:
        break;
    }
    n.score += classWeight(index);
}

bool Dom::hasAncestorTag(int index, GumboTag tag, int maxDepth) const
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

bool Dom::isDataTable(int index)
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
        if (c.tag == GUMBO_TAG_THEAD || c.tag == GUMBO_TAG_TFOOT || c.tag == GUMBO_TAG_COLGROUP || c.tag == GUMBO_TAG_TH)
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

bool Dom::shouldRemoveConditionally(int index, GumboTag tag)
{
    Node &n = m_nodes[size_t(index)];
    if (!(m_flags & CleanConditionally))
        return false;
    if (tag == GUMBO_TAG_TABLE && isDataTable(index))
        return false;
    for (int p = n.parent; p >= 0; p = m_nodes[size_t(p)].parent) {
        const Node &a = m_nodes[size_t(p)];
        if (a.tag == GUMBO_TAG_TABLE && isDataTable(p))
            return false;
        if (a.tag == GUMBO_TAG_CODE || a.tag == GUMBO_TAG_PRE)
            return false;
    }
    const int weight = classWeight(index);
    if (weight < 0)
        return true;
    if (n.commas >= 10)
        return false;
    int p = 0, img = 0, li = 0, input = 0, headingText = 0, textish = 0, listText = 0;
    bool hasDataTable = false;
    for (int i = index + 1; i < n.end;) {
        const Node &c = m_nodes[size_t(i)];
        if (c.removed) {
            i = c.end;
            continue;
        }
        if (!c.isText) {
            switch (c.tag) {
            case GUMBO_TAG_P:
                ++p;
                break;
            case GUMBO_TAG_IMG:
                ++img;
                break;
            case GUMBO_TAG_LI:
                ++li;
                break;
            case GUMBO_TAG_INPUT:
                ++input;
                break;
            case GUMBO_TAG_TABLE:
                if (isDataTable(i))
                    hasDataTable = true;
                break;
            default:
                break;
            }
            if (isHeadingTag(c.tag)) {
                headingText += c.textLen;
                i = c.end;
                continue;
            }
            if (c.tag == GUMBO_TAG_UL || c.tag == GUMBO_TAG_OL) {
                listText += c.textLen;
            }
            if (c.tag == GUMBO_TAG_SPAN || c.tag == GUMBO_TAG_LI || c.tag == GUMBO_TAG_TD || isDivToPBlocker(c.tag)) {
                textish += c.textLen;
                // count nested elements too, but text only once
                const int stop = c.end;
                for (int j = i + 1; j < stop;) {
                    const Node &d = m_nodes[size_t(j)];
                    if (d.removed) {
                        j = d.end;
                        continue;
                    }
                    if (!d.isText) {
                        if (d.tag == GUMBO_TAG_P)
                            ++p;
                        else if (d.tag == GUMBO_TAG_IMG)
                            ++img;
                        else if (d.tag == GUMBO_TAG_LI)
                            ++li;
                        else if (d.tag == GUMBO_TAG_INPUT)
                            ++input;
                        else if (d.tag == GUMBO_TAG_TABLE && isDataTable(j))
                            hasDataTable = true;
                        if (isHeadingTag(d.tag))
                            headingText += d.textLen;
                        if ((d.tag == GUMBO_TAG_UL || d.tag == GUMBO_TAG_OL) && c.tag != GUMBO_TAG_UL
                            && c.tag != GUMBO_TAG_OL)
                            listText += d.textLen;
                    }
                    ++j;
                }
                i = stop;
                continue;
            }
        }
        ++i;
    }
    if (hasDataTable)
        return false;
    const int contentLength = n.textLen;
    bool isList = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
    if (!isList && contentLength > 0)
        isList = double(listText) / contentLength > 0.9;
    const QString text = contentLength < 40 ? innerText(index) : QString();
    static const QRegularExpression adWords(u"^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression loadingWords(
        u"^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"_s, QRegularExpression::CaseInsensitiveOption);
    if (!text.isEmpty() && (adWords.match(text).hasMatch() || loadingWords.match(text).hasMatch()))
        return true;
    const double density = linkDensity(index);
    const double headingDensity = contentLength ? double(headingText) / contentLength : 0.0;
    const double textDensity = contentLength ? double(textish) / contentLength : 0.0;
    const bool figureChild = hasAncestorTag(index, GUMBO_TAG_FIGURE);
    li -= 100;
    if (!figureChild && img > 1 && double(p) / img < 0.5)
        return true;
    if (!isList && li > p)
        return true;
    if (input > p / 3)
        return true;
    if (!isList && !figureChild && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2) && density > 0)
        return true;
    if (!isList && weight < 25 && density > 0.2)
        return true;
    if (weight >= 25 && density > 0.5)
        return true;
    if (img == 0 && textDensity == 0 && contentLength > 0 && tag != GUMBO_TAG_UL && tag != GUMBO_TAG_OL)
        return true;
    return false;
}

// Readability's _grabArticle on the flat tree; returns the roots of the article region in document order.
QList<int> Dom::grabArticle(int flags, int bodyIndex)
{
    m_flags = flags;
    for (int i : std::as_const(m_removedInAttempt))
        m_nodes[size_t(i)].removed = false;
    m_removedInAttempt.clear();
    for (Node &n : m_nodes) {
        n.initialized = false;
        n.score = 0;
    }
    auto remove = [&](int i) {
        if (!m_nodes[size_t(i)].removed) {
            m_nodes[size_t(i)].removed = true;
            m_removedInAttempt.append(i);
        }
    };
    const Node &body = m_nodes[size_t(bodyIndex)];
    // 1. Remove unlikely candidates and the byline, and collect the elements to score.
    QList<int> toScore;
    QList<std::pair<int, int>> virtualParagraphs; // (parent, text length) for phrasing runs in divs
    QList<int> virtualCommas;
    bool headerDropped = false;
    for (int i = bodyIndex + 1; i < body.end;) {
        Node &n = m_nodes[size_t(i)];
        if (n.removed) {
            i = n.end;
            continue;
        }
        if (n.isText) {
            ++i;
            continue;
        }
        const QString &match = n.idClass;
        // The byline: short text marked as author.
        if (m_byline.isEmpty()) {
            const QString rel = attr(n.g, "rel");
            const QString itemprop = attr(n.g, "itemprop");
            if ((rel == u"author" || itemprop.contains(u"author") || reByline().match(match).hasMatch())
                && n.textLen > 0 && n.textLen < 100) {
                m_byline = innerText(i);
                remove(i);
                i = n.end;
                continue;
            }
        }
        // A heading that repeats the title belongs to the page chrome.
        if (!headerDropped && (n.tag == GUMBO_TAG_H1 || n.tag == GUMBO_TAG_H2) && !m_title.isEmpty()) {
            const QString h = innerText(i);
            if (!h.isEmpty() && textSimilarity(m_title, h) > 0.75) {
                headerDropped = true;
                remove(i);
                i = n.end;
                continue;
            }
        }
        if (flags & StripUnlikely) {
            const QString role = attr(n.g, "role");
            static const QStringList unlikelyRoles{u"menu"_s,  u"menubar"_s, u"complementary"_s, u"navigation"_s,
                                                   u"alert"_s, u"alertdialog"_s, u"dialog"_s};
            const bool unlikely = reUnlikely().match(match).hasMatch() && !reMaybe().match(match).hasMatch()
                                  && n.tag != GUMBO_TAG_A && n.tag != GUMBO_TAG_BODY
                                  && !hasAncestorTag(i, GUMBO_TAG_TABLE) && !hasAncestorTag(i, GUMBO_TAG_CODE);
            if (unlikely || unlikelyRoles.contains(role) || n.tag == GUMBO_TAG_NAV) {
                remove(i);
                i = n.end;
                continue;
            }
        }
        switch (n.tag) {
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_P:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_PRE:
            toScore.append(i);
            break;
        case GUMBO_TAG_DIV: {
            bool blockChild = false;
            for (int j = i + 1; j < n.end; ++j) {
                const Node &c = m_nodes[size_t(j)];
                if (!c.isText && !c.removed && isDivToPBlocker(c.tag)) {
                    blockChild = true;
                    break;
                }
            }
            int onlyChild = -1, elementChildren = 0;
            bool looseText = false;
            for (int c = i + 1; c < n.end; c = m_nodes[size_t(c)].end) {
                const Node &child = m_nodes[size_t(c)];
                if (child.removed)
                    continue;
                if (child.isText) {
                    looseText = looseText || !child.text.trimmed().isEmpty();
                } else {
                    ++elementChildren;
                    onlyChild = c;
                }
            }
            n.transparent = false;
            if (elementChildren == 1 && !looseText && m_nodes[size_t(onlyChild)].tag == GUMBO_TAG_P
                && linkDensity(i) < 0.25) {
                n.transparent = true; // Readability replaces such a div by its paragraph
            } else if (!blockChild) {
                toScore.append(i); // reads as a paragraph
            } else {
                // Runs of phrasing content directly in the div are paragraphs of their own.
                int run = 0, commas = 0, brs = 0;
                auto flushRun = [&] {
                    if (run > 0) {
                        virtualParagraphs.append({i, run});
                        virtualCommas.append(commas);
                    }
                    run = commas = 0;
                };
                for (int c = i + 1; c < n.end; c = m_nodes[size_t(c)].end) {
                    const Node &child = m_nodes[size_t(c)];
                    if (child.removed)
                        continue;
                    if (!child.isText && child.tag == GUMBO_TAG_BR) {
                        if (++brs >= 2)
                            flushRun();
                        continue;
                    }
                    if (child.isText && child.text.trimmed().isEmpty())
                        continue;
                    brs = 0;
                    if (!child.isText && (isDivToPBlocker(child.tag) || isBlockTag(child.tag))) {
                        flushRun();
                        continue;
                    }
                    run += child.textLen;
                    commas += child.commas;
                }
                flushRun();
            }
            break;
        }
        default:
            break;
        }
        ++i;
    }
    computeStats(bodyIndex, body.end);

    // 2. Score paragraphs and give the score to their ancestors.
    QList<int> candidates;
    auto scoreAncestors = [&](int first, int textLen, int commas, double factor = 1.0) {
        if (textLen < 25 || factor <= 0)
            return;
        const double contentScore = (1 + (commas + 1) + std::min(textLen / 100, 3)) * factor;
        int level = 0;
        for (int a = first; a >= 0 && level < 5; a = m_nodes[size_t(a)].parent, ++level) {
            Node &an = m_nodes[size_t(a)];
            if (an.parent < 0)
                break; // <html>
            if (an.transparent) {
                --level;
                continue;
            }
            if (!an.initialized) {
                initializeNode(a);
                candidates.append(a);
            }
            const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            an.score += contentScore / divider;
        }
    };
    // jusText: in a language the stop-word list covers (most of the page's words are stop words often
    // enough), a block of several words with almost no stop words is a list of names or links, not prose.
    int pageWords = 0;
    const double pageStops = m_pageStopDensity >= 0 ? m_pageStopDensity
                                                    : (m_pageStopDensity = stopWordDensity(innerText(bodyIndex), &pageWords));
    const bool stopWordLanguage = pageStops >= 0.2;
    for (int i : std::as_const(toScore)) {
        const Node &n = m_nodes[size_t(i)];
        if (n.removed || n.parent < 0)
            continue;
        double factor = 1.0;
        if (stopWordLanguage && n.textLen >= 25 && n.textLen < 400) {
            int words = 0;
            const double density = stopWordDensity(innerText(i), &words);
            if (words >= 5 && density < 0.05)
                factor = 0;
            else if (words >= 5 && density < 0.15)
                factor = 0.5;
        }
        scoreAncestors(n.parent, n.textLen, n.commas, factor);
    }
    for (qsizetype k = 0; k < virtualParagraphs.size(); ++k)
        scoreAncestors(virtualParagraphs[k].first, virtualParagraphs[k].second, virtualCommas[k]);

    // 3. Scale by link density and pick the best.
    std::vector<int> top;
    for (int c : std::as_const(candidates)) {
        Node &n = m_nodes[size_t(c)];
        n.score *= 1 - linkDensity(c);
        top.push_back(c);
    }
    std::stable_sort(top.begin(), top.end(),
                     [&](int a, int b) { return m_nodes[size_t(a)].score > m_nodes[size_t(b)].score; });
    if (top.size() > 5)
        top.resize(5);
    int topCandidate = top.empty() ? -1 : top.front();
    if (m_debug) {
        for (int c : top)
            qInfo("candidate %d <%s class='%s'> score %.1f text %d", c, gumbo_normalized_tagname(m_nodes[size_t(c)].tag),
                  qPrintable(m_nodes[size_t(c)].idClass), m_nodes[size_t(c)].score, m_nodes[size_t(c)].textLen);
    }
    if (topCandidate < 0 || m_nodes[size_t(topCandidate)].tag == GUMBO_TAG_BODY)
        return {bodyIndex};

    auto ancestorsOf = [&](int index) {
        QList<int> list;
        for (int p = m_nodes[size_t(index)].parent; p >= 0; p = m_nodes[size_t(p)].parent)
            list.append(p);
        return list;
    };
    // Several strong candidates under one ancestor: the ancestor is the article.
    QList<QList<int>> alternatives;
    for (size_t k = 1; k < top.size(); ++k) {
        if (m_nodes[size_t(top[k])].score / std::max(1e-9, m_nodes[size_t(topCandidate)].score) >= 0.75)
            alternatives.append(ancestorsOf(top[k]));
    }
    if (alternatives.size() >= 3) {
        for (int p = m_nodes[size_t(topCandidate)].parent; p >= 0 && p != bodyIndex; p = m_nodes[size_t(p)].parent) {
            int lists = 0;
            for (const QList<int> &list : std::as_const(alternatives))
                lists += list.contains(p) ? 1 : 0;
            if (lists >= 3) {
                topCandidate = p;
                break;
            }
        }
    }
    if (!m_nodes[size_t(topCandidate)].initialized)
        initializeNode(topCandidate);
    {
        double lastScore = m_nodes[size_t(topCandidate)].score;
        const double threshold = lastScore / 3;
        for (int p = m_nodes[size_t(topCandidate)].parent; p >= 0 && p != bodyIndex; p = m_nodes[size_t(p)].parent) {
            const Node &pn = m_nodes[size_t(p)];
            if (!pn.initialized)
                continue;
            if (pn.score < threshold)
                break;
            if (pn.score > lastScore) {
                topCandidate = p;
                break;
            }
            lastScore = pn.score;
        }
    }
    auto elementChildren = [&](int index) {
        QList<int> list;
        const Node &n = m_nodes[size_t(index)];
        for (int c = index + 1; c < n.end; c = m_nodes[size_t(c)].end) {
            if (!m_nodes[size_t(c)].isText && !m_nodes[size_t(c)].removed)
                list.append(c);
        }
        return list;
    };
    for (int p = m_nodes[size_t(topCandidate)].parent; p >= 0 && p != bodyIndex && elementChildren(p).size() == 1;
         p = m_nodes[size_t(p)].parent)
        topCandidate = p;
    if (!m_nodes[size_t(topCandidate)].initialized)
        initializeNode(topCandidate);

    // 4. Siblings that score well join the article.
    const Node &tc = m_nodes[size_t(topCandidate)];
    const int parent = tc.parent;
    QList<int> roots;
    if (parent < 0)
        return {topCandidate};
    const double siblingThreshold = std::max(10.0, tc.score * 0.2);
    for (int s : elementChildren(parent)) {
        const Node &sn = m_nodes[size_t(s)];
        bool append = s == topCandidate;
        if (!append) {
            double bonus = 0;
            if (!tc.className.isEmpty() && sn.className == tc.className)
                bonus += tc.score * 0.2;
            if (sn.initialized && sn.score + bonus >= siblingThreshold) {
                append = true;
            } else if (sn.tag == GUMBO_TAG_P) {
                const double density = linkDensity(s);
                const int length = sn.textLen;
                static const QRegularExpression sentence(u"\\.( |$)"_s);
                if (length > 80 && density < 0.25)
                    append = true;
                else if (length < 80 && length > 0 && density == 0 && sentence.match(innerText(s)).hasMatch())
                    append = true;
            }
        }
        if (append)
            roots.append(s);
    }

    // 5. Clean the region: conditional removals bottom-up, share boxes, negative headers.
    for (int r : std::as_const(roots)) {
        const Node &rn = m_nodes[size_t(r)];
        // Live elements only (a node under an already removed one must not be counted again), bottom-up.
        QList<int> live;
        for (int i = r; i < rn.end;) {
            const Node &n = m_nodes[size_t(i)];
            if (n.removed) {
                i = n.end;
                continue;
            }
            if (!n.isText)
                live.append(i);
            ++i;
        }
        for (auto it = live.crbegin(); it != live.crend(); ++it) {
            const int i = *it;
            Node &n = m_nodes[size_t(i)];
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
                drop = classWeight(i) < 0;
                break;
            default:
                break;
            }
            if (!drop && i != r && reShare().match(n.idClass).hasMatch() && n.textLen < 500)
                drop = true;
            if (drop) {
                remove(i);
                // Keep the ancestors' statistics right for the checks that follow.
                for (int p = n.parent; p >= 0; p = m_nodes[size_t(p)].parent) {
                    m_nodes[size_t(p)].textLen -= n.textLen;
                    m_nodes[size_t(p)].linkLen -= n.linkLen;
                    m_nodes[size_t(p)].commas -= n.commas;
                }
            }
        }
    }
    return roots;
}

// ---------------------------------------------------------------------------------------------------------
// Blocks from the chosen region

struct Emitter {
    DocumentBuilder &builder;
    QString buffer;
    QHash<int, double> &linkDensities; // block index -> share of its text inside links
    int linkChars = 0;

    static int visibleChars(const QString &text)
    {
        int n = 0;
        for (QChar c : text)
            n += c.isSpace() ? 0 : 1;
        return n;
    }
    int add(BlockKind kind, const QString &text, int level, const QString &language, double density)
    {
        const int index = builder.add(kind, text, level, -1, language);
        if (index >= 0 && density > 0)
            linkDensities.insert(index, density);
        return index;
    }

    void flush(BlockKind kind, int level, const QString &language = {})
    {
        if (buffer.trimmed().isEmpty()) {
            buffer.clear();
            linkChars = 0;
            return;
        }
        const int total = visibleChars(buffer);
        const double density = total > 0 ? std::min(1.0, double(linkChars) / total) : 0.0;
        linkChars = 0;
        if (kind == BlockKind::Code) {
            add(kind, buffer, 0, language, 0);
        } else if (kind == BlockKind::Table) {
            QStringList rows = buffer.split(u'\n');
            for (QString &row : rows)
                row = simplifyWhitespace(row);
            rows.removeAll(QString());
            add(kind, rows.join(u'\n'), level, {}, 0);
        } else {
            // A blank line (from <br><br>) separates paragraphs; other white space folds.
            static const QRegularExpression paragraphBreak(u"\n[ \t]*\n"_s);
            const QStringList parts = buffer.split(paragraphBreak);
            for (const QString &part : parts) {
                QStringList lines = part.split(u'\n');
                for (QString &line : lines)
                    line = simplifyWhitespace(line);
                lines.removeAll(QString());
                if (!lines.isEmpty())
                    add(kind, lines.join(u'\n'), level, {}, density);
            }
        }
        buffer.clear();
    }
};

void Dom::emitBlocks(const QList<int> &roots, DocumentBuilder &builder, bool reader)
{
    Emitter em{builder, {}, m_linkDensities};
    int linkDepth = 0;
    struct Open {
        int index;
        BlockKind kind;
        int level;
        bool typed;
    };
    std::vector<Open> stack;
    auto push = [&](const Open &o) {
        if (m_nodes[size_t(o.index)].tag == GUMBO_TAG_A)
            ++linkDepth;
        stack.push_back(o);
    };
    int preDepth = 0;
    int tableDepth = 0; // inside a data table (text only, cells joined)
    int listDepth = 0;
    bool cellOpen = false;
    QString codeLanguage;

    auto currentKind = [&](int *level) {
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            if (it->typed) {
                *level = it->level;
                return it->kind;
            }
        }
        *level = 0;
        return BlockKind::Paragraph;
    };
    auto flushCurrent = [&] {
        int level = 0;
        const BlockKind kind = currentKind(&level);
        em.flush(kind, level, codeLanguage);
    };
    auto close = [&] {
        const Open o = stack.back();
        const Node &n = m_nodes[size_t(o.index)];
        if (n.tag == GUMBO_TAG_A)
            --linkDepth;
        if (n.tag == GUMBO_TAG_PRE && preDepth > 0) {
            em.flush(BlockKind::Code, 0, codeLanguage);
            --preDepth;
            codeLanguage.clear();
            stack.pop_back();
            return;
        }
        if (n.tag == GUMBO_TAG_TABLE && o.typed) {
            em.flush(BlockKind::Table, 0);
            --tableDepth;
            stack.pop_back();
            return;
        }
        if (n.tag == GUMBO_TAG_UL || n.tag == GUMBO_TAG_OL)
            --listDepth;
        if (tableDepth > 0 || preDepth > 0) {
            if (n.tag == GUMBO_TAG_TR)
                em.buffer += u'\n';
            stack.pop_back();
            return;
        }
        if (isBlockTag(n.tag))
            flushCurrent();
        stack.pop_back();
    };

    for (int root : roots) {
        const Node &rn = m_nodes[size_t(root)];
        for (int i = root; i < rn.end;) {
            while (!stack.empty() && m_nodes[size_t(stack.back().index)].end <= i)
                close();
            if ((i & 0x3fff) == 0 && isCancelled(m_options))
                return;
            const Node &n = m_nodes[size_t(i)];
            if (n.removed) {
                i = n.end;
                continue;
            }
            if (n.isText) {
                if (preDepth > 0) {
                    em.buffer += n.text;
                } else {
                    // Source line breaks are white space; only <br> breaks a line. Folded at flush.
                    QString t = n.text;
                    t.replace(u'\n', u' ').replace(u'\r', u' ');
                    em.buffer += t;
                    if (linkDepth > 0)
                        em.linkChars += Emitter::visibleChars(t);
                }
                ++i;
                continue;
            }
            if (n.tag == GUMBO_TAG_BR) {
                em.buffer += tableDepth > 0 && preDepth == 0 ? u" "_s : u"\n"_s;
                i = n.end;
                continue;
            }
            if (n.tag == GUMBO_TAG_IMG || n.tag == GUMBO_TAG_WBR) {
                i = n.end;
                continue;
            }
            if (n.math) {
                em.buffer += u' ';
                push(Open{i, BlockKind::Paragraph, 0, false});
                ++i;
                continue;
            }
            if (!reader && (n.tag == GUMBO_TAG_NAV || n.tag == GUMBO_TAG_FORM) && n.textLen < 2000) {
                // Even outside reader mode, menus and forms are not text to read.
                i = n.end;
                continue;
            }
            Open o{i, BlockKind::Paragraph, 0, false};
            if (preDepth > 0) {
                if (n.tag == GUMBO_TAG_CODE && codeLanguage.isEmpty()) {
                    static const QRegularExpression lang(u"(?:^|\\s)(?:language|lang)-([\\w+#-]+)"_s);
                    const auto m = lang.match(n.className);
                    if (m.hasMatch())
                        codeLanguage = m.captured(1);
                }
                push(o);
                ++i;
                continue;
            }
            if (tableDepth > 0) {
                if (n.tag == GUMBO_TAG_TR) {
                    if (!em.buffer.isEmpty() && !em.buffer.endsWith(u'\n'))
                        em.buffer += u'\n';
                    cellOpen = false;
                } else if (n.tag == GUMBO_TAG_TD || n.tag == GUMBO_TAG_TH) {
                    if (cellOpen)
                        em.buffer += u" | "_s;
                    cellOpen = true;
                } else if (isBlockTag(n.tag)) {
                    em.buffer += u' ';
                }
                push(o);
                ++i;
                continue;
            }
            if (isBlockTag(n.tag))
                flushCurrent();
            switch (n.tag) {
            case GUMBO_TAG_H1:
            case GUMBO_TAG_H2:
            case GUMBO_TAG_H3:
            case GUMBO_TAG_H4:
            case GUMBO_TAG_H5:
            case GUMBO_TAG_H6:
                o = {i, BlockKind::Heading, headingLevel(n.tag), true};
                break;
            case GUMBO_TAG_LI:
            case GUMBO_TAG_DD:
            case GUMBO_TAG_DT:
                o = {i, BlockKind::ListItem, std::max(1, listDepth), true};
                break;
            case GUMBO_TAG_UL:
            case GUMBO_TAG_OL:
            case GUMBO_TAG_DL:
                ++listDepth;
                break;
            case GUMBO_TAG_BLOCKQUOTE:
                o = {i, BlockKind::Quote, 0, true};
                break;
            case GUMBO_TAG_FIGCAPTION:
            case GUMBO_TAG_CAPTION:
                o = {i, BlockKind::Caption, 0, true};
                break;
            case GUMBO_TAG_PRE: {
                o = {i, BlockKind::Code, 0, true};
                ++preDepth;
                static const QRegularExpression lang(u"(?:^|\\s)(?:language|lang|brush:)-?\\s*([\\w+#-]+)"_s);
                const auto m = lang.match(n.className);
                codeLanguage = m.hasMatch() ? m.captured(1) : QString();
                break;
            }
            case GUMBO_TAG_TABLE:
                if (isDataTable(i)) {
                    o = {i, BlockKind::Table, 0, true};
                    ++tableDepth;
                    cellOpen = false;
                }
                break;
            default:
                break;
            }
            push(o);
            ++i;
        }
        while (!stack.empty())
            close();
        em.flush(BlockKind::Paragraph, 0);
    }
}

// ---------------------------------------------------------------------------------------------------------
// Metadata

int wordCount(const QString &s)
{
    return int(s.split(QRegularExpression(u"\\s+"_s)).size());
}

QString Dom::articleTitle()
{
    // <title> is not in the flat tree; find it in gumbo's head.
    QString original;
    if (m_output && m_output->root) {
        std::vector<GumboNode *> stack{m_output->root};
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
        for (int i = 0; i < int(m_nodes.size()); ++i) {
            const Node &n = m_nodes[size_t(i)];
            if (!n.isText && (n.tag == a || n.tag == b))
                list.append(innerText(i));
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

void Dom::readJsonLd(DocumentMetadata &meta)
{
    if (!m_output || !m_output->root)
        return;
    std::vector<GumboNode *> stack{m_output->root};
    static const QRegularExpression articleType(
        u"^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|"
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
                            const QString pageTitle = articleTitle();
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

DocumentMetadata Dom::metadata()
{
    DocumentMetadata meta;
    if (!m_output || !m_output->root)
        return meta;
    readJsonLd(meta);
    QHash<QString, QString> values;
    QString canonical, language, timeDatetime, metaLanguage;
    language = attr(m_output->root, "lang").trimmed();
    static const QRegularExpression propertyPattern(
        u"\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name|url|locale)\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namePattern(
        u"^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]\\s*)?(author|creator|pub-date|description|title|site_name|date|language)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    std::vector<GumboNode *> stack{m_output->root};
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
        meta.title = articleTitle();
    if (meta.title.isEmpty()) {
        const int h1 = findTag(GUMBO_TAG_H1);
        if (h1 >= 0)
            meta.title = innerText(h1);
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
    m_title = meta.title;
    return meta;
}

void Dom::extract(DocumentBuilder &builder)
{
    if (m_nodes.empty())
        return;
    const int body = findTag(GUMBO_TAG_BODY);
    if (body < 0)
        return;
    // Very deep trees (generated or hostile markup) are not articles: read all their text.
    if (m_maxDepth > 1500 || m_nodes.size() > 2'000'000) {
        emitBlocks({body}, builder, false);
        return;
    }
    const int attempts[] = {StripUnlikely | WeightClasses | CleanConditionally, WeightClasses | CleanConditionally,
                            CleanConditionally, 0};
    QList<int> best;
    int bestLength = -1;
    QList<int> bestRemoved;
    for (int flags : attempts) {
        const QList<int> roots = grabArticle(flags, body);
        int length = 0;
        for (int r : roots)
            length += m_nodes[size_t(r)].textLen;
        if (m_debug)
            qInfo("attempt flags %d: %d roots, length %d", flags, int(roots.size()), length);
        if (length > bestLength) {
            best = roots;
            bestLength = length;
            bestRemoved = m_removedInAttempt;
        }
        if (length >= 500)
            break;
        if (isCancelled(m_options))
            return;
    }
    for (int i : std::as_const(m_removedInAttempt))
        m_nodes[size_t(i)].removed = false;
    for (int i : std::as_const(bestRemoved))
        m_nodes[size_t(i)].removed = true;
    emitBlocks(best, builder, true);
}

// A byline from the page ("By Jane Doe - Apr 16, 2015 8:02 pm") reduced to the name(s).
QString cleanByline(const QString &raw)
{
    QString text = simplifyWhitespace(raw);
    static const QRegularExpression cut(u"\\s+(?:[•|·—–]|-\\s)\\s*|\\s@\\w"_s);
    const auto c = cut.match(text);
    if (c.hasMatch() && c.capturedStart() > 0)
        text.truncate(c.capturedStart());
    static const QRegularExpression date(
        u"\\s*(?:\\b(?:on\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|"
        "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\b\\d{1,2}:\\d{2}|\\b\\d{4}-\\d{2}|"
        "\\b\\d+\\s*(?:h|hours?|days?|minutes?|mins?)\\s+ago\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b\\d+h\\b|"
        "\\b(?:last\\s+)?(?:updated|published|posted)\\b).*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    text.remove(date);
    static const QRegularExpression by(u"^(?:written\\s+)?(?:by|von|par|por|door|di|av|af)\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    text.remove(by);
    static const QRegularExpression trailing(u"[\\s,;:—–-]+$"_s);
    text.remove(trailing);
    return text.trimmed();
}

// Very short blocks that are nothing but links, first or last in the article ("Next", "Reuse content", a
// tag list) are page furniture that the region kept: marked Boilerplate, never removed. Longer link text
// (a list of sources, bug titles, credits) is content.
void markLinkBoilerplate(ImportedDocument &document, const QHash<int, double> &densities)
{
    const int n = int(document.blocks.size());
    const int edge = 3;
    if (n < 8)
        return; // too little text around them to call anything furniture
    const CodePointIndex index(document.text);
    for (auto it = densities.cbegin(); it != densities.cend(); ++it) {
        const int i = it.key();
        if (i < 0 || i >= n || it.value() < 0.9)
            continue;
        Block &b = document.blocks[i];
        if (b.kind != BlockKind::Paragraph && b.kind != BlockKind::ListItem)
            continue;
        if (!(i < 2 || i >= n - edge))
            continue;
        const int from = index.toUtf16(b.start);
        int words = 0;
        stopWordDensity(document.text.mid(from, index.toUtf16(b.end) - from), &words);
        if (words <= 4)
            b.kind = BlockKind::Boilerplate;
    }
}

} // namespace

namespace importdetail {

QString decodeHtml(const QByteArray &bytes)
{
    // WHATWG order: BOM, <meta charset> in the first 1024 bytes, UTF-8 if valid, else windows-1252.
    if (bytes.startsWith("\xef\xbb\xbf") || bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff"))
        return decodeText(bytes);
    const QByteArray head = bytes.left(1024);
    static const QRegularExpression charsetRe(u"<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.()-]+)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    // XHTML files declare their encoding in the XML declaration instead.
    static const QRegularExpression xmlRe(u"^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_:.()-]+)"_s);
    auto m = charsetRe.match(QString::fromLatin1(head));
    if (!m.hasMatch())
        m = xmlRe.match(QString::fromLatin1(head));
    if (m.hasMatch()) {
        QByteArray label = m.captured(1).toLatin1().toLower();
        // A UTF-16 label in a meta tag means UTF-8 (the bytes were read as ASCII to find it); Latin-1 and
        // ASCII labels mean windows-1252.
        if (label.startsWith("utf-16"))
            label = "utf-8";
        if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii"
            || label == "iso8859-1" || label == "l1" || label == "cp1252" || label == "x-user-defined")
            label = "windows-1252";
        if (label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8") {
            QStringDecoder utf8(QStringDecoder::Utf8);
            return utf8(bytes);
        }
        // Deviation from WHATWG for saved pages: browsers and tools often re-encode a page to UTF-8 on
        // "save as" but keep its legacy <meta charset>. Multi-byte text that is entirely valid UTF-8 is
        // practically never legacy-encoded text, so then UTF-8 wins over the declaration.
        {
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = utf8(bytes);
            bool nonAscii = false;
            for (char c : bytes) {
                if (static_cast<unsigned char>(c) >= 0x80) {
                    nonAscii = true;
                    break;
                }
            }
            if (nonAscii && !utf8.hasError())
                return text;
        }
        QStringDecoder decoder(label.constData());
        if (decoder.isValid())
            return decoder(bytes);
    }
    return decodeText(bytes);
}

} // namespace importdetail

Result<ImportedDocument> importHtml(const QByteArray &bytes, const ImportOptions &options)
{
    const bool debug = qEnvironmentVariableIsSet("MARGINALIA_DEBUG_READER");
    QElapsedTimer timer;
    timer.start();
    const QString html = decodeHtml(bytes);
    if (debug)
        qInfo("decode: %lld ms", timer.restart());
    if (options.progress)
        options.progress(0.1);
    if (isCancelled(options))
        return std::unexpected(cancelledError());
    Dom dom(html, options);
    if (isCancelled(options))
        return std::unexpected(cancelledError());
    if (options.progress)
        options.progress(0.5);
    ImportedDocument document;
    timer.restart();
    document.meta = dom.metadata();
    if (debug)
        qInfo("metadata: %lld ms", timer.restart());
    DocumentBuilder builder;
    dom.extract(builder);
    if (debug)
        qInfo("extract and blocks: %lld ms", timer.restart());
    if (options.progress)
        options.progress(0.8);
    if (isCancelled(options))
        return std::unexpected(cancelledError());
    builder.finish(document);
    markLinkBoilerplate(document, dom.linkDensities());
    if (document.meta.author.isEmpty())
        document.meta.author = cleanByline(dom.byline());
    document.format = u"html"_s;
    return document;
}

} // namespace marginalia
