#pragma once

#include "core/Error.h"
#include "core/Model.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace marginalia {

// The one class that owns all SQL. A project is one SQLite file: WAL, synchronous=FULL, foreign keys on,
// schema version in PRAGMA user_version with cumulative migrations, every write in one BEGIN IMMEDIATE
// transaction, bound values only. Use a store from the thread that opened it.
class ProjectStore final
{
public:
    // Opens the project at `path`, creating it (with the default tags) when missing.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path);
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    QString path() const;
    static int schemaVersion();

    // Documents. Listings leave text and blocks empty; document() fills them.
    Result<qint64> addDocument(const ImportedDocument &document);
    Result<QList<DocumentRecord>> documents() const;
    Result<DocumentRecord> document(qint64 id) const;
    Result<void> removeDocument(qint64 id);
    Result<void> setBlockKind(qint64 documentId, int blockIndex, BlockKind kind);
    Result<std::optional<qint64>> findDocumentByHash(const QString &contentHash) const;

    // Tags.
    Result<QList<Tag>> tags() const;
    Result<Tag> addTag(const Tag &tag);        // returns it with its id
    Result<void> restoreTag(const Tag &tag);   // re-inserts with its old id (undo of delete)
    Result<void> updateTag(const Tag &tag);
    Result<void> removeTag(qint64 id);         // annotations keep existing, untagged
    Result<std::optional<Tag>> tagByName(const QString &name) const;

    // Annotations, ordered by document then start.
    Result<QList<Annotation>> annotations(std::optional<qint64> documentId = std::nullopt) const;
    Result<Annotation> annotation(qint64 id) const;
    Result<Annotation> addAnnotation(const Annotation &annotation); // sets id; created/modified when empty
    Result<void> restoreAnnotation(const Annotation &annotation);  // re-inserts with its old id
    Result<void> updateAnnotation(const Annotation &annotation);   // sets modified
    Result<void> removeAnnotation(qint64 id);

    // Rejected suggestions.
    Result<void> addRejection(const Rejection &rejection);
    Result<void> removeRejection(const Rejection &rejection);
    Result<QList<Rejection>> rejections(qint64 documentId) const;

    // Per-project key/value settings (reading positions, memo, ...).
    Result<QString> setting(const QString &key) const;
    Result<void> setSetting(const QString &key, const QString &value);

    // Runs `work` inside one write transaction: all of it is committed, or none.
    Result<void> transaction(const std::function<Result<void>()> &work);

private:
    struct Private;
    explicit ProjectStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace marginalia
