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

// The tagged annotations of each document, by start.
QMap<qint64, QList<Annotation>> annotationsByDocument(const ExportSelection &selection)
{
    QMap<qint64, QList<Annotation>> byDocument;
    for (const Annotation &a : selection.annotations)
        if (a.tagId != 0 && selection.tagsById.contains(a.tagId))
            byDocument[a.documentId].append(a);
    for (QList<Annotation> &list : byDocument)
        std::sort(list.begin(), list.end(), [](const Annotation &a, const Annotation &b) { return a.start < b.start; });
    return byDocument;
}

// The tags whose annotations overlap each block (an empty range counts where it stands).
QList<QSet<qint64>> tagsPerBlock(const QList<Block> &blocks, const QList<Annotation> &annotations)
{
    QList<QSet<qint64>> tags(blocks.size());
    for (const Annotation &a : annotations) {
        const int last = std::max(a.start, a.end - 1);
        // The first block ending after the start, then on while blocks start before the end.
        auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), a.start,
                                   [](int offset, const Block &block) { return offset < block.end; });
        for (; it != blocks.cend() && it->start <= last; ++it)
            tags[std::distance(blocks.cbegin(), it)].insert(a.tagId);
    }
    return tags;
}

struct Table {
    QByteArray bytes;
    int rows = 0;
    void addRow(const QStringList &fields)
    {
        bytes.append(fields.join(u',').toUtf8()).append("\r\n");
        ++rows;
    }
};

Result<int> writeTable(QIODevice &out, const Table &table)
{
    if (out.write(table.bytes) != table.bytes.size())
        return failure(Error::Kind::Io, QStringLiteral("Could not write the matrix: %1").arg(out.errorString()));
    return table.rows - 1; // the header is no row of data
}

Table startTable(const CsvExportOptions &options, const ExportSelection &selection, const QStringList &fixed,
                 const QList<qint64> &tags)
{
    Table table;
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
    Table table = startTable(options, *selection, {QStringLiteral("document_id"), QStringLiteral("document_title")},
                             counts->tagIds);
    for (const auto &[documentId, title] : std::as_const(counts->documents)) {
        QStringList fields = {QString::number(documentId), options.documentCell(title)};
        const QHash<qint64, int> perTag = counts->counts.value(documentId);
        for (qint64 id : std::as_const(counts->tagIds))
            fields.append(QString::number(perTag.value(id)));
        table.addRow(fields);
    }
    return writeTable(out, table);
}

// Calls `visit` with each document's blocks and the tags of each block, documents in id order.
template<typename Visit>
Result<bool> forEachParagraphDocument(const ProjectStore &store, const CsvExportOptions &options,
                                      const ExportSelection &selection, Visit visit)
{
    const QMap<qint64, QList<Annotation>> byDocument = annotationsByDocument(selection);
    QList<qint64> documentIds = selection.titles.keys();
    std::sort(documentIds.begin(), documentIds.end());
    for (qint64 id : std::as_const(documentIds)) {
        if (options.documentId && id != *options.documentId)
            continue;
        auto document = store.document(id);
        if (!document)
            return std::unexpected(document.error());
        visit(*document, tagsPerBlock(document->blocks, byDocument.value(id)));
    }
    return true;
}

Result<int> paragraphMatrix(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    auto selection = selectForExport(store, options);
    if (!selection)
        return std::unexpected(selection.error());
    const QList<qint64> tags = columnTags(*selection);
    Table table = startTable(options, *selection,
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
    return writeTable(out, table);
}

} // namespace

Result<int> exportMatrix(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    return options.byParagraph ? paragraphMatrix(store, options, out) : documentMatrix(store, options, out);
}

Result<int> exportCooccurrence(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    auto selection = selectForExport(store, options);
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
        for (const QList<Annotation> &list : annotationsByDocument(*selection)) {
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
    Table table = startTable(options, *selection,
                             {options.byParagraph ? QStringLiteral("tag (paragraphs)")
                                                  : QStringLiteral("tag (overlapping annotations)")},
                             tags);
    for (qint64 row : tags) {
        QStringList fields = {options.userCell(tagPath(selection->tagsById, row))};
        for (qint64 col : tags)
            fields.append(QString::number(counts.value(row).value(col)));
        table.addRow(fields);
    }
    return writeTable(out, table);
}

} // namespace marginalia
