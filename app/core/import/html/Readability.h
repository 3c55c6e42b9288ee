// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Reader mode after Mozilla Readability: paragraph-like elements are scored by text length and commas, the
// score flows to their ancestors (weighted by tag and by class/id hints), link density scales it down, the
// best container wins and its siblings join when they score well enough; the region is then cleaned
// (RegionCleaner). Attempts with fewer rules follow while too little text is found.

#include "core/import/Importer.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace marginalia::importdetail::html {

class FlatDom;
struct Node;

struct ArticleRegion {
    QList<int> roots;       // subtrees to read, in document order
    bool readerMode = true; // false: the whole body of a page too deep to be an article
};

class Readability {
public:
    // `title` is the page's title (a heading repeating it is chrome).
    Readability(FlatDom &dom, const ImportOptions &options, const QString &title);
    // Chooses the region and leaves the nodes outside it removed; nullopt without a body or when cancelled.
    std::optional<ArticleRegion> chooseRegion();
    // The byline found (and removed) while choosing, raw.
    QString byline() const { return m_byline; }

private:
    struct Candidates {
        QList<int> toScore;
        QList<std::pair<int, int>> virtualParagraphs; // (parent, text length) for phrasing runs in divs
        QList<int> virtualCommas;
    };
    QList<int> grabArticle(int flags, int bodyIndex);
    Candidates collectCandidates(int bodyIndex);
    bool removeIfChrome(int index, bool &headerDropped);
    void collectDiv(int index, Candidates &found);
    QList<int> scoreCandidates(const Candidates &found, int bodyIndex);
    int pickTopCandidate(const QList<int> &candidates, int bodyIndex);
    QList<int> joinSiblings(int topCandidate);
    QList<int> elementChildren(int index) const;
    void initializeNode(int index);

    FlatDom &m_dom;
    std::vector<Node> &m_nodes;
    const ImportOptions &m_options;
    QString m_title;
    QString m_byline;
    int m_flags = 0;
    double m_pageStopDensity = -1; // measured once, in the first attempt
};

} // namespace marginalia::importdetail::html
