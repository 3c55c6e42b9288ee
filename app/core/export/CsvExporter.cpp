#include "core/export/CsvExporter.h"

#include "core/codebook/Codebook.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QHash>
#include <QSet>
#include <QStringBuilder>

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
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QChar(u'\r'), QChar(u'\n'));
    static const QString formulaLeads = QStringLiteral("=+-@\t\r\n");
    if (guardFormula && !input.isEmpty() && formulaLeads.contains(input.front()))
        text.prepend(QChar(u'\''));
    text.replace(QChar(u'"'), QStringLiteral("\"\""));
    return QChar(u'"') + text + QChar(u'"');
}

namespace {

int pageAt(const QList<Block> &blocks, int offset)
{
    for (const Block &b : blocks)
        if (offset >= b.start && offset < b.end)
            return b.page;
    return -1;
}

} // namespace

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

Result<int> exportCsv(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    auto tags = store.tags();
    if (!tags)
        return std::unexpected(tags.error());
    QHash<qint64, Tag> tagsById;
    for (const Tag &t : *tags)
        tagsById.insert(t.id, t);

    std::optional<QSet<qint64>> tagFilter;
    if (!options.tagName.isEmpty()) {
        auto ids = tagFilterIds(*tags, options.tagName);
        if (!ids)
            return std::unexpected(ids.error());
        tagFilter = *ids;
    }
    QHash<qint64, QString> entityNames;
    if (auto entities = store.entities(); entities) {
        for (const Entity &e : std::as_const(*entities))
            entityNames.insert(e.id, e.name);
    } else {
        return std::unexpected(entities.error());
    }

    auto annotations = store.annotations(options.documentId);
    if (!annotations)
        return std::unexpected(annotations.error());
    if (options.documentId) {
        if (auto doc = store.document(*options.documentId); !doc)
            return std::unexpected(doc.error());
    }

    QByteArray buffer;
    if (options.byteOrderMark)
        buffer.append("\xEF\xBB\xBF");
    buffer.append(csvColumns().join(u',').toUtf8()).append("\r\n");

    QHash<qint64, DocumentRecord> documents;
    int rows = 0;
    for (const Annotation &a : std::as_const(*annotations)) {
        if (tagFilter && !tagFilter->contains(a.tagId))
            continue;
        auto docIt = documents.find(a.documentId);
        if (docIt == documents.end()) {
            auto doc = store.document(a.documentId);
            if (!doc)
                return std::unexpected(doc.error());
            doc->text.clear(); // only title, source and blocks are needed
            docIt = documents.insert(a.documentId, *doc);
        }
        const int page = pageAt(docIt->blocks, a.start);
        const QStringList fields = {
            QString::number(a.documentId),
            options.documentCell(docIt->title),
            options.documentCell(docIt->sourcePath),
            QString::number(a.id),
            csvTextField(nameOf(a.kind)),
            options.documentCell(a.label),
            options.userCell(tagPath(tagsById, a.tagId)),
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
            csvTextField(a.created.toUTC().toString(Qt::ISODate)),
            csvTextField(a.modified.toUTC().toString(Qt::ISODate)),
            page > 0 ? QString::number(page) : QString(),
            options.userCell(a.evidence),
            options.userCell(a.evidenceUrl),
            options.documentCell(entityNames.value(a.sourceEntityId)),
            csvTextField(nameOf(a.anchor)), // orphaned: start == end, quote and context from the old text
            std::isnan(a.anchorScore) ? QString() : QString::number(a.anchorScore, 'g', 3),
        };
        buffer.append(fields.join(u',').toUtf8()).append("\r\n");
        ++rows;
    }
    if (out.write(buffer) != buffer.size())
        return failure(Error::Kind::Io, QStringLiteral("Could not write the CSV: %1").arg(out.errorString()));
    return rows;
}

} // namespace marginalia
