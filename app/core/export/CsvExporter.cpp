// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/export/CsvExporter.h"

#include "core/codebook/Codebook.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QHash>
#include <QSet>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>

namespace marginalia {

QStringList csvColumns()
{
    return {QStringLiteral("document_id"),
            QStringLiteral("document_title"),
            QStringLiteral("document_source"),
            QStringLiteral("annotation_id"),
            QStringLiteral("kind"),
            QStringLiteral("label"),
            QStringLiteral("tag"),
            QStringLiteral("quote"),
            QStringLiteral("note"),
            QStringLiteral("start"),
            QStringLiteral("end"),
            QStringLiteral("prefix"),
            QStringLiteral("suffix"),
            QStringLiteral("source"),
            QStringLiteral("confidence"),
            QStringLiteral("rule"),
            QStringLiteral("status"),
            QStringLiteral("author"),
            QStringLiteral("created"),
            QStringLiteral("modified"),
            QStringLiteral("page"),
            QStringLiteral("evidence"),
            QStringLiteral("evidence_url"),
            QStringLiteral("source_entity"),
            QStringLiteral("anchor_status"),
            QStringLiteral("anchor_score")};
}

QString CsvExportOptions::userCell(const QString &text) const
{
    return csvTextField(text, formulaGuard != FormulaGuard::Off);
}

QString CsvExportOptions::documentCell(const QString &text) const
{
    return csvTextField(text, formulaGuard == FormulaGuard::All);
}

QString csvTextField(const QString &input, bool guardFormula)
{
    static const QString formulaLeads = QStringLiteral("=+-@\t\r\n");
    // Most cells have nothing to escape: quoted as they are, without the replace passes below.
    const bool guarded = guardFormula && !input.isEmpty() && formulaLeads.contains(input.front());
    if (!guarded && !input.contains(u'"') && !input.contains(u'\r'))
        return QChar(u'"') % input % QChar(u'"');
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QChar(u'\r'), QChar(u'\n'));
    if (guarded)
        text.prepend(QChar(u'\''));
    text.replace(QChar(u'"'), QStringLiteral("\"\""));
    return QChar(u'"') + text + QChar(u'"');
}

Result<QSet<qint64>> tagFilterIds(const QList<Tag> &tags, const QString &nameOrPath)
{
    QHash<qint64, Tag> byId;
    for (const Tag &t : tags)
        byId.insert(t.id, t);
    std::optional<qint64> match;
    for (const Tag &t : tags) {
        // A full path wins over a bare name that several tags may share.
        if (tagPath(byId, t.id).compare(nameOrPath, Qt::CaseInsensitive) == 0) {
            match = t.id;
            break;
        }
        if (!match && t.name.compare(nameOrPath, Qt::CaseInsensitive) == 0)
            match = t.id;
    }
    if (!match)
        return failure(Error::Kind::BadInput, QStringLiteral("There is no tag “%1” in the project.").arg(nameOrPath));
    return tagAndDescendants(tags, *match);
}

Result<QList<QStringList>> parseCsv(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool rowStarted = false;
    while (i < n) {
        rowStarted = true;
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return failure(Error::Kind::BadInput,
                                   QStringLiteral("The CSV has a quoted field without its closing quote."));
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(text.at(i++));
            }
            if (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n')
                return failure(
                    Error::Kind::BadInput,
                    QStringLiteral("The CSV has text after a closing quote (record %1).").arg(rows.size() + 1));
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n')
                field.append(text.at(i++));
        }
        row.append(field);
        field.clear();
        if (i < n && text.at(i) == u',') {
            ++i;
            if (i == n)
                row.append(QString());
            continue;
        }
        if (i < n && text.at(i) == u'\r')
            ++i;
        if (i < n && text.at(i) == u'\n')
            ++i;
        rows.append(row);
        row.clear();
        rowStarted = false;
    }
    if (rowStarted)
        rows.append(row);
    return rows;
}

int pageAtOffset(const QList<Block> &blocks, int offset)
{
    // The last block starting at or before the offset; blocks do not overlap.
    const auto after = std::upper_bound(blocks.cbegin(), blocks.cend(), offset,
                                        [](int value, const Block &block) { return value < block.start; });
    if (after == blocks.cbegin())
        return -1;
    const Block &block = *std::prev(after);
    return offset < block.end ? block.page : -1;
}

