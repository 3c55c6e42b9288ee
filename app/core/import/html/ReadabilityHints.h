// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Readability's hints: class and id patterns that mark page chrome or content, and the class weight.

#include <QRegularExpression>

namespace marginalia::importdetail::html {

struct Node;

// The reader-mode attempts relax these one by one when too little text is found.
enum ReadabilityFlag { StripUnlikely = 1, WeightClasses = 2, CleanConditionally = 4 };

// The class and id patterns (after Mozilla Readability), matched without regard to case.
struct ReadabilityPatterns {
    QRegularExpression positive; // content: article, main, post...
    QRegularExpression negative; // chrome: comment, footer, sidebar...
    QRegularExpression unlikely; // candidates removed before scoring...
    QRegularExpression maybe;    // ...unless they also match this
    QRegularExpression byline;
    QRegularExpression share; // share buttons
};
// Compiled once.
const ReadabilityPatterns &readabilityPatterns();
// +25 for a content-like class or id, -25 for a chrome-like one (each); 0 without WeightClasses.
int classWeight(const Node &node, int flags);

} // namespace marginalia::importdetail::html
