// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/export/CsvExporter.h"

namespace marginalia {

// Code matrices for statistics tools, RFC 4180 CSV like the annotation CSV, tag columns in codebook order
// (the --tag filter keeps a tag and the tags below it). Untagged annotations count nowhere.

// options.byParagraph false: one row per document (document_id, document_title, then the number of
// annotations with each tag). True: one row per paragraph, i.e. each block of each document (document_id,
// block_index, start, text_start: the first 60 characters), then 1 where an annotation with that tag
// overlaps the paragraph, else 0. Returns the number of rows.
Result<int> exportMatrix(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out);

// Tag × tag co-occurrence. options.byParagraph false: a cell counts the pairs of annotations with the two
// tags whose ranges overlap; the diagonal is the number of annotations with the tag. True: a cell counts
// the paragraphs where both tags occur; the diagonal, the paragraphs where the tag occurs. The first header
// cell names the unit ("tag (overlapping annotations)" or "tag (paragraphs)"). Returns the number of rows.
Result<int> exportCooccurrence(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out);

} // namespace marginalia
