// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/export/XlsxExporter.h"

#include "core/codebook/Codebook.h"
#include "core/export/Exporters.h"
#include "core/store/ProjectStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>

namespace marginalia {

namespace {

constexpr lxw_row_t kMaxRows = 1048576; // a sheet's rows, the header included
constexpr qsizetype kMaxCellText = 32767; // characters a cell holds

Error xlsxError(const QString &what, lxw_error code)
{
    return {Error::Kind::Io, QCoreApplication::translate("Exporters", "Could not write the XLSX %1: %2")
                                 .arg(what, QString::fromUtf8(lxw_strerror(code)))};
}

// Writes the typed cells of one sheet; the first error is kept and stops the export.
class SheetWriter {
public:
    SheetWriter(lxw_workbook *book, const char *name, lxw_format *dateFormat)
        : m_sheet(workbook_add_worksheet(book, name))
        , m_dateFormat(dateFormat)
    {
    }
    bool valid() const { return m_sheet != nullptr; }

    Result<bool> text(lxw_row_t row, lxw_col_t col, const QString &value)
    {
        if (value.isEmpty())
            return true; // a blank cell
        const QByteArray utf8 = value.left(kMaxCellText).toUtf8();
        return check(worksheet_write_string(m_sheet, row, col, utf8.constData(), nullptr));
    }
    Result<bool> number(lxw_row_t row, lxw_col_t col, double value)
    {
        return check(worksheet_write_number(m_sheet, row, col, value, nullptr));
    }
    Result<bool> date(lxw_row_t row, lxw_col_t col, const QDateTime &value)
    {
        if (!value.isValid())
            return true;
        const QDateTime utc = value.toUTC();
        lxw_datetime cell = {utc.date().year(), utc.date().month(),  utc.date().day(),
                             utc.time().hour(), utc.time().minute(), utc.time().second() + utc.time().msec() / 1000.0};
        return check(worksheet_write_datetime(m_sheet, row, col, &cell, m_dateFormat));
    }
    Result<bool> header(const QStringList &names)
    {
        for (int col = 0; col < names.size(); ++col)
            if (auto done = text(0, lxw_col_t(col), names.at(col)); !done)
                return done;
        worksheet_freeze_panes(m_sheet, 1, 0);
        return true;
    }

private:
    Result<bool> check(lxw_error code)
    {
        if (code != LXW_NO_ERROR)
            return std::unexpected(xlsxError(QStringLiteral("cell"), code));
        return true;
    }
    lxw_worksheet *m_sheet;
    lxw_format *m_dateFormat;
};

Result<bool> writeAnnotation(SheetWriter &sheet, lxw_row_t row, const ExportRow &line)
{
    const Annotation &a = line.annotation;
    // The CSV's columns, in its order: 0 document_id … 23 source_entity, 24 anchor_status, 25 anchor_score.
    const QList<std::pair<int, QString>> texts = {{1, line.document.title},
                                                  {2, line.document.sourcePath},
                                                  {4, nameOf(a.kind)},
                                                  {5, a.label},
                                                  {6, line.tagPath},
                                                  {7, a.quote},
                                                  {8, a.note},
                                                  {11, a.prefix},
                                                  {12, a.suffix},
                                                  {13, a.source},
                                                  {15, a.rule},
                                                  {16, a.status},
                                                  {17, a.author},
                                                  {21, a.evidence},
                                                  {22, a.evidenceUrl},
                                                  {23, line.sourceEntity},
                                                  {24, nameOf(a.anchor)}};
    for (const auto &[col, value] : texts)
        if (auto done = sheet.text(row, lxw_col_t(col), value); !done)
            return done;
    QList<std::pair<int, double>> numbers = {{0, double(a.documentId)},
                                             {3, double(a.id)},
                                             {9, double(a.start)},
                                             {10, double(a.end)}};
    if (!std::isnan(a.confidence))
        numbers.append({14, a.confidence});
    if (line.page > 0)
        numbers.append({20, double(line.page)});
    if (!std::isnan(a.anchorScore))
        numbers.append({25, a.anchorScore});
    for (const auto &[col, value] : std::as_const(numbers))
        if (auto done = sheet.number(row, lxw_col_t(col), value); !done)
            return done;
    if (auto done = sheet.date(row, 18, a.created); !done)
        return done;
    return sheet.date(row, 19, a.modified);
}

Result<int> writeAnnotationSheet(SheetWriter &sheet, const ProjectStore &store, const CsvExportOptions &options)
{
    if (auto done = sheet.header(csvColumns()); !done)
        return std::unexpected(done.error());
    lxw_row_t row = 1;
    return forEachExportRow(store, options, [&](const ExportRow &line) -> Result<bool> {
        if (row >= kMaxRows)
            return failure(Error::Kind::BadInput,
                           QCoreApplication::translate("Exporters",
                                                       "An XLSX sheet holds at most %1 annotations; export one "
                                                       "document or tag at a time, or export CSV.")
                               .arg(kMaxRows - 1));
        return writeAnnotation(sheet, row++, line);
    });
}

Result<bool> writeCodebookSheet(SheetWriter &sheet, const ProjectStore &store)
{
    auto tags = store.tags();
    if (!tags)
        return std::unexpected(tags.error());
    if (auto done = sheet.header({QStringLiteral("path"), QStringLiteral("description"), QStringLiteral("color"),
                                  QStringLiteral("shortcut")});
        !done)
        return done;
    lxw_row_t row = 1;
    for (const CodebookEntry &entry : codebookEntries(*tags)) {
        if (auto done = sheet.text(row, 0, joinTagPath(entry.path)); !done)
            return done;
        if (auto done = sheet.text(row, 1, entry.description); !done)
            return done;
        if (auto done = sheet.text(row, 2, entry.color.isValid() ? entry.color.name() : QString()); !done)
            return done;
        if (entry.shortcut > 0)
            if (auto done = sheet.number(row, 3, entry.shortcut); !done)
                return done;
        ++row;
    }
    return true;
}

Result<bool> writeCountSheet(SheetWriter &sheet, const ProjectStore &store, const CsvExportOptions &options)
{
    auto counts = documentTagCounts(store, options);
    if (!counts)
        return std::unexpected(counts.error());
    if (auto done = sheet.header(QStringList{QStringLiteral("document_id"), QStringLiteral("document_title")}
                                 + counts->tagPaths);
        !done)
        return done;
    lxw_row_t row = 1;
    for (const auto &[documentId, title] : std::as_const(counts->documents)) {
        if (auto done = sheet.number(row, 0, double(documentId)); !done)
            return done;
        if (auto done = sheet.text(row, 1, title); !done)
            return done;
        const QHash<qint64, int> perTag = counts->counts.value(documentId);
        for (int col = 0; col < counts->tagIds.size(); ++col)
            if (auto done = sheet.number(row, lxw_col_t(col + 2), perTag.value(counts->tagIds.at(col))); !done)
                return done;
        ++row;
    }
    return true;
}

Result<int> writeWorkbook(lxw_workbook *book, const ProjectStore &store, const CsvExportOptions &options)
{
    lxw_format *dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy-mm-dd hh:mm:ss");
    SheetWriter annotations(book, "Annotations", dateFormat);
    SheetWriter codebook(book, "Codebook", dateFormat);
    SheetWriter counts(book, "Documents by tag", dateFormat);
    if (!annotations.valid() || !codebook.valid() || !counts.valid())
        return std::unexpected(xlsxError(QStringLiteral("sheets"), LXW_ERROR_MEMORY_MALLOC_FAILED));
    auto rows = writeAnnotationSheet(annotations, store, options);
    if (!rows)
        return rows;
    if (auto done = writeCodebookSheet(codebook, store); !done)
        return std::unexpected(done.error());
    if (auto done = writeCountSheet(counts, store, options); !done)
        return std::unexpected(done.error());
    return rows;
}

} // namespace

Result<int> exportXlsx(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    // libxlsxwriter writes to a file; the workbook is made in a private folder, then copied to `out`.
    QTemporaryDir dir;
    if (!dir.isValid())
        return failure(Error::Kind::Io, QCoreApplication::translate("Exporters", "Could not make a temporary "
                                                                                 "folder for the XLSX: %1")
                                            .arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    const QByteArray encodedPath = QFile::encodeName(path);
    const QByteArray encodedDir = QFile::encodeName(dir.path());
    lxw_workbook_options bookOptions = {};
    bookOptions.constant_memory = LXW_TRUE; // each row goes to disk once the next one starts
    bookOptions.tmpdir = encodedDir.constData();
    lxw_workbook *book = workbook_new_opt(encodedPath.constData(), &bookOptions);
    if (!book)
        return std::unexpected(xlsxError(QStringLiteral("workbook"), LXW_ERROR_MEMORY_MALLOC_FAILED));
    auto rows = writeWorkbook(book, store, options);
    const lxw_error closed = workbook_close(book); // also frees it
    if (!rows)
        return rows;
    if (closed != LXW_NO_ERROR)
        return std::unexpected(xlsxError(QStringLiteral("workbook"), closed));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Io, file.errorString());
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (out.write(chunk) != chunk.size())
            return failure(Error::Kind::Io, QCoreApplication::translate("Exporters", "Could not write the XLSX: %1")
                                                .arg(out.errorString()));
    }
    return rows;
}

} // namespace marginalia
