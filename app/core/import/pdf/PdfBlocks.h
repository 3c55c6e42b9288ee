// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The blocks of a PDF from its pages' lines (already in reading order): running headers, footers and page
// numbers become Furniture blocks at the start (header) or end (footer) of their page, a table-of-contents
// page becomes Contents blocks, and the other lines become paragraphs, headings and list items from their
// geometry: a vertical gap clearly larger than the usual line spacing, a change of type size, a first-line
// indent or a short line ending a sentence start a new paragraph. A paragraph that runs on into the next
// column or page is joined (the line before the break fills the measure and stops mid-sentence, or the next
// starts in lower case), and that page break's furniture follows it, so the reading text flows without it.

#include "core/import/pdf/PageFurniture.h"
#include "core/model/Document.h"

#include <QList>
#include <QString>

namespace marginalia::importdetail::pdf {

struct PdfBlock {
    BlockKind kind = BlockKind::Paragraph;
    QString text;
    int page = 1;
    int level = 0;
    bool edge = false;    // a running header or footer
    bool fullEnd = false; // a paragraph whose last line fills the measure: it may run on over a break
};

// Paragraphs, headings and list items of one page's body lines; `bodyHeight` is the usual line height of
// the whole document (larger type reads as a heading).
QList<PdfBlock> bodyParagraphs(const QList<PdfLine> &bodyLines, int pageNumber, double bodyHeight);

// The blocks of all pages in reading order.
QList<PdfBlock> layoutPages(const QList<PageLines> &pages);

} // namespace marginalia::importdetail::pdf
