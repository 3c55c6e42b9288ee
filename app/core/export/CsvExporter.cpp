// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/export/CsvExporter.h"

#include "core/codebook/Codebook.h"
#include "core/export/CsvRecordWriter.h"
#include "core/export/TagFilter.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QHash>
#include <QSet>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>
#include <cstdio>

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
    auto tagFilter = exportTagFilter(*tags, options);
    if (!tagFilter)
        return std::unexpected(tagFilter.error());
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
        if (*tagFilter && !(*tagFilter)->contains(a.tagId))
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

namespace {

// The stored name of a value, without a string made for it.
template<typename Enum> QStringView storedName(Enum value)
{
    for (const auto &entry : vocabulary<Enum>())
        if (entry.value == value)
            return entry.name;
    return {};
}

// A time cell as csvTextField(time.toUTC().toString(Qt::ISODate)) writes it, already quoted. Annotations
// made together share their times, so each distinct time is formatted once.
class TimeCells final {
public:
    QByteArrayView cell(const QDateTime &time)
    {
        if (time == m_last && !m_text.isEmpty())
            return m_text;
        m_last = time;
        const QDateTime utc = time.toUTC();
        const QDate date = utc.date();
        const QTime clock = utc.time();
        if (utc.isValid() && date.year() >= 0 && date.year() <= 9999) {
            char text[32];
            const int length = std::snprintf(text, sizeof text, "\"%04d-%02d-%02dT%02d:%02d:%02dZ\"", date.year(),
                                             date.month(), date.day(), clock.hour(), clock.minute(), clock.second());
            m_text = QByteArray(text, length);
        } else {
            m_text = csvTextField(utc.toString(Qt::ISODate)).toUtf8();
        }
        return m_text;
    }

private:
    QDateTime m_last;
    QByteArray m_text;
};

// A number with three significant digits, as QString::number(value, 'g', 3); nothing for NaN (none).
QByteArray optionalNumber(double value)
{
    return std::isnan(value) ? QByteArray() : QString::number(value, 'g', 3).toLatin1();
}

} // namespace

Result<int> exportCsv(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    CsvRecordWriter writer(out, QStringLiteral("CSV"));
    const bool guardUser = options.formulaGuard != FormulaGuard::Off;
    const bool guardDocument = options.formulaGuard == FormulaGuard::All;
    const QByteArray header = csvColumns().join(u',').toUtf8();
    writer.raw(options.byteOrderMark ? "\xEF\xBB\xBF" + header : header); // the mark is no field of its own
    if (auto ended = writer.endRecord(); !ended)
        return std::unexpected(ended.error());
    TimeCells created;
    TimeCells modified;
    auto rows = forEachExportRow(store, options, [&](const ExportRow &row) -> Result<bool> {
        const Annotation &a = row.annotation;
        writer.number(a.documentId);
        writer.text(row.document.title, guardDocument);
        writer.text(row.document.sourcePath, guardDocument);
        writer.number(a.id);
        writer.text(storedName(a.kind), true);
        writer.text(a.label, guardDocument);
        writer.text(row.tagPath, guardUser);
        writer.text(a.quote, guardDocument);
        writer.text(a.note, guardUser);
        writer.number(a.start);
        writer.number(a.end);
        writer.text(a.prefix, guardDocument);
        writer.text(a.suffix, guardDocument);
        writer.text(a.source, guardDocument);
        writer.raw(optionalNumber(a.confidence));
        writer.text(a.rule, true);
        writer.text(a.status, true);
        writer.text(a.author, guardUser);
        writer.raw(created.cell(a.created));
        writer.raw(modified.cell(a.modified));
        writer.raw(row.page > 0 ? QByteArray::number(row.page) : QByteArray());
        writer.text(a.evidence, guardUser);
        writer.text(a.evidenceUrl, guardUser);
        writer.text(row.sourceEntity, guardDocument);
        writer.text(storedName(a.anchor), true); // orphaned: start == end, quote and context from the old text
        writer.raw(optionalNumber(a.anchorScore));
        if (auto ended = writer.endRecord(); !ended)
            return std::unexpected(ended.error());
        return true;
    });
    if (!rows)
        return rows;
    if (auto done = writer.flush(); !done)
        return std::unexpected(done.error());
    return rows;
}

} // namespace marginalia
