// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A flat pre-order copy of gumbo's tree: no step of the reader recurses, so deep nesting cannot exhaust
// the stack. Every node knows its subtree's end, so "skip this subtree" is `i = node.end`.

#include <QList>
#include <QString>

#include <gumbo.h>

#include <vector>

namespace marginalia::importdetail::html {

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

class FlatDom {
public:
    // Parses `html` (nesting limited first, see NestingGuard.h) and flattens the visible elements.
    explicit FlatDom(const QString &html);
    ~FlatDom();
    FlatDom(const FlatDom &) = delete;
    FlatDom &operator=(const FlatDom &) = delete;

    // gumbo's own tree, for what the flat copy leaves out (<head>, scripts with JSON-LD).
    GumboNode *root() const { return m_output ? m_output->root : nullptr; }
    std::vector<Node> &nodes() { return m_nodes; }
    const std::vector<Node> &nodes() const { return m_nodes; }
    int maxDepth() const { return m_maxDepth; }

    // Text length, link text length and commas of every subtree in [from, to), skipping removed nodes.
    void computeStats(int from, int to);
    // The subtree's text with white space folded (block boundaries and <br> read as spaces).
    QString innerText(int index) const;
    // The first element with the tag, or -1.
    int findTag(GumboTag tag) const;
    double linkDensity(int index) const;
    bool hasAncestorTag(int index, GumboTag tag, int maxDepth = -1) const;
    // Readability's _isDataTable, cached per node.
    bool isDataTable(int index);

    // The elements of the subtree (itself first) that are not removed, in document order.
    QList<int> liveElements(int index) const;

    // Removals are logged, so that a reader-mode attempt can be undone or replayed.
    void remove(int index);
    const QList<int> &removedLog() const { return m_removedLog; }
    // Restores every logged node, then removes `nodes` (and logs them).
    void replaceRemoved(const QList<int> &nodes);

private:
    void flatten();
    bool isProbablyVisible(const GumboNode *g) const;

    QByteArray m_utf8;
    GumboOptions m_gumboOptions{};
    GumboOutput *m_output = nullptr;
    std::vector<Node> m_nodes;
    int m_maxDepth = 0;
    QList<int> m_removedLog;
};

} // namespace marginalia::importdetail::html
