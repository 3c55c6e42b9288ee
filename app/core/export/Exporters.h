#pragma once

#include "core/export/CsvExporter.h"
#include "core/model/Vocabulary.h"

namespace marginalia {

// Exports besides the annotation CSV. All take the CSV's options (document, tag with its children,
// byte order mark) and return the number of annotations written.

// A code matrix for statistics tools: one row per annotation (annotation_id, document_id,
// document_title, quote), then one 0/1 column per tag path in codebook order, 1 for the annotation's
// own tag. RFC 4180 like the annotation CSV.
QStringList matrixFixedColumns();
Result<int> exportMatrix(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out);

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

// Writes `format` to the file at `path` atomically (the old file stays as it was unless the whole new one
// was written). Refuses to write over an SQLite database, a project above all: an export must never
// replace what it was made from.
Result<int> exportProjectToFile(const ProjectStore &store, ExportFormat format, const CsvExportOptions &options,
                                const QString &path);

} // namespace marginalia
