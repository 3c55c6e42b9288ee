// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"
#include "core/store/LearnedModelTable.h"

#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace marginalia {

// How a project is opened: for reading and writing (a missing file becomes a new project), or only for
// reading (nothing is created or changed; a missing file is an error).
enum class ProjectAccess { ReadWrite, ReadOnly };

// The project store: the one entry to a project's data, and the only code that speaks SQL. A project is
// one SQLite file: WAL, synchronous=FULL, foreign keys on, schema version in PRAGMA user_version with
// cumulative migrations, every write in one BEGIN IMMEDIATE transaction, bound values only. Use a store
// from the thread that opened it.
//
// Behind this façade each aggregate has its own class in core/store (DocumentTable, AnnotationTable,
// TagTable, EntityTable, SettingTable, RejectionTable, SearchIndex), all working on a Database. The
// engine is that Database: SqliteDatabase is the only one so far. A second backend (PostgreSQL is
// planned) subclasses Database and implements what differs between engines: opening and configuring the
// connection, the statement that begins a write, the id of an inserted row, where the schema version is
// kept, and the full-text index (openFullTextIndex: the queries that find candidate rows, or none, and
// search scans). It brings its own Migrations steps for the same schema versions, since the DDL is
// SQLite's. The tables' statements are plain SQL, except COLLATE NOCASE (tag lookup, entity order),
// entity_aliases' rowid order and the column name `end` (reserved in PostgreSQL), which such a backend
// would have to translate or quote.
class ProjectStore final {
public:
    // Opens the project at `path`. ReadWrite creates it (with the default tags) when missing and
    // upgrades an older one; ReadOnly never creates or changes a file (missing: NotFound) and refuses
    // every write. Either way a file that is not a project, is newer or is damaged is refused as it is.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path,
                                                      ProjectAccess access = ProjectAccess::ReadWrite);
    // The engine's full integrity check of the file at `path`, which is only read: the problems found,
    // none when it is sound.
    static Result<QStringList> checkIntegrity(const QString &path);
    // True for an existing file that is a database of the store's engine: a project, or another
    // application's data that nothing may write over.
    static bool isDatabaseFile(const QString &path);
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    QString path() const;
    static int schemaVersion();

    // Documents. Listings leave text and blocks empty; document() fills them.
    Result<qint64> addDocument(const ImportedDocument &document);
    Result<QList<DocumentRecord>> documents() const;
    Result<DocumentRecord> document(qint64 id) const;
    Result<void> removeDocument(qint64 id);    // its annotations, rejections, mentions and memo go with it
    Result<void> restoreDocument(const DocumentRecord &record); // re-inserts with its old id (undo of remove)
    Result<void> renameDocument(qint64 id, const QString &title); // trimmed; an empty title is refused
    Result<void> setBlockKind(qint64 documentId, int blockIndex, BlockKind kind);
    Result<std::optional<qint64>> findDocumentByHash(const QString &contentHash) const;
    // A document with its text, blocks, annotations, mentions and rejected suggestions; and the one
    // write that makes a document that (record.id names it): for replacing it by a new version and back.
    Result<DocumentVersion> documentVersion(qint64 id) const;
    Result<void> replaceDocumentVersion(const DocumentVersion &version);

    // Tags.
    Result<QList<Tag>> tags() const;
    Result<Tag> addTag(const Tag &tag);        // returns it with its id
    Result<void> restoreTag(const Tag &tag);   // re-inserts with its old id (undo of delete)
    Result<void> updateTag(const Tag &tag);
    Result<void> removeTag(qint64 id);         // annotations keep existing, untagged
    Result<std::optional<Tag>> tagByName(const QString &name) const;

    // Annotations, ordered by document then start.
    Result<QList<Annotation>> annotations(std::optional<qint64> documentId = std::nullopt) const;
    // Those with one of `tagIds`, by document then start, at most `limit` (< 0: all): a panel's page.
    Result<QList<Annotation>> annotationsTagged(const QList<qint64> &tagIds, int limit = -1) const;
    Result<int> annotationsTaggedCount(const QList<qint64> &tagIds) const;
    Result<QList<Annotation>> annotationsOfKind(AnnotationKind kind) const; // by document, then start
    // The same annotations streamed from the database one by one, for exports of any size in bounded memory;
    // `visit` returns false to stop, or an error to stop with. Returns how many were visited.
    Result<int> forEachAnnotation(std::optional<qint64> documentId,
                                  const std::function<Result<bool>(const Annotation &)> &visit) const;
    Result<Annotation> annotation(qint64 id) const;
    Result<Annotation> addAnnotation(const Annotation &annotation); // sets id; created/modified when empty
    // Many in one transaction, all or none (bulk import): one statement prepared once, each range checked
    // against its document; the first bad one is named. Returns them with ids, quotes and context.
    Result<QList<Annotation>> addAnnotations(const QList<Annotation> &annotations);
    Result<void> restoreAnnotation(const Annotation &annotation);  // re-inserts with its old id
    Result<void> updateAnnotation(const Annotation &annotation);   // sets modified
    Result<void> removeAnnotation(qint64 id);

    // Rejected suggestions.
    Result<void> addRejection(const Rejection &rejection);
    Result<void> removeRejection(const Rejection &rejection);
    Result<QList<Rejection>> rejections(qint64 documentId) const;

    // Learned recommender models, one per tag (derived data: rebuilt when missing or stale).
    Result<std::optional<LearnedModelRecord>> learnedModel(qint64 tagId) const;
    Result<void> saveLearnedModel(const LearnedModelRecord &model); // replaces the tag's model
    Result<void> removeLearnedModel(qint64 tagId);

    // Per-project key/value settings (reading positions, memo, ...).
    Result<QString> setting(const QString &key) const;
    Result<void> setSetting(const QString &key, const QString &value);
    // The project's own UUID, made once when the project is first opened for writing and kept with it: the
    // namespace of the stable GUIDs that exchange exports derive. Nothing (a null QUuid) for a project from
    // before it was kept that has only been opened for reading since.
    Result<QUuid> projectUuid() const;

    // Codebook: tags form a tree through parentId.
    Result<void> moveTag(qint64 id, qint64 newParentId);      // 0: to the top level; refuses cycles
    // Every annotation of the source moves to the target, the source's children become the target's
    // (merging children of the same name), the source is removed. One transaction.
    Result<void> mergeTags(qint64 sourceId, qint64 targetId);
    Result<QList<TagCount>> tagCounts() const;                // one entry per tag, in tags() order

    // Claim review (annotations of kind claim): status is one of claimStatuses().
    Result<void> setClaimReview(qint64 annotationId, const QString &status, const QString &evidence,
                                const QString &evidenceUrl, qint64 sourceEntityId = 0);

    // Entity register: canonical entities with aliases, and their mentions in documents.
    Result<QList<Entity>> entities() const;                   // by name
    Result<Entity> entity(qint64 id) const;
    Result<Entity> addEntity(const Entity &entity);           // returns it with its id
    Result<void> restoreEntity(const Entity &entity);         // re-inserts with its old id and aliases (undo)
    Result<void> updateEntity(const Entity &entity);          // name, type and aliases
    Result<void> renameEntity(qint64 id, const QString &name, bool keepOldNameAsAlias = true);
    Result<void> removeEntity(qint64 id);                     // its mentions go with it
    // The source's mentions, aliases (and its name, as an alias) and attributed claims go to the target;
    // the source is removed. One transaction.
    Result<void> mergeEntities(qint64 sourceId, qint64 targetId);
    Result<Mention> addMention(const Mention &mention);       // returns it with its id
    Result<void> restoreMention(const Mention &mention);      // re-inserts with its old id (undo)
    Result<Mention> mention(qint64 id) const;
    Result<void> removeMention(qint64 id);
    // Unlinks a mention from its entity: it moves to a new entity (named `name`, or the mentioned text)
    // of the same type, which is returned.
    Result<Entity> splitMention(qint64 mentionId, const QString &name = QString());
    Result<QList<Mention>> mentions(std::optional<qint64> documentId = std::nullopt) const;
    Result<QList<MentionInContext>> entityMentions(qint64 entityId) const; // across documents, with context
    // Adds an annotation (kind entity, label the entity's type) with `tagId` on every mention of the
    // entity that has none with that tag and range yet; one transaction. Returns the new annotations'
    // ids, so that a caller can undo them as one step.
    Result<QList<qint64>> tagAllMentions(qint64 entityId, qint64 tagId);

    // Memos: one per document, one for the project.
    Result<QString> documentMemo(qint64 documentId) const;
    Result<void> setDocumentMemo(qint64 documentId, const QString &text); // empty text removes it
    Result<QString> projectMemo() const;
    Result<void> setProjectMemo(const QString &text);

    // Full-text search over document text, annotation quotes and notes (see core/Search.h for the query
    // syntax). `kinds` limits the hits to some of "document", "quote", "note"; empty means all. Documents
    // come best match first. Without FTS5 in SQLite (hasSearchIndex() false) every text is scanned.
    bool hasSearchIndex() const;
    Result<QList<SearchHit>> search(const QString &query, int limit = 100, const QStringList &kinds = {}) const;

    // Runs `work` inside one write transaction: all of it is committed, or none.
    Result<void> transaction(const std::function<Result<void>()> &work);

private:
    struct Private;
    explicit ProjectStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace marginalia
