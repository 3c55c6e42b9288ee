// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/Readability.h"

#include "core/import/ImportUtil.h"
#include "core/import/html/FlatDom.h"
#include "core/import/html/HtmlCommon.h"
#include "core/import/html/ReadabilityHints.h"
#include "core/import/html/RegionCleaner.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::html {

Readability::Readability(FlatDom &dom, const ImportOptions &options, const QString &title)
    : m_dom(dom)
    , m_nodes(dom.nodes())
    , m_options(options)
    , m_title(title)
{
}

std::optional<ArticleRegion> Readability::chooseRegion()
{
    if (m_nodes.empty())
        return std::nullopt;
    const int body = m_dom.findTag(GUMBO_TAG_BODY);
    if (body < 0)
        return std::nullopt;
    // Very deep trees (generated or hostile markup) are not articles: read all their text.
    if (m_dom.maxDepth() > 1500 || m_nodes.size() > 2'000'000)
        return ArticleRegion{{body}, false};
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
        qCDebug(lcHtml, "attempt flags %d: %d roots, length %d", flags, int(roots.size()), length);
        if (length > bestLength) {
            best = roots;
            bestLength = length;
            bestRemoved = m_dom.removedLog();
        }
        if (length >= 500)
            break;
        if (isCancelled(m_options))
            return std::nullopt;
    }
    m_dom.replaceRemoved(bestRemoved);
    return ArticleRegion{best, true};
}

// Readability's _grabArticle on the flat tree; returns the roots of the article region in document order.
QList<int> Readability::grabArticle(int flags, int bodyIndex)
{
    m_flags = flags;
    m_dom.replaceRemoved({});
    for (Node &n : m_nodes) {
        n.initialized = false;
        n.score = 0;
    }
    // 1. Remove unlikely candidates and the byline, and collect the elements to score.
    const Candidates found = collectCandidates(bodyIndex);
    m_dom.computeStats(bodyIndex, m_nodes[size_t(bodyIndex)].end);
    // 2. Score paragraphs and give the score to their ancestors.
    const QList<int> candidates = scoreCandidates(found, bodyIndex);
    // 3. Scale by link density and pick the best.
    const int topCandidate = pickTopCandidate(candidates, bodyIndex);
    if (topCandidate < 0)
        return {bodyIndex};
    if (m_nodes[size_t(topCandidate)].parent < 0)
        return {topCandidate};
    // 4. Siblings that score well join the article.
    const QList<int> roots = joinSiblings(topCandidate);
    // 5. Clean the region: conditional removals bottom-up, share boxes, negative headers.
    RegionCleaner(m_dom, flags).clean(roots);
    return roots;
}

Readability::Candidates Readability::collectCandidates(int bodyIndex)
{
    Candidates found;
    bool headerDropped = false;
    const int end = m_nodes[size_t(bodyIndex)].end;
    for (int i = bodyIndex + 1; i < end;) {
        Node &n = m_nodes[size_t(i)];
        if (n.removed) {
            i = n.end;
            continue;
        }
        if (n.isText) {
            ++i;
            continue;
        }
        if (removeIfChrome(i, headerDropped)) {
            i = n.end;
            continue;
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
            found.toScore.append(i);
            break;
        case GUMBO_TAG_DIV:
            collectDiv(i, found);
            break;
        default:
            break;
        }
        ++i;
    }
    return found;
}

