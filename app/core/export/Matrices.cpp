// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/export/Matrices.h"

#include "core/codebook/Codebook.h"
#include "core/export/Exporters.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QMap>

#include <algorithm>

namespace marginalia {

namespace {

constexpr int kTextStartLength = 60; // code points of a paragraph's text shown in its row

// The tag columns of a matrix: the selection's tags in codebook order, the tag filter applied.
QList<qint64> columnTags(const ExportSelection &selection)
{
    QList<qint64> ids;
    for (const Tag &t : selection.tags)
        if (!selection.tagFilter || selection.tagFilter->contains(t.id))
            ids.append(t.id);
    return ids;
}

// What a matrix needs of a tagged annotation.
struct TaggedSpan {
    int start = 0;
    int end = 0;
    qint64 tagId = 0;
};

// The tagged annotations of one document that the selection keeps, by start: read one document at a time,
// so that a million annotations are never held at once.
Result<QList<TaggedSpan>> taggedSpans(const ProjectStore &store, const ExportSelection &selection, qint64 documentId)
{
    QList<TaggedSpan> spans;
    auto read = store.forEachAnnotation(documentId, [&](const Annotation &a) -> Result<bool> {
        if (a.tagId != 0 && selection.tagsById.contains(a.tagId)
            && (!selection.tagFilter || selection.tagFilter->contains(a.tagId)))
            spans.append({a.start, a.end, a.tagId});
        return true;
    });
    if (!read)
        return std::unexpected(read.error());
    return spans;
}

// The selection's documents in id order (only the --document one).
QList<qint64> selectedDocuments(const CsvExportOptions &options, const ExportSelection &selection)
{
    QList<qint64> ids = selection.titles.keys();
    std::sort(ids.begin(), ids.end());
    if (options.documentId)
        ids.removeIf([&](qint64 id) { return id != *options.documentId; });
    return ids;
}

// The tags whose annotations overlap each block (an empty range counts where it stands).
QList<QSet<qint64>> tagsPerBlock(const QList<Block> &blocks, const QList<TaggedSpan> &annotations)
{
    QList<QSet<qint64>> tags(blocks.size());
    for (const TaggedSpan &a : annotations) {
        const int last = std::max(a.start, a.end - 1);
        // The first block ending after the start, then on while blocks start before the end.
        auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), a.start,
                                   [](int offset, const Block &block) { return offset < block.end; });
        for (; it != blocks.cend() && it->start <= last; ++it)
            tags[std::distance(blocks.cbegin(), it)].insert(a.tagId);
    }
    return tags;
}

// A CSV table handed to the device about a megabyte at a time, not held whole.
struct Table {
    QIODevice &out;
    QByteArray bytes;
    int rows = 0;
    bool failed = false;

    void addRow(const QStringList &fields)
    {
        bytes.append(fields.join(u',').toUtf8()).append("\r\n");
        ++rows;
        if (bytes.size() >= (1 << 20))
            flush();
    }
    void flush()
    {
        failed = failed || out.write(bytes) != bytes.size();
        bytes.clear();
    }
};

Result<int> writeTable(Table &table)
{
    table.flush();
    if (table.failed)
        return failure(Error::Kind::Io, QStringLiteral("Could not write the matrix: %1").arg(table.out.errorString()));
    return table.rows - 1; // the header is no row of data
}

Table startTable(QIODevice &out, const CsvExportOptions &options, const ExportSelection &selection,
                 const QStringList &fixed, const QList<qint64> &tags)
{
    Table table{out, {}, 0, false};
    if (options.byteOrderMark)
        table.bytes.append("\xEF\xBB\xBF");
    QStringList header = fixed;
    for (qint64 id : tags)
        header.append(options.userCell(tagPath(selection.tagsById, id)));
    table.addRow(header);
    return table;
}

Result<int> documentMatrix(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    auto selection = selectForExport(store, options, false); // the counts stream the annotations
    if (!selection)
        return std::unexpected(selection.error());
    auto counts = documentTagCounts(store, options);
    if (!counts)
        return std::unexpected(counts.error());
    Table table = startTable(out, options, *selection,
                             {QStringLiteral("document_id"), QStringLiteral("document_title")}, counts->tagIds);
    for (const auto &[documentId, title] : std::as_const(counts->documents)) {
        QStringList fields = {QString::number(documentId), options.documentCell(title)};
        const QHash<qint64, int> perTag = counts->counts.value(documentId);
        for (qint64 id : std::as_const(counts->tagIds))
            fields.append(QString::number(perTag.value(id)));
        table.addRow(fields);
    }
    return writeTable(table);
}

