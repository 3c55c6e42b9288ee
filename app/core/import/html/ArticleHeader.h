// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A web page's headline, byline and date as the first blocks of its text (kinds Title and Byline), so they
// are read and can be tagged like the rest; the metadata (`info`) is unchanged. When the article already
// opens with its headline (a heading or paragraph with the same words among its first blocks, after a lead
// image's caption say) or its byline, that block becomes the Title or Byline in place of a second copy.

#include "core/model/Document.h"

#include <QString>

namespace marginalia::importdetail::html {

// "By Jane Doe · 3 May 2024"; either part may be missing (empty when both are). An ISO date is written out,
// other dates are kept as found, time of day is left out.
QString bylineText(const QString &author, const QString &published);

// Whether a block's text repeats the headline: the same words, in either direction, allowing a few.
bool repeatsHeadline(const QString &headline, const QString &blockText);

// Whether a block is the page's own byline for `author` ("By Jane Doe", "Jane Doe - Apr 16, 2015").
bool isBylineOf(const QString &blockText, const QString &author);

// Adds the Title and Byline blocks at the start of a document with blocks (offsets of the others shift).
void prependArticleHeader(ImportedDocument &document);

} // namespace marginalia::importdetail::html
