#pragma once

#include "core/Error.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>

namespace marginalia {

class ProjectStore;

struct CsvExportOptions {
    std::optional<qint64> documentId; // empty: the whole project
    QString tagName;                  // empty: every tag (and untagged annotations)
    bool byteOrderMark = true;        // UTF-8 BOM so that Excel reads UTF-8
};

// The columns of the annotation CSV, in order.
QStringList csvColumns();

// One RFC 4180 field: quoted, quotes doubled, line breaks as LF. Text that a spreadsheet would run as a
// formula (leading = + - @ TAB CR LF) gets a leading apostrophe.
QString csvTextField(const QString &text);

// Writes one row per annotation (header first), CRLF between records. Returns the number of rows.
Result<int> exportCsv(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out);

} // namespace marginalia