// The byline (short text marked as author), a heading that repeats the title, and with StripUnlikely the
// elements whose class, id or role says menu, sidebar, comments...: removed, returns true.
bool Readability::removeIfChrome(int index, bool &headerDropped)
{
    const Node &n = m_nodes[size_t(index)];
    const QString &match = n.idClass;
    if (m_byline.isEmpty()) {
        const QString rel = attr(n.g, "rel");
        const QString itemprop = attr(n.g, "itemprop");
        if ((rel == u"author" || itemprop.contains(u"author") || readabilityPatterns().byline.match(match).hasMatch())
            && n.textLen > 0 && n.textLen < 100) {
            m_byline = m_dom.innerText(index);
            m_dom.remove(index);
            return true;
        }
    }
    if (!headerDropped && (n.tag == GUMBO_TAG_H1 || n.tag == GUMBO_TAG_H2) && !m_title.isEmpty()) {
        const QString h = m_dom.innerText(index);
        if (!h.isEmpty() && textSimilarity(m_title, h) > 0.75) {
            headerDropped = true;
            m_dom.remove(index);
            return true;
        }
    }
    if (m_flags & StripUnlikely) {
        const QString role = attr(n.g, "role");
        static const QStringList unlikelyRoles{u"menu"_s,  u"menubar"_s,     u"complementary"_s, u"navigation"_s,
                                               u"alert"_s, u"alertdialog"_s, u"dialog"_s};
        const bool unlikely = readabilityPatterns().unlikely.match(match).hasMatch()
                              && !readabilityPatterns().maybe.match(match).hasMatch() && n.tag != GUMBO_TAG_A
                              && n.tag != GUMBO_TAG_BODY && !m_dom.hasAncestorTag(index, GUMBO_TAG_TABLE)
                              && !m_dom.hasAncestorTag(index, GUMBO_TAG_CODE);
        if (unlikely || unlikelyRoles.contains(role) || n.tag == GUMBO_TAG_NAV) {
            m_dom.remove(index);
            return true;
        }
    }
    return false;
}

