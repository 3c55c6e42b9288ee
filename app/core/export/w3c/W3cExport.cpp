// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/export/w3c/W3cExport.h"

#include "core/codebook/Codebook.h"
#include "core/export/TagFilter.h"
#include "core/store/ProjectStore.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace marginalia {

namespace {

// Annotation ids are v5 UUIDs of the document IRI and the annotation's id, so a second export of the same
// project names each annotation as the first did.
const QUuid kAnnotationNamespace = QUuid::fromString(u"6c0b1d0e-3f1e-4c55-9a51-6d6172676e6c");

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject textualBody(const QString &value, const QString &purpose)
{
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("value"), value},
            {QStringLiteral("format"), QStringLiteral("text/plain")}};
}

QString motivation(const Annotation &annotation, bool tagged)
{
    if (tagged)
        return QStringLiteral("tagging");
    if (!annotation.note.isEmpty())
        return QStringLiteral("commenting");
    return QStringLiteral("highlighting");
}

// The annotations the options select (a document, a tag with the tags below it), in export order.
Result<QList<Annotation>> selectedAnnotations(const ProjectStore &store, const CsvExportOptions &options,
                                              const QList<Tag> &tags)
{
    auto kept = exportTagFilter(tags, options);
    if (!kept)
        return std::unexpected(kept.error());
    auto annotations = store.annotations(options.documentId);
    if (annotations && *kept)
        annotations->removeIf([&](const Annotation &a) { return !(*kept)->contains(a.tagId); });
    return annotations;
}

} // namespace

QString documentIri(const DocumentRecord &document)
{
    const QUrl url(document.meta.url, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https"))
        return url.toString(QUrl::FullyEncoded);
    return QStringLiteral("urn:marginalia:sha256:") + document.contentHash;
}

QJsonObject w3cAnnotation(const Annotation &annotation, const QString &documentIri, const QString &tagPath)
{
    QJsonArray bodies;
    if (!tagPath.isEmpty())
        bodies.append(textualBody(tagPath, QStringLiteral("tagging")));
    if (!annotation.note.isEmpty())
        bodies.append(textualBody(annotation.note, QStringLiteral("commenting")));
    const QJsonArray selectors = {
        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                    {QStringLiteral("exact"), annotation.quote},
                    {QStringLiteral("prefix"), annotation.prefix},
                    {QStringLiteral("suffix"), annotation.suffix}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                    {QStringLiteral("start"), annotation.start},
                    {QStringLiteral("end"), annotation.end}},
    };
    const QUuid id = QUuid::createUuidV5(kAnnotationNamespace, documentIri + u'#' + QString::number(annotation.id));
    QJsonObject object = {
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces).prepend(QStringLiteral("urn:uuid:"))},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("motivation"), motivation(annotation, !tagPath.isEmpty())},
        {QStringLiteral("created"), isoUtc(annotation.created)},
        {QStringLiteral("modified"), isoUtc(annotation.modified)},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("source"), documentIri}, {QStringLiteral("selector"), selectors}}},
    };
    if (!bodies.isEmpty())
        object.insert(QStringLiteral("body"), bodies);
    if (!annotation.author.isEmpty())
        object.insert(QStringLiteral("creator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")},
                                                             {QStringLiteral("name"), annotation.author}});
    return object;
}

Result<int> exportW3c(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    auto tags = store.tags();
    auto documents = store.documents();
    if (!tags || !documents)
        return std::unexpected(!tags ? tags.error() : documents.error());
    QHash<qint64, QString> iris;
    for (const DocumentRecord &d : std::as_const(*documents))
        iris.insert(d.id, documentIri(d));
    if (options.documentId && !iris.contains(*options.documentId))
        return failure(Error::Kind::NotFound,
                       QStringLiteral("There is no document %1 in the project.").arg(*options.documentId));
    auto selected = selectedAnnotations(store, options, *tags);
    if (!selected)
        return std::unexpected(selected.error());
    QHash<qint64, Tag> tagsById;
    for (const Tag &t : std::as_const(*tags))
        tagsById.insert(t.id, t);

    // The collection's head and tail are written around the items, one compact line per annotation.
    const QString label = QFileInfo(store.path()).completeBaseName();
    QByteArray head = "{\n\"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n\"type\": \"AnnotationCollection\",\n";
    head += "\"label\": " + QJsonDocument(QJsonArray{label}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    head += ",\n\"total\": " + QByteArray::number(selected->size());
    head += ",\n\"first\": {\n\"type\": \"AnnotationPage\",\n\"startIndex\": 0,\n\"items\": [\n";
    bool written = out.write(head) == head.size();
    for (qsizetype index = 0; written && index < selected->size(); ++index) {
        const Annotation &a = selected->at(index);
        QByteArray line = QJsonDocument(w3cAnnotation(a, iris.value(a.documentId), tagPath(tagsById, a.tagId)))
                              .toJson(QJsonDocument::Compact);
        line += index + 1 < selected->size() ? ",\n" : "\n";
        written = out.write(line) == line.size();
    }
    const QByteArray tail = "]\n}\n}\n";
    if (!written || out.write(tail) != tail.size())
        return failure(Error::Kind::Io,
                       QStringLiteral("Could not write the web annotations: %1").arg(out.errorString()));
    return int(selected->size());
}

} // namespace marginalia
