// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"
#include "core/model/Vocabulary.h"

#include <QIODevice>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace marginalia {

class ProjectStore;

struct CsvExportOptions {
    std::optional<qint64> documentId; // empty: the whole project
    QString tagName;                  // empty: every tag (and untagged annotations); else the tag (name
                                      // or path) and the tags below it
    bool byteOrderMark = true;        // UTF-8 BOM so that Excel reads UTF-8
    FormulaGuard formulaGuard = FormulaGuard::UserCells;
    bool byParagraph = false; // matrix and cooccurrence: paragraphs (a document's blocks) as the unit

    QString userCell(const QString &text) const;     // note, tag, memo, evidence
    QString documentCell(const QString &text) const; // quote, prefix, suffix, title, source
};

// The columns of the annotation CSV, in order.
QStringList csvColumns();

// One RFC 4180 field: quoted, quotes doubled, line breaks as LF. With guardFormula, text that a spreadsheet
// would run as a formula (leading = + - @ TAB CR LF) gets a leading apostrophe.
QString csvTextField(const QString &text, bool guardFormula = true);

// Parses RFC 4180 text (CRLF or LF between records, a leading BOM ignored) into rows of fields.
Result<QList<QStringList>> parseCsv(QStringView text);

// The ids an export's tag filter keeps: the tag named (by path, or else by name) and its descendants.
Result<QSet<qint64>> tagFilterIds(const QList<Tag> &tags, const QString &nameOrPath);

// The 1-based page of the block holding `offset` (blocks in text order, found by binary search over their
// starts), or -1 when the document has no pages or no block holds it.
int pageAtOffset(const QList<Block> &blocks, int offset);

// One exported annotation with what its row needs from elsewhere in the project.
struct ExportRow {
    const Annotation &annotation;
    const DocumentRecord &document; // title, source and blocks; the text is not loaded
    QString tagPath;                // empty when untagged
    int page = -1;
    QString sourceEntity;
};

// Calls `visit` for each annotation the options select, in store order; stops at the first error `visit`
// returns. Returns the number of rows visited. The CSV and XLSX annotation sheets are both written from it.
Result<int> forEachExportRow(const ProjectStore &store, const CsvExportOptions &options,
                             const std::function<Result<bool>(const ExportRow &)> &visit);

// Writes one row per annotation (header first), CRLF between records. Returns the number of rows.
Result<int> exportCsv(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out);

} // namespace marginalia
