// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/exchange/AnnotationReaders.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace marginalia {

namespace {

std::unexpected<Error> badInput(const QString &message)
{
    return failure(Error::Kind::BadInput, message);
}

// The CSV export puts an apostrophe before text a spreadsheet would run as a formula; take it off again.
QString unguarded(const QString &cell)
{
    static const QString formulaLeads = QStringLiteral("=+-@\t\r\n");
    if (cell.size() >= 2 && cell.front() == u'\'' && formulaLeads.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

QDateTime parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// RFC 4180 records with the line each starts on, so that a bad record can be named as a person sees it.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

Result<QList<CsvRecord>> csvRecords(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    int line = 1;
    qsizetype at = 0;
    const qsizetype size = text.size();
    while (at < size) {
        if (text.at(at) == u'"') {
            const int opened = line;
            for (++at;; ++at) {
                if (at >= size)
                    return badInput(QStringLiteral("line %1: a quoted field has no closing quote.").arg(opened));
                const QChar c = text.at(at);
                if (c == u'"' && at + 1 < size && text.at(at + 1) == u'"') {
                    field.append(c);
                    ++at;
                } else if (c == u'"') {
                    ++at;
                    break;
                } else {
                    line += c == u'\n';
                    field.append(c);
                }
            }
        } else {
            const qsizetype from = at;
            while (at < size && text.at(at) != u',' && text.at(at) != u'\r' && text.at(at) != u'\n')
                ++at;
            field.append(text.mid(from, at - from));
        }
        record.fields.append(field);
        field.clear();
        if (at < size && text.at(at) == u',') {
            ++at;
            if (at == size)
                record.fields.append(QString());
            continue;
        }
        if (at < size && text.at(at) != u'\r' && text.at(at) != u'\n')
            return badInput(QStringLiteral("line %1: text after a closing quote.").arg(line));
        at += at < size && text.at(at) == u'\r';
        at += at < size && text.at(at) == u'\n';
        ++line;
        if (!(record.fields.size() == 1 && record.fields.front().isEmpty()))
            records.append(record);
        record = {line, {}};
    }
    if (!record.fields.isEmpty())
        records.append(record);
    return records;
}

std::optional<int> wholeNumber(const QString &cell)
{
    bool ok = false;
    const int value = cell.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// The first object of a JSON value that is an object or an array of them (target, selector, body).
QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return {value};
}

QString creatorName(const QJsonObject &item)
{
    const QString display = item.value(u"user_info").toObject().value(u"display_name").toString();
    if (!display.isEmpty())
        return display;
    const QJsonValue creator = item.value(u"creator");
    if (creator.isString())
        return creator.toString();
    if (creator.isObject()) {
        const QJsonObject person = creator.toObject();
        return person.value(u"name").toString(person.value(u"nickname").toString());
    }
    // Hypothesis: "acct:name@hypothes.is".
    QString user = item.value(u"user").toString();
    if (user.startsWith(u"acct:"))
        user = user.mid(5).section(u'@', 0, 0);
    return user;
}

void readSelectors(const QJsonValue &selectors, IncomingAnnotation &incoming)
{
    for (const QJsonValue &value : asArray(selectors)) {
        const QJsonObject selector = value.toObject();
        const QString type = selector.value(u"type").toString();
        if (type == u"TextQuoteSelector") {
            incoming.annotation.quote = selector.value(u"exact").toString();
            incoming.annotation.prefix = selector.value(u"prefix").toString();
            incoming.annotation.suffix = selector.value(u"suffix").toString();
        } else if (type == u"TextPositionSelector" && selector.value(u"start").isDouble()
                   && selector.value(u"end").isDouble()) {
            incoming.hasPosition = true;
            incoming.annotation.start = selector.value(u"start").toInt();
            incoming.annotation.end = selector.value(u"end").toInt();
        }
    }
}

// W3C bodies (TextualBody with purpose tagging, commenting or none) or Hypothesis tags and text. Each tag
// becomes its own annotation of the same passage, as a coding; an annotation without tags stays one.
QList<IncomingAnnotation> withBodies(const QJsonObject &item, IncomingAnnotation incoming)
{
    QStringList tags;
    QStringList notes;
    const QJsonArray bodies = asArray(item.value(u"body"));
    const QString motivation = item.value(u"motivation").toString();
    for (const QJsonValue &value : bodies) {
        const QJsonObject body = value.toObject();
        if (body.isEmpty() || !body.contains(u"value"))
            continue;
        QString purpose = body.value(u"purpose").toString();
        if (purpose.isEmpty() && bodies.size() == 1)
            purpose = motivation;
        (purpose == u"tagging" ? tags : notes).append(body.value(u"value").toString());
    }
    if (item.value(u"bodyValue").isString())
        notes.append(item.value(u"bodyValue").toString());
    for (const QJsonValue &tag : item.value(u"tags").toArray())
        tags.append(tag.toString());
    if (item.value(u"text").isString() && !item.value(u"text").toString().isEmpty())
        notes.append(item.value(u"text").toString());
    incoming.annotation.note = notes.join(QStringLiteral("\n\n"));
    tags.removeAll(QString());
    if (tags.isEmpty())
        return {incoming};
    QList<IncomingAnnotation> codings;
    for (const QString &tag : std::as_const(tags)) {
        incoming.tagPath = tag;
        codings.append(incoming);
    }
    return codings;
}

Result<QList<IncomingAnnotation>> readWebAnnotation(const QJsonObject &item, int number)
{
    IncomingAnnotation incoming;
    incoming.where = QStringLiteral("annotation %1").arg(number);
    const QString id = item.value(u"id").toString();
    if (!id.isEmpty())
        incoming.where += QStringLiteral(" (%1)").arg(id);
    const QJsonArray targets = asArray(item.value(u"target"));
    for (const QJsonValue &value : targets) {
        if (value.isString()) {
            incoming.documentIri = value.toString();
            continue;
        }
        const QJsonObject target = value.toObject();
        incoming.documentIri = target.value(u"source").toString(incoming.documentIri);
        readSelectors(target.value(u"selector"), incoming);
        if (!incoming.annotation.quote.isEmpty() || incoming.hasPosition)
            break;
    }
    if (incoming.documentIri.isEmpty())
        incoming.documentIri = item.value(u"uri").toString();
    if (incoming.annotation.quote.isEmpty() && !incoming.hasPosition)
        return badInput(QStringLiteral("%1: its target has no TextQuoteSelector or TextPositionSelector, so it "
                                       "marks no passage.")
                            .arg(incoming.where));
    incoming.annotation.author = creatorName(item);
    incoming.annotation.created = parseTime(item.value(u"created").toString());
    incoming.annotation.modified = parseTime(item.value(u"modified").toString(item.value(u"updated").toString()));
    return withBodies(item, incoming);
}

// The annotations of a page, and of the pages after it that the file embeds.
void collectPage(const QJsonObject &page, QJsonArray &items)
{
    for (QJsonObject current = page; !current.isEmpty(); current = current.value(u"next").toObject())
        for (const QJsonValue &item : current.value(u"items").toArray())
            items.append(item);
}

QJsonArray annotationItems(const QJsonDocument &document)
{
    if (document.isArray())
        return document.array();
    const QJsonObject root = document.object();
    const QString type = root.value(u"type").toString();
    QJsonArray items;
    if (type == u"AnnotationCollection")
        collectPage(root.value(u"first").toObject(), items);
    else if (type == u"AnnotationPage")
        collectPage(root, items);
    else if (root.value(u"annotations").isArray()) // Hypothesis' client export
        items = root.value(u"annotations").toArray();
    else if (root.value(u"rows").isArray()) // Hypothesis' search API
        items = root.value(u"rows").toArray();
    else
        items.append(root);
    return items;
}

} // namespace

Result<QList<IncomingAnnotation>> readAnnotationCsv(const QByteArray &data)
{
    auto records = csvRecords(QString::fromUtf8(data));
    if (!records)
        return std::unexpected(records.error());
    if (records->isEmpty())
        return badInput(QStringLiteral("The CSV is empty: it needs a header naming its columns."));
    QHash<QString, qsizetype> columns;
    const QStringList header = records->front().fields;
    for (qsizetype column = 0; column < header.size(); ++column)
        columns.insert(header.at(column).trimmed().toLower(), column);
    if (!columns.contains(QStringLiteral("quote"))
        && !(columns.contains(QStringLiteral("start")) && columns.contains(QStringLiteral("end"))))
        return badInput(QStringLiteral("line 1: the header names no quote column and no start and end columns; "
                                       "is this an annotation CSV as Marginalia writes it?"));
    QList<IncomingAnnotation> list;
    list.reserve(records->size() - 1);
    for (qsizetype row = 1; row < records->size(); ++row) {
        const CsvRecord &record = records->at(row);
        auto cell = [&](const char16_t *name) {
            const qsizetype column = columns.value(QString::fromUtf16(name), -1);
            return column >= 0 && column < record.fields.size() ? unguarded(record.fields.at(column)) : QString();
        };
        IncomingAnnotation incoming;
        incoming.where = QStringLiteral("line %1").arg(record.line);
        if (const auto id = wholeNumber(cell(u"document_id")))
            incoming.documentId = *id;
        incoming.documentIri = cell(u"document_source");
        incoming.documentTitle = cell(u"document_title");
        const auto start = wholeNumber(cell(u"start"));
        const auto end = wholeNumber(cell(u"end"));
        if ((start || end) && !(start && end))
            return badInput(QStringLiteral("%1: it has a start or an end but not both.").arg(incoming.where));
        incoming.hasPosition = start && end;
        Annotation &a = incoming.annotation;
        a.start = start.value_or(0);
        a.end = end.value_or(0);
        a.quote = cell(u"quote");
        a.prefix = cell(u"prefix");
        a.suffix = cell(u"suffix");
        incoming.tagPath = cell(u"tag");
        a.note = cell(u"note");
        a.kind = fromName<AnnotationKind>(cell(u"kind")).value_or(AnnotationKind::Highlight);
        a.label = cell(u"label");
        a.source = cell(u"source");
        bool numeric = false;
        const double confidence = cell(u"confidence").toDouble(&numeric);
        a.confidence = numeric ? confidence : std::nan("");
        a.rule = cell(u"rule");
        a.status = cell(u"status");
        a.author = cell(u"author");
        a.created = parseTime(cell(u"created"));
        a.modified = parseTime(cell(u"modified"));
        a.evidence = cell(u"evidence");
        a.evidenceUrl = cell(u"evidence_url");
        list.append(incoming);
    }
    return list;
}

Result<QList<IncomingAnnotation>> readWebAnnotations(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return badInput(
            QStringLiteral("The file is not JSON: %1 at byte %2.").arg(error.errorString()).arg(error.offset));
    const QJsonObject root = document.object();
    if (root.value(u"type").toString() == u"AnnotationCollection" && root.value(u"first").isString())
        return badInput(QStringLiteral("The collection's annotations are on pages that are not in the file (%1); "
                                       "save the pages themselves.")
                            .arg(root.value(u"first").toString()));
    const QJsonArray items = annotationItems(document);
    QList<IncomingAnnotation> list;
    list.reserve(items.size());
    for (qsizetype index = 0; index < items.size(); ++index) {
        if (!items.at(index).isObject())
            return badInput(QStringLiteral("annotation %1: not a JSON object.").arg(index + 1));
        auto read = readWebAnnotation(items.at(index).toObject(), int(index + 1));
        if (!read)
            return std::unexpected(read.error());
        list.append(*read);
    }
    return list;
}

Result<QList<IncomingAnnotation>> readAnnotationJsonl(const QByteArray &data)
{
    QList<IncomingAnnotation> list;
    int lineNumber = 0;
    const QList<QByteArray> lines = data.split('\n');
    for (const QByteArray &line : lines) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        IncomingAnnotation incoming;
        incoming.where = QStringLiteral("line %1").arg(lineNumber);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError || object.isEmpty())
            return badInput(QStringLiteral("%1: not a JSON object (%2).").arg(incoming.where, error.errorString()));
        const QJsonValue document = object.value(u"document_id");
        if (document.isDouble())
            incoming.documentId = qint64(document.toDouble());
        else
            incoming.documentIri = document.toString();
        const QJsonValue start = object.value(u"start");
        const QJsonValue end = object.value(u"end");
        if (start.isDouble() != end.isDouble())
            return badInput(QStringLiteral("%1: it has a start or an end but not both.").arg(incoming.where));
        incoming.hasPosition = start.isDouble();
        Annotation &a = incoming.annotation;
        a.start = start.toInt();
        a.end = end.toInt();
        a.quote = object.value(u"quote").toString(object.value(u"exact").toString());
        a.prefix = object.value(u"prefix").toString();
        a.suffix = object.value(u"suffix").toString();
        if (!incoming.hasPosition && a.quote.isEmpty())
            return badInput(QStringLiteral("%1: it needs start and end, or a quote.").arg(incoming.where));
        incoming.tagPath = object.value(u"tag").toString();
        a.note = object.value(u"note").toString();
        a.author = object.value(u"author").toString();
        a.created = parseTime(object.value(u"created").toString());
        a.modified = parseTime(object.value(u"modified").toString());
        list.append(incoming);
    }
    return list;
}

