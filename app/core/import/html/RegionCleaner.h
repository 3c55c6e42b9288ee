// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Readability's cleaning of the chosen article region: link-heavy lists, share boxes, forms, asides and
// negatively weighted headings go (conditionally, bottom-up), so that what stays reads as the article.

#include <QList>

#include <gumbo.h>

namespace marginalia::importdetail::html {

class FlatDom;

class RegionCleaner {
public:
    RegionCleaner(FlatDom &dom, int flags);
    // Removes (through FlatDom::remove) the furniture inside each root, keeping the statistics right.
    void clean(const QList<int> &roots);

private:
    struct ContentCounts {
        int paragraphs = 0, images = 0, listItems = 0, inputs = 0;
        // Text lengths: in headings, in spans, list items, cells and block elements, in lists.
        int headingText = 0, textish = 0, listText = 0;
        bool hasDataTable = false;
    };
    void countTag(int index, ContentCounts &counts);
    void countNested(int outer, ContentCounts &counts);
    ContentCounts countContent(int index);
    // Readability's _cleanConditionally test for one element.
    bool shouldRemoveConditionally(int index, GumboTag tag);
    void removeWithStats(int index);

    FlatDom &m_dom;
    int m_flags;
};

} // namespace marginalia::importdetail::html
