// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Headings of plain text, recognised by their shape (the text has no markup to say so):
// - Markdown-like "#" lines ("## Methods"): level = number of #, the marks are dropped from the text.
// - Numbered section headings ("2.1 Methods", "3. Results"): level = 1 + the number's depth ("2" -> 2,
//   "2.1" -> 3), when a longer paragraph follows (so that a numbered list is not read as headings).
// - A short line (12 words or fewer) without closing punctuation, starting with a capital (title case,
//   sentence case or capitals), with at most one comma (so datelines and addresses stay paragraphs), not a
//   byline ("By Jane Roe") nor a link, followed
//   by a longer paragraph that reads as prose: level 2.
// The title, a leading heading-like line, is a Heading of level 1 rather than BlockKind::Title: the analyser
// (headline rules), the outline and the document's title (firstHeading) read level-1 headings, so a plain-text
// title works everywhere a Markdown "# Title" does.

#include <QString>
#include <QStringView>

namespace marginalia::importdetail {

struct HeadingShape {
    int level = 0;            // 0: not a heading
    qsizetype markerLength = 0; // characters of "#" marks and the space after them, to drop from the text
};

// Whether `text` (one paragraph) is a heading, given the paragraph after it (empty at the end).
HeadingShape headingShape(QStringView text, QStringView next);

// The first paragraph is the title when it is one line of at most 120 characters without closing punctuation
// (or a "#" line).
HeadingShape titleShape(QStringView text);

// Words as the heading rules count them (runs of letters and digits).
int countWords(QStringView text);

} // namespace marginalia::importdetail