// A div around a single paragraph passes scores through; a div without block children reads as a
// paragraph; otherwise runs of phrasing content directly in it are paragraphs of their own.
void Readability::collectDiv(int index, Candidates &found)
{
    Node &n = m_nodes[size_t(index)];
    bool blockChild = false;
    for (int j = index + 1; j < n.end; ++j) {
        const Node &c = m_nodes[size_t(j)];
        if (!c.isText && !c.removed && isDivToPBlocker(c.tag)) {
            blockChild = true;
            break;
        }
    }
    int onlyChild = -1, elementCount = 0;
    bool looseText = false;
    for (int c = index + 1; c < n.end; c = m_nodes[size_t(c)].end) {
        const Node &child = m_nodes[size_t(c)];
        if (child.removed)
            continue;
        if (child.isText) {
            looseText = looseText || !child.text.trimmed().isEmpty();
        } else {
            ++elementCount;
            onlyChild = c;
        }
    }
    n.transparent = false;
    if (elementCount == 1 && !looseText && m_nodes[size_t(onlyChild)].tag == GUMBO_TAG_P
        && m_dom.linkDensity(index) < 0.25) {
        n.transparent = true; // Readability replaces such a div by its paragraph
        return;
    }
    if (!blockChild) {
        found.toScore.append(index); // reads as a paragraph
        return;
    }
    int run = 0, commas = 0, brs = 0;
    auto flushRun = [&] {
        if (run > 0) {
            found.virtualParagraphs.append({index, run});
            found.virtualCommas.append(commas);
        }
        run = commas = 0;
    };
    for (int c = index + 1; c < n.end; c = m_nodes[size_t(c)].end) {
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

QList<int> Readability::scoreCandidates(const Candidates &found, int bodyIndex)
{
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
    const double pageStops = m_pageStopDensity >= 0
                                 ? m_pageStopDensity
                                 : (m_pageStopDensity = stopWordDensity(m_dom.innerText(bodyIndex), &pageWords));
    const bool stopWordLanguage = pageStops >= 0.2;
    for (int i : std::as_const(found.toScore)) {
        const Node &n = m_nodes[size_t(i)];
        if (n.removed || n.parent < 0)
            continue;
        double factor = 1.0;
        if (stopWordLanguage && n.textLen >= 25 && n.textLen < 400) {
            int words = 0;
            const double density = stopWordDensity(m_dom.innerText(i), &words);
            if (words >= 5 && density < 0.05)
                factor = 0;
            else if (words >= 5 && density < 0.15)
                factor = 0.5;
        }
        scoreAncestors(n.parent, n.textLen, n.commas, factor);
    }
    for (qsizetype k = 0; k < found.virtualParagraphs.size(); ++k)
        scoreAncestors(found.virtualParagraphs[k].first, found.virtualParagraphs[k].second, found.virtualCommas[k]);
    return candidates;
}

// The best candidate after link density, lifted to a common ancestor of several strong candidates or to a
// better-scoring parent; -1 when the body itself is best.
int Readability::pickTopCandidate(const QList<int> &candidates, int bodyIndex)
{
    std::vector<int> top;
    for (int c : candidates) {
        Node &n = m_nodes[size_t(c)];
        n.score *= 1 - m_dom.linkDensity(c);
        top.push_back(c);
    }
    std::stable_sort(top.begin(), top.end(),
                     [&](int a, int b) { return m_nodes[size_t(a)].score > m_nodes[size_t(b)].score; });
    if (top.size() > 5)
        top.resize(5);
    int topCandidate = top.empty() ? -1 : top.front();
    if (lcHtml().isDebugEnabled()) {
        for (int c : top)
            qCDebug(lcHtml, "candidate %d <%s class='%s'> score %.1f text %d", c,
                    gumbo_normalized_tagname(m_nodes[size_t(c)].tag), qPrintable(m_nodes[size_t(c)].idClass),
                    m_nodes[size_t(c)].score, m_nodes[size_t(c)].textLen);
    }
    if (topCandidate < 0 || m_nodes[size_t(topCandidate)].tag == GUMBO_TAG_BODY)
        return -1;

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
    for (int p = m_nodes[size_t(topCandidate)].parent; p >= 0 && p != bodyIndex && elementChildren(p).size() == 1;
         p = m_nodes[size_t(p)].parent)
        topCandidate = p;
    if (!m_nodes[size_t(topCandidate)].initialized)
        initializeNode(topCandidate);
    return topCandidate;
}

QList<int> Readability::elementChildren(int index) const
{
    QList<int> list;
    const Node &n = m_nodes[size_t(index)];
    for (int c = index + 1; c < n.end; c = m_nodes[size_t(c)].end) {
        if (!m_nodes[size_t(c)].isText && !m_nodes[size_t(c)].removed)
            list.append(c);
    }
    return list;
}

// The top candidate and those of its siblings that score well or read as prose, in document order.
QList<int> Readability::joinSiblings(int topCandidate)
{
    const Node &tc = m_nodes[size_t(topCandidate)];
    QList<int> roots;
    const double siblingThreshold = std::max(10.0, tc.score * 0.2);
    for (int s : elementChildren(tc.parent)) {
        const Node &sn = m_nodes[size_t(s)];
        bool append = s == topCandidate;
        if (!append) {
            double bonus = 0;
            if (!tc.className.isEmpty() && sn.className == tc.className)
                bonus += tc.score * 0.2;
            if (sn.initialized && sn.score + bonus >= siblingThreshold) {
                append = true;
            } else if (sn.tag == GUMBO_TAG_P) {
                const double density = m_dom.linkDensity(s);
                const int length = sn.textLen;
                static const QRegularExpression sentence(u"\\.( |$)"_s);
                if (length > 80 && density < 0.25)
                    append = true;
                else if (length < 80 && length > 0 && density == 0 && sentence.match(m_dom.innerText(s)).hasMatch())
                    append = true;
            }
        }
        if (append)
            roots.append(s);
    }
    return roots;
}

void Readability::initializeNode(int index)
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
    case GUMBO_TAG_TH:
        n.score -= 5;
        break;
    default:
        if (isHeadingTag(n.tag))
            n.score -= 5;
        break;
    }
    n.score += classWeight(n, m_flags);
}

} // namespace marginalia::importdetail::html
