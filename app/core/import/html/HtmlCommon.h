// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the parts of the HTML reader share: tag classes, attribute access, text measures, the logging category.

#include <QLoggingCategory>
#include <QString>

#include <gumbo.h>

namespace marginalia::importdetail::html {

// Timings and reader-mode decisions: QT_LOGGING_RULES="marginalia.import.html.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcHtml)

QString attr(const GumboNode *node, const char *name);
bool hasAttr(const GumboNode *node, const char *name);
// Length of `text` with white space runs folded to one space; a leading run counts only when allowed.
int collapsedLength(const QString &text, bool *endsInSpace, bool leadingSpaceAllowed);
// Commas in any script (Latin, Arabic, CJK...).
int countCommas(const QString &text);
// Script, style, embedded objects, form controls, head content: never text to read.
bool isSkippedTag(GumboTag tag);
bool isHeadingTag(GumboTag tag);
int headingLevel(GumboTag tag);
// Elements that start a new block of text.
bool isBlockTag(GumboTag tag);
// Readability's DIV_TO_P_ELEMS: a div holding none of these reads as a paragraph.
bool isDivToPBlocker(GumboTag tag);
// Readability's _textSimilarity: the share of b's text made of tokens also found in a.
double textSimilarity(const QString &a, const QString &b);

} // namespace marginalia::importdetail::html
