#include "core/CsvExporter.h"

#include "core/ProjectStore.h"
#include "core/Text.h"

#include <QHash>
#include <QStringBuilder>

#include <cmath>

namespace marginalia {

QStringList csvColumns()
{
    return {QStringLiteral("document_id"), QStringLiteral("document_title"), QStringLiteral("document_source"),
            QStringLiteral("annotation_id"), QStringLiteral("kind"), QStringLiteral("label"),
            QStringLiteral("tag"), QStringLiteral("quote"), QStringLiteral("note"), QStringLiteral("start"),
            QStringLiteral("end"), QStringLiteral("prefix"), QStringLiteral("suffix"), QStringLiteral("source"),
            QStringLiteral("confidence"), QStringLiteral("rule"), QStringLiteral("status"),
            QStringLiteral("author"), QStringLiteral("created"), QStringLiteral("modified"),
            QStringLiteral("page")};
}

QString csvTextField(const QString &input)
{
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QChar(u'\r'), QChar(u'\n'));
    static const QString formulaLeads = QStringLiteral("=+-@\t\r\n");
    if (!input.isEmpty() && formulaLeads.contains(input.front()))
        text.prepend(QChar(u'\''));
    text.replace(QChar(u'"'), QStringLiteral("\"\""));
    return QChar(u'"') + text + QChar(u'"');
}

namespace {

QString tagPath(const QHash<qint64, Tag> &tags, qint64 id)
{
    QStringList parts;
    // Bounded walk: a cycle in bad data must not hang the export.
    for (int depth = 0; id > 0 && depth < 64; ++depth) {
        const auto it = tags.constFind(id);
        if (it == tags.constEnd())
            break;
        parts.prepend(it->name);
        id = it->parentId;
    }
    return parts.join(u'/');
}

int pageAt(const QList<Block> &blocks, int offset)
{
    for (const Block &b : blocks)
        if (offset >= b.start && offset < b.end)
            return b.page;
    return -1;
}

} // namespace

Result<int> exportCsv(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    auto tags = store.tags();
    if (!tags)
        return std::unexpected(tags.error());
    QHash<qint64, Tag> tagsById;
    for (const Tag &t : *tags)
        tagsById.insert(t.id, t);

    std::optional<qint64> tagFilter;
    if (!options.tagName.isEmpty()) {
        for (const Tag &t : *tags) {
            if (t.name.compare(options.tagName, Qt::CaseInsensitive) == 0
                || tagPath(tagsById, t.id).compare(options.tagName, Qt::CaseInsensitive) == 0)
                tagFilter = t.id;
        }
        if (!tagFilter)
            return failure(Error::Kind::BadInput, QStringLiteral("There is no tag “%1” in the project.").arg(options.tagName));
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
        if (tagFilter && a.tagId != *tagFilter)
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
            csvTextField(docIt->title),
            csvTextField(docIt->sourcePath),
            QString::number(a.id),
            csvTextField(a.kind),
            csvTextField(a.label),
            csvTextField(tagPath(tagsById, a.tagId)),
            csvTextField(a.quote),
            csvTextField(a.note),
            QString::number(a.start),
            QString::number(a.end),
            csvTextField(a.prefix),
            csvTextField(a.suffix),
            csvTextField(a.source),
            std::isnan(a.confidence) ? QString() : QString::number(a.confidence, 'g', 3),
            csvTextField(a.rule),
            csvTextField(a.status),
            csvTextField(a.author),
            csvTextField(a.created.toUTC().toString(Qt::ISODate)),
            csvTextField(a.modified.toUTC().toString(Qt::ISODate)),
            page > 0 ? QString::number(page) : QString(),
        };
        buffer.append(fields.join(u',').toUtf8()).append("\r\n");
        ++rows;
    }
    if (out.write(buffer) != buffer.size())
        return failure(Error::Kind::Io, QStringLiteral("Could not write the CSV: %1").arg(out.errorString()));
    return rows;
}

} // namespace marginalia
