// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/exchange/AnnotationImport.h"

#include "core/codebook/Codebook.h"
#include "core/exchange/AnnotationPlacement.h"
#include "core/export/w3c/W3cExport.h"
#include "core/store/OpenProjectFiles.h"
#include "core/store/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace marginalia {

namespace {

std::unexpected<Error> badRow(const IncomingAnnotation &row, const QString &problem)
{
    return failure(Error::Kind::BadInput, row.where + QStringLiteral(": ") + problem + u'.');
}

// Which project document an incoming annotation means, from what the file says about it.
class DocumentFinder final {
public:
    DocumentFinder(const QList<DocumentRecord> &documents, const AnnotationImportOptions &options)
        : m_chosen(options.documentId)
        , m_fallback(options.fallbackDocumentId)
    {
        for (const DocumentRecord &d : documents) {
            m_ids.insert(d.id);
            m_byName.insert(documentIri(d), d.id);
            if (!d.meta.url.isEmpty())
                m_byName.insert(d.meta.url, d.id);
            if (!d.sourcePath.isEmpty()) {
                m_byName.insert(d.sourcePath, d.id);
                m_byName.insert(QUrl::fromLocalFile(d.sourcePath).toString(), d.id);
            }
            m_titles.insert(d.title, d.id);
        }
        if (documents.size() == 1)
            m_only = documents.front().id;
    }

    Result<qint64> find(const IncomingAnnotation &row) const
    {
        if (m_chosen)
            return *m_chosen;
        // A source or title names the document across projects; an id only within the one it came from.
        if (auto named = m_byName.constFind(row.documentIri); !row.documentIri.isEmpty() && named != m_byName.cend())
            return *named;
        if (!row.documentTitle.isEmpty() && m_titles.count(row.documentTitle) == 1)
            return m_titles.value(row.documentTitle);
        if (row.documentId && m_ids.contains(*row.documentId))
            return *row.documentId;
        if (m_fallback && m_ids.contains(*m_fallback))
            return *m_fallback;
        if (m_only)
            return *m_only;
        QString named = row.documentIri.isEmpty() ? row.documentTitle : row.documentIri;
        if (named.isEmpty() && row.documentId)
            named = QString::number(*row.documentId);
        if (named.isEmpty())
            return badRow(row, QStringLiteral("it does not say which document it belongs to; choose one "
                                              "(--document ID)"));
        return badRow(row, QStringLiteral("no document of the project is “%1”; choose one (--document ID)").arg(named));
    }

private:
    std::optional<qint64> m_chosen;
    std::optional<qint64> m_fallback;
    std::optional<qint64> m_only;
    QSet<qint64> m_ids;
    QHash<QString, qint64> m_byName;
    QMultiHash<QString, qint64> m_titles;
};

// The work of one import, inside its transaction.
class Import final {
public:
    Import(ProjectStore &store, const AnnotationImportOptions &options)
        : m_store(store)
        , m_options(options)
    {
    }

    Result<AnnotationImportSummary> run(const QList<IncomingAnnotation> &incoming)
    {
        auto documents = m_store.documents();
        if (!documents)
            return std::unexpected(documents.error());
        if (m_options.documentId
            && std::ranges::none_of(*documents, [&](const DocumentRecord &d) { return d.id == *m_options.documentId; }))
            return failure(Error::Kind::NotFound,
                           QStringLiteral("There is no document %1 in the project.").arg(*m_options.documentId));
        const DocumentFinder finder(*documents, m_options);
        const qsizetype tagsBefore = m_store.tags().value_or(QList<Tag>()).size();
        QList<Annotation> placed;
        placed.reserve(incoming.size());
        for (const IncomingAnnotation &row : incoming) {
            auto annotation = prepared(finder, row);
            if (!annotation)
                return std::unexpected(annotation.error());
            placed.append(*annotation);
        }
        auto added = m_store.addAnnotations(placed);
        if (!added)
            return std::unexpected(added.error());
        const qsizetype tagsAfter = m_store.tags().value_or(QList<Tag>()).size();
        return AnnotationImportSummary{*added, int(tagsAfter - tagsBefore)};
    }

private:
    Result<Annotation> prepared(const DocumentFinder &finder, const IncomingAnnotation &row)
    {
        auto documentId = finder.find(row);
        if (!documentId)
            return std::unexpected(documentId.error());
        auto placement = placementFor(*documentId);
        if (!placement)
            return std::unexpected(placement.error());
        const Annotation &read = row.annotation;
        auto range = (*placement)->place(row.hasPosition, read.start, read.end, read.quote, read.prefix, read.suffix);
        if (!range)
            return badRow(row, range.error().message + QStringLiteral(" (document %1)").arg(*documentId));
        Annotation annotation = read;
        annotation.id = 0;
        annotation.documentId = *documentId;
        annotation.start = range->start;
        annotation.end = range->end;
        annotation.sourceEntityId = 0;
        auto tagId = tagFor(row);
        if (!tagId)
            return std::unexpected(tagId.error());
        annotation.tagId = *tagId;
        return annotation;
    }

    Result<const AnnotationPlacement *> placementFor(qint64 documentId)
    {
        auto known = m_placements.constFind(documentId);
        if (known != m_placements.cend())
            return known->get();
        auto document = m_store.document(documentId);
        if (!document)
            return std::unexpected(document.error());
        auto placement = std::make_shared<AnnotationPlacement>(document->text);
        m_placements.insert(documentId, placement);
        return placement.get();
    }

    Result<qint64> tagFor(const IncomingAnnotation &row)
    {
        const QString path = row.tagPath.trimmed();
        if (path.isEmpty())
            return qint64(0);
        auto known = m_tags.constFind(path);
        if (known != m_tags.cend())
            return *known;
        auto id = findOrCreateTag(m_store, path);
        if (!id)
            return badRow(row, id.error().message);
        m_tags.insert(path, *id);
        return *id;
    }

    ProjectStore &m_store;
    const AnnotationImportOptions &m_options;
    QHash<qint64, std::shared_ptr<AnnotationPlacement>> m_placements;
    QHash<QString, qint64> m_tags;
};

} // namespace

Result<AnnotationImportSummary> importAnnotations(ProjectStore &store, const QList<IncomingAnnotation> &incoming,
                                                  const AnnotationImportOptions &options)
{
    std::optional<AnnotationImportSummary> summary;
    auto done = store.transaction([&]() -> Result<void> {
        auto imported = Import(store, options).run(incoming);
        if (!imported)
            return std::unexpected(imported.error());
        summary = std::move(*imported);
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return std::move(*summary);
}

Result<AnnotationImportSummary> importAnnotationFile(ProjectStore &store, const QString &path,
                                                     const AnnotationImportOptions &options)
{
    if (auto outside = OpenProjectFiles::checkOutside(path); !outside)
        return std::unexpected(outside.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Io,
                       QStringLiteral("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray data = file.readAll();
    auto incoming = readAnnotations(detectAnnotationFormat(path, data), data);
    if (!incoming)
        return failure(Error::Kind::BadInput,
                       QStringLiteral("%1, %2").arg(QDir::toNativeSeparators(path), incoming.error().message));
    return importAnnotations(store, *incoming, options);
}

} // namespace marginalia