// Calls `visit` with each document's blocks and the tags of each block, documents in id order, one
// document in memory at a time.
template<typename Visit>
Result<bool> forEachParagraphDocument(const ProjectStore &store, const CsvExportOptions &options,
                                      const ExportSelection &selection, Visit visit)
{
    for (qint64 id : selectedDocuments(options, selection)) {
        auto document = store.document(id);
        if (!document)
            return std::unexpected(document.error());
        auto spans = taggedSpans(store, selection, id);
        if (!spans)
            return std::unexpected(spans.error());
        visit(*document, tagsPerBlock(document->blocks, *spans));
    }
    return true;
}

Result<int> paragraphMatrix(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    auto selection = selectForExport(store, options, false); // the annotations are read per document
    if (!selection)
        return std::unexpected(selection.error());
    const QList<qint64> tags = columnTags(*selection);
    Table table = startTable(out, options, *selection,
                             {QStringLiteral("document_id"), QStringLiteral("block_index"), QStringLiteral("start"),
                              QStringLiteral("text_start")},
                             tags);
    auto done = forEachParagraphDocument(
        store, options, *selection, [&](const DocumentRecord &document, const QList<QSet<qint64>> &blockTags) {
            const CodePointIndex index(document.text);
            for (int i = 0; i < document.blocks.size(); ++i) {
                const Block &block = document.blocks.at(i);
                const int from = index.toUtf16(block.start);
                const int to = index.toUtf16(std::min(block.end, block.start + kTextStartLength));
                QStringList fields = {QString::number(document.id), QString::number(i), QString::number(block.start),
                                      options.documentCell(document.text.mid(from, to - from))};
                for (qint64 id : tags)
                    fields.append(blockTags.at(i).contains(id) ? QStringLiteral("1") : QStringLiteral("0"));
                table.addRow(fields);
            }
        });
    if (!done)
        return std::unexpected(done.error());
    return writeTable(table);
}

} // namespace

Result<int> exportMatrix(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    return options.byParagraph ? paragraphMatrix(store, options, out) : documentMatrix(store, options, out);
}

Result<int> exportCooccurrence(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    auto selection = selectForExport(store, options, false); // the annotations are read per document
    if (!selection)
        return std::unexpected(selection.error());
    const QList<qint64> tags = columnTags(*selection);
    QHash<qint64, QHash<qint64, int>> counts;
    auto countUnit = [&](const QSet<qint64> &present) {
        for (qint64 first : present)
            for (qint64 second : present)
                ++counts[first][second];
    };
    if (options.byParagraph) {
        auto done = forEachParagraphDocument(store, options, *selection,
                                             [&](const DocumentRecord &, const QList<QSet<qint64>> &blockTags) {
                                                 for (const QSet<qint64> &present : blockTags)
                                                     countUnit(present);
                                             });
        if (!done)
            return std::unexpected(done.error());
    } else {
        for (qint64 documentId : selectedDocuments(options, *selection)) {
            auto spans = taggedSpans(store, *selection, documentId);
            if (!spans)
                return std::unexpected(spans.error());
            const QList<TaggedSpan> &list = *spans;
            for (int i = 0; i < list.size(); ++i) {
                ++counts[list.at(i).tagId][list.at(i).tagId];
                // Sorted by start: the later annotations that start before this one ends overlap it.
                for (int j = i + 1; j < list.size() && list.at(j).start < list.at(i).end; ++j) {
                    if (list.at(j).tagId == list.at(i).tagId)
                        continue; // the diagonal counts annotations, not pairs
                    ++counts[list.at(i).tagId][list.at(j).tagId];
                    ++counts[list.at(j).tagId][list.at(i).tagId];
                }
            }
        }
    }
    Table table = startTable(out, options, *selection,
                             {options.byParagraph ? QStringLiteral("tag (paragraphs)")
                                                  : QStringLiteral("tag (overlapping annotations)")},
                             tags);
    for (qint64 row : tags) {
        QStringList fields = {options.userCell(tagPath(selection->tagsById, row))};
        for (qint64 col : tags)
            fields.append(QString::number(counts.value(row).value(col)));
        table.addRow(fields);
    }
    return writeTable(table);
}

} // namespace marginalia
