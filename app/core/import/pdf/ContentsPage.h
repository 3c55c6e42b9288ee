// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Table-of-contents pages: entries end with a page number, usually after dot leaders ("2.1 Methods ..... 7"),
// under a "Contents" heading. Such a page is kept as Contents blocks (one per entry), not as headings.

#include "core/import/pdf/PdfLayout.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace marginalia::importdetail::pdf {

// "Contents", "Table of contents", "List of figures", "Inhalt", "Sommaire", "Índice"...
bool isContentsHeading(const QString &text);
// A line ending with a page number after some words: "Introduction 3", "2.1 Methods . . . 7", "Preface .... iv".
bool isContentsEntry(const QString &text);
// An entry with dot leaders (three or more dots or an ellipsis before the number).
bool hasDotLeaders(const QString &text);

// Page numbers set at the right margin without leaders are too far from their title to be joined as one line:
// a bare number on the baseline of the line before it is joined here.
QList<PdfLine> joinTrailingNumbers(const QList<PdfLine> &lines);

// Whether a page's body lines (furniture removed, joined by joinTrailingNumbers) are a contents page:
// mostly entries, under a contents heading, or with dot leaders, or continuing the contents of the page
// before (`continues`) with page numbers that go up.
bool isContentsPage(const QList<PdfLine> &lines, bool continues);

// The blocks of a contents page: the heading, then one block per entry (a title wrapped over two lines
// is joined to its page number).
QStringList contentsBlocks(const QList<PdfLine> &lines);

} // namespace marginalia::importdetail::pdf