AnnotationFileFormat detectAnnotationFormat(const QString &fileName, const QByteArray &data)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"csv")
        return AnnotationFileFormat::Csv;
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return AnnotationFileFormat::Jsonl;
    if (suffix == u"json" || suffix == u"jsonld")
        return AnnotationFileFormat::WebAnnotation;
    const QByteArray start = data.trimmed();
    if (!start.startsWith('{') && !start.startsWith('['))
        return AnnotationFileFormat::Csv;
    // JSON Lines: the first line is a whole object by itself and more follow.
    const qsizetype firstEnd = start.indexOf('\n');
    if (firstEnd > 0 && !QJsonDocument::fromJson(start.left(firstEnd)).isNull())
        return AnnotationFileFormat::Jsonl;
    return AnnotationFileFormat::WebAnnotation;
}

Result<QList<IncomingAnnotation>> readAnnotations(AnnotationFileFormat format, const QByteArray &data)
{
    switch (format) {
    case AnnotationFileFormat::Csv:
        return readAnnotationCsv(data);
    case AnnotationFileFormat::WebAnnotation:
        return readWebAnnotations(data);
    case AnnotationFileFormat::Jsonl:
        return readAnnotationJsonl(data);
    }
    Q_UNREACHABLE_RETURN({});
}

} // namespace marginalia
