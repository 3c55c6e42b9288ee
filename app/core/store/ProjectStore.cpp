// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/ProjectStore.h"

#include "core/store/AnnotationTable.h"
#include "core/store/DocumentTable.h"
#include "core/store/EntityTable.h"
#include "core/store/LearnedModelTable.h"
#include "core/store/Migrations.h"
#include "core/store/PostgresDatabase.h"
#include "core/store/RejectionTable.h"
#include "core/store/SearchIndex.h"
#include "core/store/SettingTable.h"
#include "core/store/SqliteDatabase.h"
#include "core/store/TagTable.h"

#include <QDir>

namespace marginalia {

namespace {
const QString kProjectUuidKey = QStringLiteral("project/uuid");
} // namespace

// The façade's parts: the backend's database and one object per aggregate, all on that database.
struct ProjectStore::Private {
    explicit Private(std::unique_ptr<Database> opened)
        : database(std::move(opened))
        , documents(*database)
        , annotations(*database, documents)
        , tags(*database, annotations)
        , entities(*database, documents, annotations)
        , settings(*database, documents)
        , rejections(*database)
        , searchIndex(*database)
        , learnedModels(*database)
    {
    }

    std::unique_ptr<Database> database; // first in, last out: the tables refer to it
    DocumentTable documents;
    AnnotationTable annotations;
    TagTable tags;
    EntityTable entities;
    SettingTable settings;
    RejectionTable rejections;
    SearchIndex searchIndex;
    LearnedModelTable learnedModels;
};

ProjectStore::ProjectStore(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

ProjectStore::~ProjectStore() = default;

int ProjectStore::schemaVersion()
{
    return Migrations::latestVersion();
}

QString ProjectStore::path() const
{
    return d->database->path();
}

Result<std::unique_ptr<Database>> openDatabase(const QString &location, ProjectAccess access)
{
    if (PostgresLocation::isUrl(location)) {
        auto database = PostgresDatabase::open(location, access);
        if (!database)
            return std::unexpected(database.error());
        return std::unique_ptr<Database>(std::move(*database));
    }
    auto database = SqliteDatabase::open(location, access);
    if (!database)
        return std::unexpected(database.error());
    return std::unique_ptr<Database>(std::move(*database));
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, ProjectAccess access)
{
    auto database = openDatabase(path, access);
    if (!database)
        return std::unexpected(database.error());
    std::unique_ptr<ProjectStore> store(new ProjectStore(std::make_unique<Private>(std::move(*database))));
    Database &opened = *store->d->database;
    if (access == ProjectAccess::ReadWrite) {
        auto version = opened.storedSchemaVersion();
        auto marked = opened.isMarkedAsProject();
        if (!version || !marked)
            return std::unexpected(!version ? version.error() : marked.error());
        // Only a guess made outside the write: Migrations reads the version again inside it.
        if (*version != schemaVersion() || !*marked) {
            auto migrated = Migrations::upgrade(opened, [&]() -> Result<void> {
                for (const Tag &tag : defaultTags())
                    if (auto added = store->d->tags.add(tag); !added)
                        return std::unexpected(added.error());
                return {};
            });
            if (!migrated)
                return std::unexpected(migrated.error());
        }
        auto uuid = store->projectUuid();
        if (!uuid)
            return std::unexpected(uuid.error());
        if (uuid->isNull()) {
            if (auto kept = store->setSetting(kProjectUuidKey, QUuid::createUuid().toString(QUuid::WithoutBraces));
                !kept)
                return std::unexpected(kept.error());
        }
    }
    if (access == ProjectAccess::ReadOnly) {
        // A project from an older Marginalia lacks tables that reading needs: it is upgraded once, in one
        // write transaction as every opening for writing does, and then read. Where it cannot be written
        // the write opening says why.
        auto version = opened.storedSchemaVersion();
        if (!version)
            return std::unexpected(version.error());
        if (*version > 0 && *version < schemaVersion()) {
            store.reset();
            if (auto upgraded = open(path, ProjectAccess::ReadWrite); !upgraded)
                return std::unexpected(upgraded.error());
            return open(path, ProjectAccess::ReadOnly);
        }
    }
    if (auto indexed = store->d->searchIndex.open(); !indexed)
        return std::unexpected(indexed.error());
    return store;
}

bool ProjectStore::isDatabaseFile(const QString &path)
{
    return SqliteDatabase::isDatabaseFile(path);
}

Result<QStringList> ProjectStore::checkIntegrity(const QString &path)
{
    if (PostgresLocation::isUrl(path)) {
        // The server keeps its own data sound; what can be checked is that the project opens.
        auto opened = open(path, ProjectAccess::ReadOnly);
        if (!opened)
            return std::unexpected(opened.error());
        return QStringList();
    }
    return SqliteDatabase::checkIntegrity(path);
}

Result<void> ProjectStore::transaction(const std::function<Result<void>()> &work)
{
    return d->database->transaction(work);
}

// ---- documents ----------------------------------------------------------------------------------------------

Result<qint64> ProjectStore::addDocument(const ImportedDocument &document)
{
    return d->documents.add(document);
}

Result<QList<DocumentRecord>> ProjectStore::documents() const
{
    return d->documents.list();
}

Result<DocumentRecord> ProjectStore::document(qint64 id) const
{
    return d->documents.get(id);
}

Result<void> ProjectStore::removeDocument(qint64 id)
{
    return d->documents.remove(id);
}

Result<void> ProjectStore::restoreDocument(const DocumentRecord &record)
{
    return d->documents.restore(record);
}

Result<void> ProjectStore::renameDocument(qint64 id, const QString &title)
{
    return d->documents.rename(id, title);
}

Result<void> ProjectStore::setBlockKind(qint64 documentId, int blockIndex, BlockKind kind)
{
    return d->documents.setBlockKind(documentId, blockIndex, kind);
}

Result<std::optional<qint64>> ProjectStore::findDocumentByHash(const QString &contentHash) const
{
    return d->documents.findByHash(contentHash);
}

Result<DocumentVersion> ProjectStore::documentVersion(qint64 id) const
{
    DocumentVersion version;
    auto record = d->documents.get(id);
    if (!record)
        return std::unexpected(record.error());
    version.record = *record;
    auto annotations = d->annotations.list(id);
    if (!annotations)
        return std::unexpected(annotations.error());
    version.annotations = *annotations;
    auto mentions = d->entities.mentions(id);
    if (!mentions)
        return std::unexpected(mentions.error());
    version.mentions = *mentions;
    auto rejections = d->rejections.list(id);
    if (!rejections)
        return std::unexpected(rejections.error());
    version.rejections = *rejections;
    return version;
}

Result<void> ProjectStore::replaceDocumentVersion(const DocumentVersion &version)
{
    const qint64 id = version.record.id;
    return d->database->transaction([&]() -> Result<void> {
        auto oldMentions = d->entities.mentions(id);
        if (!oldMentions)
            return std::unexpected(oldMentions.error());
        for (const Mention &mention : std::as_const(*oldMentions))
            if (auto removed = d->entities.removeMention(mention.id); !removed)
                return removed;
        auto oldRejections = d->rejections.list(id);
        if (!oldRejections)
            return std::unexpected(oldRejections.error());
        for (const Rejection &rejection : std::as_const(*oldRejections))
            if (auto removed = d->rejections.remove(rejection); !removed)
                return removed;
        if (auto replaced = d->documents.replace(version.record); !replaced)
            return replaced;
        if (auto moved = d->annotations.replaceForDocument(id, version.annotations); !moved)
            return moved;
        for (const Mention &mention : version.mentions)
            if (auto restored = d->entities.restoreMention(mention); !restored)
                return restored;
        for (const Rejection &rejection : version.rejections)
            if (auto restored = d->rejections.add(rejection); !restored)
                return restored;
        return {};
    });
}

// ---- tags and the codebook ----------------------------------------------------------------------------------

Result<QList<Tag>> ProjectStore::tags() const
{
    return d->tags.list();
}

Result<Tag> ProjectStore::addTag(const Tag &tag)
{
    return d->tags.add(tag);
}

Result<void> ProjectStore::restoreTag(const Tag &tag)
{
    return d->tags.restore(tag);
}

Result<void> ProjectStore::updateTag(const Tag &tag)
{
    return d->tags.update(tag);
}

Result<void> ProjectStore::removeTag(qint64 id)
{
    return d->tags.remove(id);
}

Result<std::optional<Tag>> ProjectStore::tagByName(const QString &name) const
{
    return d->tags.findByName(name);
}

Result<void> ProjectStore::moveTag(qint64 id, qint64 newParentId)
{
    return d->tags.move(id, newParentId);
}

Result<void> ProjectStore::mergeTags(qint64 sourceId, qint64 targetId)
{
    return d->tags.merge(sourceId, targetId);
}

Result<QList<TagCount>> ProjectStore::tagCounts() const
{
    return d->tags.counts();
}

// ---- annotations --------------------------------------------------------------------------------------------

Result<QList<Annotation>> ProjectStore::annotations(std::optional<qint64> documentId) const
{
    return d->annotations.list(documentId);
}

Result<QList<Annotation>> ProjectStore::annotationsTagged(const QList<qint64> &tagIds, int limit) const
{
    return d->annotations.listTagged(tagIds, limit);
}

Result<int> ProjectStore::annotationsTaggedCount(const QList<qint64> &tagIds) const
{
    return d->annotations.taggedCount(tagIds);
}

Result<QList<Annotation>> ProjectStore::annotationsOfKind(AnnotationKind kind) const
{
    return d->annotations.listOfKind(kind);
}

Result<int> ProjectStore::forEachAnnotation(std::optional<qint64> documentId,
                                            const std::function<Result<bool>(const Annotation &)> &visit) const
{
    return d->annotations.forEach(documentId, visit);
}

Result<Annotation> ProjectStore::annotation(qint64 id) const
{
    return d->annotations.get(id);
}

Result<Annotation> ProjectStore::addAnnotation(const Annotation &annotation)
{
    return d->annotations.add(annotation);
}

Result<QList<Annotation>> ProjectStore::addAnnotations(const QList<Annotation> &annotations)
{
    return d->annotations.addMany(annotations);
}

Result<void> ProjectStore::restoreAnnotation(const Annotation &annotation)
{
    return d->annotations.restore(annotation);
}

Result<void> ProjectStore::updateAnnotation(const Annotation &annotation)
{
    return d->annotations.update(annotation);
}

Result<void> ProjectStore::removeAnnotation(qint64 id)
{
    return d->annotations.remove(id);
}

Result<void> ProjectStore::setClaimReview(qint64 annotationId, const QString &status, const QString &evidence,
                                          const QString &evidenceUrl, qint64 sourceEntityId)
{
    if (auto valid = AnnotationTable::checkClaimReview(status, evidenceUrl); !valid)
        return valid;
    return d->database->transaction([&]() -> Result<void> {
        if (sourceEntityId > 0) {
            if (auto source = d->entities.get(sourceEntityId); !source)
                return std::unexpected(source.error());
        }
        return d->annotations.setClaimReview(annotationId, status, evidence, evidenceUrl, sourceEntityId);
    });
}

// ---- rejections, settings and memos -------------------------------------------------------------------------

Result<void> ProjectStore::addRejection(const Rejection &rejection)
{
    return d->rejections.add(rejection);
}

Result<void> ProjectStore::removeRejection(const Rejection &rejection)
{
    return d->rejections.remove(rejection);
}

Result<QList<Rejection>> ProjectStore::rejections(qint64 documentId) const
{
    return d->rejections.list(documentId);
}

Result<std::optional<LearnedModelRecord>> ProjectStore::learnedModel(qint64 tagId) const
{
    return d->learnedModels.find(tagId);
}

Result<void> ProjectStore::saveLearnedModel(const LearnedModelRecord &model)
{
    return d->learnedModels.save(model);
}

Result<void> ProjectStore::removeLearnedModel(qint64 tagId)
{
    return d->learnedModels.remove(tagId);
}

Result<QString> ProjectStore::setting(const QString &key) const
{
    return d->settings.value(key);
}

Result<QUuid> ProjectStore::projectUuid() const
{
    auto stored = d->settings.value(kProjectUuidKey);
    if (!stored)
        return std::unexpected(stored.error());
    return QUuid::fromString(*stored);
}

Result<void> ProjectStore::setSetting(const QString &key, const QString &value)
{
    return d->settings.setValue(key, value);
}

Result<QString> ProjectStore::documentMemo(qint64 documentId) const
{
    return d->settings.documentMemo(documentId);
}

Result<void> ProjectStore::setDocumentMemo(qint64 documentId, const QString &text)
{
    return d->settings.setDocumentMemo(documentId, text);
}

Result<QString> ProjectStore::projectMemo() const
{
    return d->settings.projectMemo();
}

Result<void> ProjectStore::setProjectMemo(const QString &text)
{
    return d->settings.setProjectMemo(text);
}

// ---- entity register ----------------------------------------------------------------------------------------

Result<QList<Entity>> ProjectStore::entities() const
{
    return d->entities.list();
}

Result<Entity> ProjectStore::entity(qint64 id) const
{
    return d->entities.get(id);
}

Result<Entity> ProjectStore::addEntity(const Entity &entity)
{
    return d->entities.add(entity);
}

Result<void> ProjectStore::restoreEntity(const Entity &entity)
{
    return d->entities.restore(entity);
}

Result<void> ProjectStore::updateEntity(const Entity &entity)
{
    return d->entities.update(entity);
}

Result<void> ProjectStore::renameEntity(qint64 id, const QString &name, bool keepOldNameAsAlias)
{
    return d->entities.rename(id, name, keepOldNameAsAlias);
}

Result<void> ProjectStore::removeEntity(qint64 id)
{
    return d->entities.remove(id);
}

Result<void> ProjectStore::mergeEntities(qint64 sourceId, qint64 targetId)
{
    return d->entities.merge(sourceId, targetId);
}

Result<Mention> ProjectStore::addMention(const Mention &mention)
{
    return d->entities.addMention(mention);
}

Result<void> ProjectStore::restoreMention(const Mention &mention)
{
    return d->entities.restoreMention(mention);
}

Result<Mention> ProjectStore::mention(qint64 id) const
{
    return d->entities.mention(id);
}

Result<void> ProjectStore::removeMention(qint64 id)
{
    return d->entities.removeMention(id);
}

Result<Entity> ProjectStore::splitMention(qint64 mentionId, const QString &name)
{
    return d->entities.splitMention(mentionId, name);
}

Result<QList<Mention>> ProjectStore::mentions(std::optional<qint64> documentId) const
{
    return d->entities.mentions(documentId);
}

Result<QList<MentionInContext>> ProjectStore::entityMentions(qint64 entityId) const
{
    return d->entities.mentionsInContext(entityId);
}

Result<QList<qint64>> ProjectStore::tagAllMentions(qint64 entityId, qint64 tagId)
{
    return d->database->transactionReturning([&]() -> Result<QList<qint64>> {
        QList<qint64> created;
        auto entity = d->entities.get(entityId);
        if (!entity)
            return std::unexpected(entity.error());
        if (tagId > 0) {
            if (auto tag = d->tags.get(tagId); !tag)
                return std::unexpected(tag.error());
        }
        auto mentions = d->entities.mentions(std::nullopt);
        if (!mentions)
            return std::unexpected(mentions.error());
        for (const Mention &mention : std::as_const(*mentions)) {
            if (mention.entityId != entityId)
                continue;
            auto tagged = d->annotations.hasTagAt(mention.documentId, mention.start, mention.end, tagId);
            if (!tagged)
                return std::unexpected(tagged.error());
            if (*tagged)
                continue;
            Annotation annotation;
            annotation.documentId = mention.documentId;
            annotation.start = mention.start;
            annotation.end = mention.end;
            annotation.tagId = tagId;
            annotation.kind = AnnotationKind::Entity;
            annotation.label = entity->type;
            annotation.source = QStringLiteral("register");
            auto added = d->annotations.add(annotation);
            if (!added)
                return std::unexpected(added.error());
            created.append(added->id);
        }
        return created;
    });
}

// ---- search -------------------------------------------------------------------------------------------------

bool ProjectStore::hasSearchIndex() const
{
    return d->searchIndex.hasIndex();
}

Result<QList<SearchHit>> ProjectStore::search(const QString &query, int limit, const QStringList &kinds) const
{
    return d->searchIndex.search(query, limit, kinds);
}

} // namespace marginalia
