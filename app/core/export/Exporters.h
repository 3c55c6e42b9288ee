// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/export/CsvExporter.h"
#include "core/model/Vocabulary.h"

#include <QHash>

namespace marginalia {

// Exports besides the annotation CSV. All take the CSV's options (document, tag with its children,
// byte order mark) and return the number of annotations written.

// The annotations an export covers (the options' document and tag filters applied), with the tags and
// document titles it needs.
struct ExportSelection {
    QList<Tag> tags; // tree order
    QHash<qint64, Tag> tagsById;
    QList<Annotation> annotations;
    QHash<qint64, QString> titles;
    std::optional<QSet<qint64>> tagFilter;
};
// withAnnotations false: everything but the annotations (for callers that stream them).
Result<ExportSelection> selectForExport(const ProjectStore &store, const CsvExportOptions &options,
                                        bool withAnnotations = true);

// How often each tag is used in each document: the XLSX count sheet and the document × tag matrix.
struct DocumentTagCounts {
    QList<std::pair<qint64, QString>> documents; // id and title, in store order (only the --document one)
    QList<qint64> tagIds;                        // the columns, in codebook order (the tag filter applied)
    QStringList tagPaths;
    QHash<qint64, QHash<qint64, int>> counts; // document id → tag id → annotations
};
Result<DocumentTagCounts> documentTagCounts(const ProjectStore &store, const CsvExportOptions &options);

// A Markdown report: the project memo, then one "## Tag/Path" section per tag with annotations (codebook
// order, untagged last), each annotation as a block quote with its document, range, note and claim review.
Result<int> exportMarkdown(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out);

// What a person choosing an export reads: a translated name with the file name suffix. A format without its
// own entry (one just added to ExportFormat) reads as its stored name and uses it as the suffix, so every
// format of the vocabulary can be chosen in the GUI without a GUI change.
struct ExportFormatInfo {
    QString name;   // "CSV, one row per annotation"
    QString suffix; // "csv"
};
ExportFormatInfo exportFormatInfo(ExportFormat format);

// Writes `format` (csv, matrix, codebook, markdown, qdpx or w3c) to `out`: the one place that maps an export format to
// its writer, for the CLI and the GUI alike. Returns the number of rows (annotations, or tags for the
// codebook) written.
Result<int> exportProject(const ProjectStore &store, ExportFormat format, const CsvExportOptions &options,
                          QIODevice &out);

// The file name suffix of a format's files, without the dot: "csv", "md", "xlsx".
QString exportFileSuffix(ExportFormat format);

// Writes `format` to the file at `path` atomically (the old file stays as it was unless the whole new one
// was written). Refuses to write over an SQLite database, a project above all: an export must never
// replace what it was made from.
Result<int> exportProjectToFile(const ProjectStore &store, ExportFormat format, const CsvExportOptions &options,
                                const QString &path);

} // namespace marginalia
