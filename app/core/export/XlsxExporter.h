// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/export/CsvExporter.h"

namespace marginalia {

// An Excel workbook (XLSX) for spreadsheets, written row by row in libxlsxwriter's constant-memory mode:
// - "Annotations": the CSV's columns with typed cells (ids, offsets, confidence and page as numbers, created
//   and modified as dates, everything else as text, so "007" and "5,000" stay what they are);
// - "Codebook": path, description, colour and shortcut of each tag in codebook order;
// - "Documents by tag": one row per document, one column per tag path, the number of annotations.
// Nothing is written as a formula, so no cell needs a formula guard. Takes the CSV's document and tag
// filters; returns the number of annotation rows.
Result<int> exportXlsx(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out);

} // namespace marginalia