Result<int> forEachExportRow(const ProjectStore &store, const CsvExportOptions &options,
                             const std::function<Result<bool>(const ExportRow &)> &visit)
{
    auto tags = store.tags();
    if (!tags)
        return std::unexpected(tags.error());
    QHash<qint64, Tag> tagsById;
    for (const Tag &t : *tags)
        tagsById.insert(t.id, t);
    QHash<qint64, QString> paths; // made once, not per row
    for (const Tag &t : *tags)
        paths.insert(t.id, tagPath(tagsById, t.id));
    std::optional<QSet<qint64>> tagFilter;
    if (!options.tagName.isEmpty()) {
        auto ids = tagFilterIds(*tags, options.tagName);
        if (!ids)
            return std::unexpected(ids.error());
        tagFilter = *ids;
    }
    auto entities = store.entities();
    if (!entities)
        return std::unexpected(entities.error());
    QHash<qint64, QString> entityNames;
    for (const Entity &e : std::as_const(*entities))
        entityNames.insert(e.id, e.name);
    if (options.documentId) {
        if (auto doc = store.document(*options.documentId); !doc)
            return std::unexpected(doc.error());
    }
    // Streamed: only the row at hand and the documents' titles and blocks are held.
    QHash<qint64, DocumentRecord> documents;
    int rows = 0;
    auto streamed = store.forEachAnnotation(options.documentId, [&](const Annotation &a) -> Result<bool> {
        if (tagFilter && !tagFilter->contains(a.tagId))
            return true;
        auto docIt = documents.find(a.documentId);
        if (docIt == documents.end()) {
            auto doc = store.document(a.documentId);
            if (!doc)
                return std::unexpected(doc.error());
            doc->text.clear(); // only title, source and blocks are needed
            docIt = documents.insert(a.documentId, *doc);
        }
        const ExportRow row{a, *docIt, paths.value(a.tagId), pageAtOffset(docIt->blocks, a.start),
                            entityNames.value(a.sourceEntityId)};
        if (auto done = visit(row); !done)
            return std::unexpected(done.error());
        ++rows;
        return true;
    });
    if (!streamed)
        return std::unexpected(streamed.error());
    return rows;
}

Result<int> exportCsv(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    QString buffer; // rows as text, turned into UTF-8 a chunk at a time
    if (options.byteOrderMark)
        buffer.append(QChar(0xFEFF));
    buffer.append(csvColumns().join(u',') + QStringLiteral("\r\n"));
    auto flush = [&]() -> Result<bool> {
        const QByteArray bytes = buffer.toUtf8();
        if (out.write(bytes) != bytes.size())
            return failure(Error::Kind::Io, QStringLiteral("Could not write the CSV: %1").arg(out.errorString()));
        buffer.clear();
        return true;
    };
    // Annotations made together share their times: each distinct time is formatted once.
    QDateTime lastTime;
    QString lastTimeText;
    auto timeCell = [&](const QDateTime &time) {
        if (time != lastTime || lastTimeText.isEmpty()) {
            lastTime = time;
            lastTimeText = csvTextField(time.toUTC().toString(Qt::ISODate));
        }
        return lastTimeText;
    };
    constexpr qsizetype kChunk = 1 << 19; // UTF-16 units (about 1 MB) written at a time, not held whole
    auto rows = forEachExportRow(store, options, [&](const ExportRow &row) -> Result<bool> {
        const Annotation &a = row.annotation;
        const QStringList fields = {
            QString::number(a.documentId),
            options.documentCell(row.document.title),
            options.documentCell(row.document.sourcePath),
            QString::number(a.id),
            csvTextField(nameOf(a.kind)),
            options.documentCell(a.label),
            options.userCell(row.tagPath),
            options.documentCell(a.quote),
            options.userCell(a.note),
            QString::number(a.start),
            QString::number(a.end),
            options.documentCell(a.prefix),
            options.documentCell(a.suffix),
            options.documentCell(a.source),
            std::isnan(a.confidence) ? QString() : QString::number(a.confidence, 'g', 3),
            csvTextField(a.rule),
            csvTextField(a.status),
            options.userCell(a.author),
            timeCell(a.created),
            timeCell(a.modified),
            row.page > 0 ? QString::number(row.page) : QString(),
            options.userCell(a.evidence),
            options.userCell(a.evidenceUrl),
            options.documentCell(row.sourceEntity),
            csvTextField(nameOf(a.anchor)), // orphaned: start == end, quote and context from the old text
            std::isnan(a.anchorScore) ? QString() : QString::number(a.anchorScore, 'g', 3),
        };
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                buffer.append(u',');
            buffer.append(fields.at(i));
        }
        buffer.append(QStringLiteral("\r\n"));
        return buffer.size() >= kChunk ? flush() : Result<bool>(true);
    });
    if (!rows)
        return rows;
    if (auto done = flush(); !done)
        return std::unexpected(done.error());
    return rows;
}

} // namespace marginalia
