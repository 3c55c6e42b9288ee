#include "core/store/ProjectStore.h"

#include "core/text/Search.h"
#include "core/text/Text.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <cmath>

namespace marginalia {

namespace {

// Cumulative migrations: entry i brings the schema from version i to i + 1. Never edit a released entry;
// append a new one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE documents ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " source_path TEXT NOT NULL,"
                           " format TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " content_hash TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL,"
                           " author TEXT NOT NULL DEFAULT '',"
                           " published TEXT NOT NULL DEFAULT '',"
                           " site TEXT NOT NULL DEFAULT '',"
                           " url TEXT NOT NULL DEFAULT '',"
                           " language TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX documents_hash ON documents(content_hash)"),
            QStringLiteral("CREATE TABLE blocks ("
                           " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                           " idx INTEGER NOT NULL,"
                           " start INTEGER NOT NULL,"
                           " end INTEGER NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " level INTEGER NOT NULL DEFAULT 0,"
                           " duplicate_of INTEGER NOT NULL DEFAULT -1,"
                           " page INTEGER NOT NULL DEFAULT -1,"
                           " language TEXT NOT NULL DEFAULT '',"
                           " user_kind INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (document_id, idx))"),
            QStringLiteral("CREATE TABLE tags ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (length(name) > 0),"
                           " color TEXT NOT NULL,"
                           " key INTEGER NOT NULL DEFAULT 0,"
                           " parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,"
                           " description TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE UNIQUE INDEX tags_unique_name ON tags(coalesce(parent_id, 0), name)"),
            QStringLiteral("CREATE TABLE annotations ("
                           " id INTEGER PRIMARY KEY,"
                           " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                           " start INTEGER NOT NULL,"
                           " end INTEGER NOT NULL CHECK (end >= start),"
                           " quote TEXT NOT NULL,"
                           " prefix TEXT NOT NULL,"
                           " suffix TEXT NOT NULL,"
                           " tag_id INTEGER REFERENCES tags(id) ON DELETE SET NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " author TEXT NOT NULL DEFAULT '',"
                           " created TEXT NOT NULL,"
                           " modified TEXT NOT NULL,"
                           " kind TEXT NOT NULL DEFAULT 'highlight',"
                           " label TEXT NOT NULL DEFAULT '',"
                           " confidence REAL,"
                           " source TEXT NOT NULL DEFAULT '',"
                           " rule TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX annotations_document ON annotations(document_id, start)"),
            QStringLiteral("CREATE INDEX annotations_tag ON annotations(tag_id)"),
            QStringLiteral("CREATE TABLE rejections ("
                           " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                           " start INTEGER NOT NULL,"
                           " end INTEGER NOT NULL,"
                           " label TEXT NOT NULL,"
                           " PRIMARY KEY (document_id, start, end, label))"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        },
        {
            // Research workflow: entity register, claim review, memos. (The full-text index is not
            // part of the schema version: it is derived data, built when SQLite has FTS5.)
            QStringLiteral("CREATE TABLE entities ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (length(name) > 0),"
                           " type TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE entity_aliases ("
                           " entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
                           " alias TEXT NOT NULL CHECK (length(alias) > 0),"
                           " PRIMARY KEY (entity_id, alias))"),
            QStringLiteral("CREATE TABLE mentions ("
                           " id INTEGER PRIMARY KEY,"
                           " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                           " start INTEGER NOT NULL,"
                           " end INTEGER NOT NULL CHECK (end > start),"
                           " entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
                           " origin TEXT NOT NULL DEFAULT 'user',"
                           " UNIQUE (document_id, start, end, entity_id))"),
            QStringLiteral("CREATE INDEX mentions_entity ON mentions(entity_id)"),
            QStringLiteral("ALTER TABLE annotations ADD COLUMN evidence TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE annotations ADD COLUMN evidence_url TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE annotations ADD COLUMN source_entity_id INTEGER"
                           " REFERENCES entities(id) ON DELETE SET NULL"),
            QStringLiteral("CREATE TABLE memos ("
                           " document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
                           " text TEXT NOT NULL,"
                           " modified TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX tags_parent ON tags(parent_id)"),
        },
    };
    return steps;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

struct ProjectStore::Private {
    QString path;
    QString connectionName;
    int transactionDepth = 0;
    // The text of the last document an annotation was checked against: tagging is usually many edits
    // on one document, so its text is not read again for each.
    qint64 cachedDocumentId = 0;
    QString cachedText;
    bool hasFts = false; // the full-text index exists and SQLite has FTS5

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    std::unexpected<Error> sqlFailure(const QSqlError &error, const QString &what) const
    {
        return failure(Error::Kind::Storage,
                       QStringLiteral("Could not %1 in the project %2: %3")
                           .arg(what, QDir::toNativeSeparators(path), error.text()));
    }

    // Prepares and runs one statement with bound values.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values, const QString &what) const
    {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return sqlFailure(query.lastError(), what);
        for (const QVariant &value : values) {
            // Qt binds a null QString as SQL NULL; text columns hold "" instead.
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                query.addBindValue(QStringLiteral(""));
            else
                query.addBindValue(value);
        }
        if (!query.exec())
            return sqlFailure(query.lastError(), what);
        return query;
    }

    // Runs a write that must touch a row; touching none means the thing is not (or no longer) there.
    Result<void> runExpectingRow(const QString &sql, const QVariantList &values, const QString &what,
                                 const QString &missing) const
    {
        auto query = run(sql, values, what);
        if (!query)
            return std::unexpected(query.error());
        if (query->numRowsAffected() == 0)
            return failure(Error::Kind::NotFound, missing);
        return {};
    }

    Result<void> exec(const QString &sql, const QString &what) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql))
            return sqlFailure(query.lastError(), what);
        return {};
    }

    Result<QString> documentText(qint64 documentId)
    {
        if (documentId == cachedDocumentId)
            return cachedText;
        auto query = run(QStringLiteral("SELECT text FROM documents WHERE id = ?"), {documentId},
                         QStringLiteral("read a document"));
        if (!query)
            return std::unexpected(query.error());
        if (!query->next())
            return failure(Error::Kind::NotFound, QStringLiteral("There is no document %1 in the project.").arg(documentId));
        cachedDocumentId = documentId;
        cachedText = query->value(0).toString();
        return cachedText;
    }

    Result<Annotation> checkedAnnotation(const Annotation &input)
    {
        auto text = documentText(input.documentId);
        if (!text)
            return std::unexpected(text.error());
        const int length = codePointLength(*text);
        if (input.start < 0 || input.end < input.start || input.end > length)
            return failure(Error::Kind::BadInput,
                           QStringLiteral("The range %1–%2 is outside document %3, which has %4 characters.")
                               .arg(input.start)
                               .arg(input.end)
                               .arg(input.documentId)
                               .arg(length));
        if (input.start == input.end)
            return failure(Error::Kind::BadInput, QStringLiteral("An annotation needs at least one character."));
        Annotation annotation = input;
        fillContext(annotation, *text);
        return annotation;
    }

    static Annotation annotationFrom(const QSqlQuery &q)
    {
        Annotation a;
        a.id = q.value(0).toLongLong();
        a.documentId = q.value(1).toLongLong();
        a.start = q.value(2).toInt();
        a.end = q.value(3).toInt();
        a.quote = q.value(4).toString();
        a.prefix = q.value(5).toString();
        a.suffix = q.value(6).toString();
        a.tagId = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
        a.note = q.value(8).toString();
        a.author = q.value(9).toString();
        a.created = fromIso(q.value(10).toString());
        a.modified = fromIso(q.value(11).toString());
        a.kind = q.value(12).toString();
        a.label = q.value(13).toString();
        a.confidence = q.value(14).isNull() ? std::nan("") : q.value(14).toDouble();
        a.source = q.value(15).toString();
        a.rule = q.value(16).toString();
        a.status = q.value(17).toString();
        a.evidence = q.value(18).toString();
        a.evidenceUrl = q.value(19).toString();
        a.sourceEntityId = q.value(20).isNull() ? 0 : q.value(20).toLongLong();
        return a;
    }

    static Tag tagFrom(const QSqlQuery &q)
    {
        Tag t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.color = QColor(q.value(2).toString());
        t.key = q.value(3).toInt();
        t.parentId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
        t.description = q.value(5).toString();
        return t;
    }

    Result<void> insertAnnotation(const Annotation &a, bool withId)
    {
        const QString columns = QStringLiteral(
            "document_id, start, end, quote, prefix, suffix, tag_id, note, author, created, modified, kind, label,"
            " confidence, source, rule, status, evidence, evidence_url, source_entity_id");
        QVariantList values = {a.documentId, a.start, a.end, a.quote, a.prefix, a.suffix, nullableId(a.tagId),
                               a.note, a.author, isoUtc(a.created), isoUtc(a.modified), a.kind, a.label,
                               std::isnan(a.confidence) ? QVariant(QMetaType(QMetaType::Double))
                                                        : QVariant(a.confidence),
                               a.source, a.rule, a.status, a.evidence, a.evidenceUrl, nullableId(a.sourceEntityId)};
        QString sql;
        if (withId) {
            values.prepend(a.id);
            sql = QStringLiteral("INSERT INTO annotations (id, %1) VALUES (?%2)").arg(columns, QStringLiteral(", ?").repeated(20));
        } else {
            sql = QStringLiteral("INSERT INTO annotations (%1) VALUES (?%2)").arg(columns, QStringLiteral(", ?").repeated(19));
        }
        auto query = run(sql, values, QStringLiteral("save an annotation"));
        if (!query)
            return std::unexpected(query.error());
        return {};
    }

    Result<bool> exists(const QString &sql, const QVariantList &values, const QString &what) const
    {
        auto q = run(sql, values, what);
        if (!q)
            return std::unexpected(q.error());
        return q->next() && q->value(0).toLongLong() > 0;
    }

    // The FTS5 index over document text and annotation quotes and notes: external-content tables (the
    // text is not stored twice) kept in sync by triggers. Built once, when missing and FTS5 is there.
    Result<void> ensureSearchIndex(ProjectStore &store)
    {
        {
            QSqlQuery probe(db());
            if (!probe.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")))
                return {}; // no FTS5: search scans the texts instead
            probe.exec(QStringLiteral("DROP TABLE temp.fts5_probe"));
        }
        auto present = exists(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'annotations_fts'"), {},
                              QStringLiteral("look for the search index"));
        if (!present)
            return std::unexpected(present.error());
        if (!*present) {
            static const char16_t *const statements[] = {
                // Triggers left from an index dropped by hand would refer to a missing table.
                u"DROP TRIGGER IF EXISTS documents_fts_insert", u"DROP TRIGGER IF EXISTS documents_fts_delete",
                u"DROP TRIGGER IF EXISTS documents_fts_update", u"DROP TRIGGER IF EXISTS annotations_fts_insert",
                u"DROP TRIGGER IF EXISTS annotations_fts_delete", u"DROP TRIGGER IF EXISTS annotations_fts_update",
                u"DROP TABLE IF EXISTS documents_fts",
                u"CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='id',"
                u" tokenize=\"unicode61 remove_diacritics 2\")",
                u"CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN"
                u" INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text); END",
                u"CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN"
                u" INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
                u"CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN"
                u" INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.id, old.text);"
                u" INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text); END",
                u"CREATE VIRTUAL TABLE annotations_fts USING fts5(quote, note, content='annotations',"
                u" content_rowid='id', tokenize=\"unicode61 remove_diacritics 2\")",
                u"CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN"
                u" INSERT INTO annotations_fts (rowid, quote, note) VALUES (new.id, new.quote, new.note); END",
                u"CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN"
                u" INSERT INTO annotations_fts (annotations_fts, rowid, quote, note)"
                u" VALUES ('delete', old.id, old.quote, old.note); END",
                u"CREATE TRIGGER annotations_fts_update AFTER UPDATE OF quote, note ON annotations BEGIN"
                u" INSERT INTO annotations_fts (annotations_fts, rowid, quote, note)"
                u" VALUES ('delete', old.id, old.quote, old.note);"
                u" INSERT INTO annotations_fts (rowid, quote, note) VALUES (new.id, new.quote, new.note); END",
                u"INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')",
                u"INSERT INTO annotations_fts (annotations_fts) VALUES ('rebuild')",
            };
            auto built = store.transaction([&]() -> Result<void> {
                for (const char16_t *sql : statements)
                    if (auto ok = exec(QString::fromUtf16(sql), QStringLiteral("build the search index")); !ok)
                        return ok;
                return {};
            });
            if (!built)
                return built;
        }
        hasFts = true;
        return {};
    }

    Result<Tag> tagById(qint64 id) const
    {
        auto q = run(QStringLiteral("SELECT id, name, color, key, parent_id, description FROM tags WHERE id = ?"), {id},
                     QStringLiteral("read a tag"));
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return failure(Error::Kind::NotFound, QStringLiteral("There is no tag %1 in the project.").arg(id));
        return tagFrom(*q);
    }

    // Whether `ancestor` is `id` or one of its ancestors. UNION (not UNION ALL) ends on cyclic data.
    Result<bool> isSelfOrAncestor(qint64 ancestor, qint64 id) const
    {
        return exists(QStringLiteral("WITH RECURSIVE up(id) AS (SELECT ? UNION"
                                     " SELECT t.parent_id FROM tags t JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL)"
                                     " SELECT count(*) FROM up WHERE id = ?"),
                      {id, ancestor}, QStringLiteral("read the tag tree"));
    }

    Result<void> mergeTagInto(qint64 source, qint64 target)
    {
        auto moved = run(QStringLiteral("UPDATE annotations SET tag_id = ?, modified = ? WHERE tag_id = ?"),
                         {target, isoUtc(QDateTime::currentDateTimeUtc()), source}, QStringLiteral("move annotations to a tag"));
        if (!moved)
            return std::unexpected(moved.error());
        auto children = run(QStringLiteral("SELECT c.id, (SELECT t.id FROM tags t WHERE t.parent_id = ? AND t.name = c.name)"
                                           " FROM tags c WHERE c.parent_id = ? ORDER BY c.id"),
                            {target, source}, QStringLiteral("read the tag tree"));
        if (!children)
            return std::unexpected(children.error());
        QList<std::pair<qint64, qint64>> pairs;
        while (children->next())
            pairs.append({children->value(0).toLongLong(), children->value(1).isNull() ? 0 : children->value(1).toLongLong()});
        for (const auto &[child, namesake] : std::as_const(pairs)) {
            if (namesake > 0) {
                // Both tags have a child of this name: they become one.
                if (auto ok = mergeTagInto(child, namesake); !ok)
                    return ok;
            } else {
                auto reparented = run(QStringLiteral("UPDATE tags SET parent_id = ? WHERE id = ?"), {target, child},
                                      QStringLiteral("move a tag"));
                if (!reparented)
                    return std::unexpected(reparented.error());
            }
        }
        auto removed = run(QStringLiteral("DELETE FROM tags WHERE id = ?"), {source}, QStringLiteral("remove a tag"));
        if (!removed)
            return std::unexpected(removed.error());
        return {};
    }

    Result<Entity> entityById(qint64 id) const
    {
        auto q = run(QStringLiteral("SELECT id, name, type FROM entities WHERE id = ?"), {id}, QStringLiteral("read an entity"));
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return failure(Error::Kind::NotFound, QStringLiteral("There is no entity %1 in the project.").arg(id));
        Entity e{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), {}};
        auto a = run(QStringLiteral("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY rowid"), {id},
                     QStringLiteral("read an entity's aliases"));
        if (!a)
            return std::unexpected(a.error());
        while (a->next())
            e.aliases.append(a->value(0).toString());
        return e;
    }

    Result<void> writeAliases(qint64 entityId, const QString &name, const QStringList &aliases)
    {
        auto cleared = run(QStringLiteral("DELETE FROM entity_aliases WHERE entity_id = ?"), {entityId},
                           QStringLiteral("change an entity's aliases"));
        if (!cleared)
            return std::unexpected(cleared.error());
        QStringList seen{name};
        for (const QString &raw : aliases) {
            const QString alias = raw.trimmed();
            if (alias.isEmpty() || seen.contains(alias))
                continue;
            seen.append(alias);
            auto q = run(QStringLiteral("INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?)"), {entityId, alias},
                         QStringLiteral("save an entity's aliases"));
            if (!q)
                return std::unexpected(q.error());
        }
        return {};
    }

    static Mention mentionFrom(const QSqlQuery &q)
    {
        return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt(),
                q.value(4).toLongLong(), q.value(5).toString()};
    }
};

ProjectStore::ProjectStore(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

ProjectStore::~ProjectStore()
{
    if (!d)
        return;
    {
        QSqlDatabase db = d->db();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
}

int ProjectStore::schemaVersion()
{
    return int(migrations().size());
}

QString ProjectStore::path() const
{
    return d->path;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return failure(Error::Kind::BadInput,
                       QStringLiteral("%1 is a folder; a project is a single .marginalia file.").arg(QDir::toNativeSeparators(path)));
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return failure(Error::Kind::Io, QStringLiteral("Could not create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return failure(Error::Kind::Storage, QStringLiteral("Qt's SQLite driver is not installed (package libqt6sql6-sqlite)."));

    auto p = std::make_unique<Private>();
    p->path = info.absoluteFilePath();
    p->connectionName = QStringLiteral("marginalia-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(p)));
    Private &s = *store->d;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s.connectionName);
        db.setDatabaseName(s.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return s.sqlFailure(db.lastError(), QStringLiteral("open the file"));
    }
    const bool existed = info.exists() && info.size() > 0;
    for (const char16_t *pragma : {u"PRAGMA foreign_keys = ON", u"PRAGMA journal_mode = WAL", u"PRAGMA synchronous = FULL"}) {
        if (auto ok = s.exec(QString::fromUtf16(pragma), QStringLiteral("configure SQLite")); !ok)
            return std::unexpected(ok.error());
    }
    auto versionQuery = s.run(QStringLiteral("PRAGMA user_version"), {}, QStringLiteral("read the schema version"));
    if (!versionQuery)
        return std::unexpected(versionQuery.error());
    if (existed) {
        // A file that is not SQLite fails here rather than being overwritten.
        auto check = s.run(QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, QStringLiteral("read the file"));
        if (!check)
            return failure(Error::Kind::BadInput,
                           QStringLiteral("%1 is not a Marginalia project.").arg(QDir::toNativeSeparators(s.path)));
    }
    const int version = versionQuery->next() ? versionQuery->value(0).toInt() : 0;
    if (version > schemaVersion())
        return failure(Error::Kind::Storage,
                       QStringLiteral("%1 was written by a newer Marginalia (schema %2; this one knows %3). Update Marginalia to open it.")
                           .arg(QDir::toNativeSeparators(s.path))
                           .arg(version)
                           .arg(schemaVersion()));
    if (version < schemaVersion()) {
        auto migrated = store->transaction([&]() -> Result<void> {
            for (int step = version; step < schemaVersion(); ++step) {
                for (const QString &sql : migrations().at(step))
                    if (auto ok = s.exec(sql, QStringLiteral("upgrade the project")); !ok)
                        return ok;
            }
            if (version == 0) {
                for (const Tag &tag : defaultTags())
                    if (auto added = store->addTag(tag); !added)
                        return std::unexpected(added.error());
            }
            // PRAGMA takes no bound values; the version is our own integer.
            return s.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion()),
                          QStringLiteral("record the schema version"));
        });
        if (!migrated)
            return std::unexpected(migrated.error());
    }
    if (auto indexed = s.ensureSearchIndex(*store); !indexed)
        return std::unexpected(indexed.error());
    return store;
}

Result<void> ProjectStore::transaction(const std::function<Result<void>()> &work)
{
    if (d->transactionDepth > 0) {
        // Nested: the outermost transaction commits or rolls back the whole.
        return work();
    }
    if (auto begun = d->exec(QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("start a write")); !begun)
        return begun;
    ++d->transactionDepth;
    Result<void> result = work();
    --d->transactionDepth;
    if (!result) {
        d->exec(QStringLiteral("ROLLBACK"), QStringLiteral("roll back"));
        d->cachedDocumentId = 0;
        return result;
    }
    if (auto committed = d->exec(QStringLiteral("COMMIT"), QStringLiteral("save")); !committed) {
        d->exec(QStringLiteral("ROLLBACK"), QStringLiteral("roll back"));
        d->cachedDocumentId = 0;
        return committed;
    }
    return {};
}

// ---- documents -------------------------------------------------------------------------------------------

Result<qint64> ProjectStore::addDocument(const ImportedDocument &document)
{
    if (document.text.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("The document has no text."));
    qint64 id = 0;
    auto done = transaction([&]() -> Result<void> {
        const QString title = document.meta.title.isEmpty() ? QFileInfo(document.sourcePath).completeBaseName()
                                                            : document.meta.title;
        auto inserted = d->run(QStringLiteral("INSERT INTO documents (title, source_path, format, text, content_hash,"
                                              " imported_at, author, published, site, url, language)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {title, document.sourcePath, document.format, document.text, document.contentHash,
                                isoUtc(QDateTime::currentDateTimeUtc()), document.meta.author,
                                document.meta.published, document.meta.site, document.meta.url,
                                document.meta.language},
                               QStringLiteral("save the document"));
        if (!inserted)
            return std::unexpected(inserted.error());
        id = inserted->lastInsertId().toLongLong();
        for (int i = 0; i < document.blocks.size(); ++i) {
            const Block &b = document.blocks.at(i);
            auto block = d->run(QStringLiteral("INSERT INTO blocks (document_id, idx, start, end, kind, level,"
                                               " duplicate_of, page, language, user_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {id, i, b.start, b.end, blockKindName(b.kind), b.level, b.duplicateOf, b.page,
                                 b.language, b.userKind ? 1 : 0},
                                QStringLiteral("save the document's blocks"));
            if (!block)
                return std::unexpected(block.error());
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<QList<DocumentRecord>> ProjectStore::documents() const
{
    auto q = d->run(QStringLiteral("SELECT d.id, d.title, d.source_path, d.format, d.content_hash, d.imported_at,"
                                   " d.author, d.published, d.site, d.url, d.language,"
                                   " (SELECT count(*) FROM annotations a WHERE a.document_id = d.id)"
                                   " FROM documents d ORDER BY d.id"),
                    {}, QStringLiteral("list the documents"));
    if (!q)
        return std::unexpected(q.error());
    QList<DocumentRecord> list;
    while (q->next()) {
        DocumentRecord r;
        r.id = q->value(0).toLongLong();
        r.title = q->value(1).toString();
        r.sourcePath = q->value(2).toString();
        r.format = q->value(3).toString();
        r.contentHash = q->value(4).toString();
        r.importedAt = fromIso(q->value(5).toString());
        r.meta = {r.title, q->value(6).toString(), q->value(7).toString(), q->value(8).toString(),
                  q->value(9).toString(), q->value(10).toString()};
        r.annotationCount = q->value(11).toInt();
        list.append(r);
    }
    return list;
}

Result<DocumentRecord> ProjectStore::document(qint64 id) const
{
    auto q = d->run(QStringLiteral("SELECT id, title, source_path, format, content_hash, imported_at, author,"
                                   " published, site, url, language, text,"
                                   " (SELECT count(*) FROM annotations a WHERE a.document_id = documents.id)"
                                   " FROM documents WHERE id = ?"),
                    {id}, QStringLiteral("read a document"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(Error::Kind::NotFound, QStringLiteral("There is no document %1 in the project.").arg(id));
    DocumentRecord r;
    r.id = q->value(0).toLongLong();
    r.title = q->value(1).toString();
    r.sourcePath = q->value(2).toString();
    r.format = q->value(3).toString();
    r.contentHash = q->value(4).toString();
    r.importedAt = fromIso(q->value(5).toString());
    r.meta = {r.title, q->value(6).toString(), q->value(7).toString(), q->value(8).toString(),
              q->value(9).toString(), q->value(10).toString()};
    r.text = q->value(11).toString();
    r.annotationCount = q->value(12).toInt();
    auto b = d->run(QStringLiteral("SELECT start, end, kind, level, duplicate_of, page, language, user_kind"
                                   " FROM blocks WHERE document_id = ? ORDER BY idx"),
                    {id}, QStringLiteral("read a document's blocks"));
    if (!b)
        return std::unexpected(b.error());
    while (b->next()) {
        Block block;
        block.start = b->value(0).toInt();
        block.end = b->value(1).toInt();
        block.kind = blockKindFromName(b->value(2).toString());
        block.level = b->value(3).toInt();
        block.duplicateOf = b->value(4).toInt();
        block.page = b->value(5).toInt();
        block.language = b->value(6).toString();
        block.userKind = b->value(7).toInt() != 0;
        r.blocks.append(block);
    }
    return r;
}

Result<void> ProjectStore::removeDocument(qint64 id)
{
    return transaction([&]() -> Result<void> {
        if (auto changed = d->runExpectingRow(QStringLiteral("DELETE FROM documents WHERE id = ?"), {id}, QStringLiteral("remove a document"),
                                              QStringLiteral("There is no document %1 in the project.").arg(id));
            !changed)
            return changed;
        if (d->cachedDocumentId == id)
            d->cachedDocumentId = 0;
        return {};
    });
}

Result<void> ProjectStore::setBlockKind(qint64 documentId, int blockIndex, BlockKind kind)
{
    return transaction([&]() -> Result<void> {
        if (auto changed = d->runExpectingRow(QStringLiteral("UPDATE blocks SET kind = ?, user_kind = 1 WHERE document_id = ? AND idx = ?"),
                        {blockKindName(kind), documentId, blockIndex}, QStringLiteral("change a block"),
                                              QStringLiteral("Document %1 has no block %2.").arg(documentId).arg(blockIndex));
            !changed)
            return changed;
        return {};
    });
}

Result<std::optional<qint64>> ProjectStore::findDocumentByHash(const QString &contentHash) const
{
    auto q = d->run(QStringLiteral("SELECT id FROM documents WHERE content_hash = ? ORDER BY id LIMIT 1"),
                    {contentHash}, QStringLiteral("look up a document"));
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return std::optional<qint64>(q->value(0).toLongLong());
    return std::optional<qint64>();
}

// ---- tags ------------------------------------------------------------------------------------------------

Result<QList<Tag>> ProjectStore::tags() const
{
    auto q = d->run(QStringLiteral("SELECT id, name, color, key, parent_id, description FROM tags ORDER BY id"), {},
                    QStringLiteral("list the tags"));
    if (!q)
        return std::unexpected(q.error());
    QList<Tag> list;
    while (q->next())
        list.append(Private::tagFrom(*q));
    return list;
}

Result<std::optional<Tag>> ProjectStore::tagByName(const QString &name) const
{
    auto q = d->run(QStringLiteral("SELECT id, name, color, key, parent_id, description FROM tags"
                                   " WHERE name = ? COLLATE NOCASE ORDER BY parent_id IS NOT NULL, id LIMIT 1"),
                    {name}, QStringLiteral("look up a tag"));
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return std::optional<Tag>(Private::tagFrom(*q));
    return std::optional<Tag>();
}

static std::optional<Error> invalidTag(const Tag &tag)
{
    if (tag.name.trimmed().isEmpty())
        return Error{Error::Kind::BadInput, QStringLiteral("A tag needs a name.")};
    if (tag.key < 0 || tag.key > 9)
        return Error{Error::Kind::BadInput, QStringLiteral("A tag's key must be 1 to 9, or none.")};
    return std::nullopt;
}

Result<Tag> ProjectStore::addTag(const Tag &input)
{
    if (auto bad = invalidTag(input))
        return std::unexpected(*bad);
    Tag tag = input;
    tag.name = tag.name.trimmed();
    if (!tag.color.isValid())
        tag.color = QColor::fromHsv(int((tag.name.size() * 47) % 360), 90, 250);
    auto done = transaction([&]() -> Result<void> {
        auto q = d->run(QStringLiteral("INSERT INTO tags (name, color, key, parent_id, description) VALUES (?, ?, ?, ?, ?)"),
                        {tag.name, tag.color.name(), tag.key, nullableId(tag.parentId), tag.description},
                        QStringLiteral("add the tag “%1”").arg(tag.name));
        if (!q)
            return std::unexpected(q.error());
        tag.id = q->lastInsertId().toLongLong();
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return tag;
}

Result<void> ProjectStore::restoreTag(const Tag &tag)
{
    if (auto bad = invalidTag(tag))
        return std::unexpected(*bad);
    return transaction([&]() -> Result<void> {
        auto q = d->run(QStringLiteral("INSERT INTO tags (id, name, color, key, parent_id, description) VALUES (?, ?, ?, ?, ?, ?)"),
                        {tag.id, tag.name, tag.color.name(), tag.key, nullableId(tag.parentId), tag.description},
                        QStringLiteral("restore the tag “%1”").arg(tag.name));
        if (!q)
            return std::unexpected(q.error());
        return {};
    });
}

Result<void> ProjectStore::updateTag(const Tag &tag)
{
    if (auto bad = invalidTag(tag))
        return std::unexpected(*bad);
    return transaction([&]() -> Result<void> {
        if (tag.parentId > 0) {
            auto cycle = d->isSelfOrAncestor(tag.id, tag.parentId);
            if (!cycle)
                return std::unexpected(cycle.error());
            if (*cycle)
                return failure(Error::Kind::BadInput, QStringLiteral("A tag cannot be inside itself."));
        }
        if (auto changed = d->runExpectingRow(QStringLiteral("UPDATE tags SET name = ?, color = ?, key = ?, parent_id = ?, description = ? WHERE id = ?"),
                        {tag.name.trimmed(), tag.color.name(), tag.key, nullableId(tag.parentId), tag.description, tag.id},
                        QStringLiteral("change the tag “%1”").arg(tag.name),
                                              QStringLiteral("There is no tag %1 in the project.").arg(tag.id));
            !changed)
            return changed;
        return {};
    });
}

Result<void> ProjectStore::removeTag(qint64 id)
{
    return transaction([&]() -> Result<void> {
        if (auto changed = d->runExpectingRow(QStringLiteral("DELETE FROM tags WHERE id = ?"), {id}, QStringLiteral("remove a tag"),
                                              QStringLiteral("There is no tag %1 in the project.").arg(id));
            !changed)
            return changed;
        return {};
    });
}

// ---- annotations -----------------------------------------------------------------------------------------

namespace {
const QString kAnnotationColumns = QStringLiteral(
    "id, document_id, start, end, quote, prefix, suffix, tag_id, note, author, created, modified, kind, label,"
    " confidence, source, rule, status, evidence, evidence_url, source_entity_id");
}

Result<QList<Annotation>> ProjectStore::annotations(std::optional<qint64> documentId) const
{
    auto q = documentId
                 ? d->run(QStringLiteral("SELECT %1 FROM annotations WHERE document_id = ? ORDER BY start, end, id").arg(kAnnotationColumns),
                          {*documentId}, QStringLiteral("list annotations"))
                 : d->run(QStringLiteral("SELECT %1 FROM annotations ORDER BY document_id, start, end, id").arg(kAnnotationColumns),
                          {}, QStringLiteral("list annotations"));
    if (!q)
        return std::unexpected(q.error());
    QList<Annotation> list;
    while (q->next())
        list.append(Private::annotationFrom(*q));
    return list;
}

Result<Annotation> ProjectStore::annotation(qint64 id) const
{
    auto q = d->run(QStringLiteral("SELECT %1 FROM annotations WHERE id = ?").arg(kAnnotationColumns), {id},
                    QStringLiteral("read an annotation"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(Error::Kind::NotFound, QStringLiteral("There is no annotation %1 in the project.").arg(id));
    return Private::annotationFrom(*q);
}

Result<Annotation> ProjectStore::addAnnotation(const Annotation &input)
{
    auto checked = d->checkedAnnotation(input);
    if (!checked)
        return checked;
    Annotation a = *checked;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!a.created.isValid())
        a.created = now;
    if (!a.modified.isValid())
        a.modified = a.created;
    if (a.kind.isEmpty())
        a.kind = QStringLiteral("highlight");
    auto done = transaction([&]() -> Result<void> {
        if (auto ok = d->insertAnnotation(a, false); !ok)
            return ok;
        auto id = d->run(QStringLiteral("SELECT last_insert_rowid()"), {}, QStringLiteral("save an annotation"));
        if (!id)
            return std::unexpected(id.error());
        id->next();
        a.id = id->value(0).toLongLong();
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return a;
}

Result<void> ProjectStore::restoreAnnotation(const Annotation &annotation)
{
    auto checked = d->checkedAnnotation(annotation);
    if (!checked)
        return std::unexpected(checked.error());
    return transaction([&]() { return d->insertAnnotation(*checked, true); });
}

Result<void> ProjectStore::updateAnnotation(const Annotation &input)
{
    auto checked = d->checkedAnnotation(input);
    if (!checked)
        return std::unexpected(checked.error());
    const Annotation &a = *checked;
    return transaction([&]() -> Result<void> {
        if (auto changed = d->runExpectingRow(QStringLiteral("UPDATE annotations SET start = ?, end = ?, quote = ?, prefix = ?, suffix = ?,"
                                       " tag_id = ?, note = ?, author = ?, modified = ?, kind = ?, label = ?,"
                                       " confidence = ?, source = ?, rule = ?, status = ?, evidence = ?,"
                                       " evidence_url = ?, source_entity_id = ? WHERE id = ?"),
                        {a.start, a.end, a.quote, a.prefix, a.suffix, nullableId(a.tagId), a.note, a.author,
                         isoUtc(QDateTime::currentDateTimeUtc()), a.kind, a.label,
                         std::isnan(a.confidence) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(a.confidence),
                         a.source, a.rule, a.status, a.evidence, a.evidenceUrl, nullableId(a.sourceEntityId), a.id},
                        QStringLiteral("change an annotation"),
                                              QStringLiteral("There is no annotation %1 in the project.").arg(a.id));
            !changed)
            return changed;
        return {};
    });
}

Result<void> ProjectStore::removeAnnotation(qint64 id)
{
    return transaction([&]() -> Result<void> {
        if (auto changed = d->runExpectingRow(QStringLiteral("DELETE FROM annotations WHERE id = ?"), {id}, QStringLiteral("remove an annotation"),
                                              QStringLiteral("There is no annotation %1 in the project.").arg(id));
            !changed)
            return changed;
        return {};
    });
}

// ---- rejections and settings ------------------------------------------------------------------------------

Result<void> ProjectStore::addRejection(const Rejection &r)
{
    return transaction([&]() -> Result<void> {
        auto q = d->run(QStringLiteral("INSERT OR IGNORE INTO rejections (document_id, start, end, label) VALUES (?, ?, ?, ?)"),
                        {r.documentId, r.start, r.end, r.label}, QStringLiteral("remember a rejected suggestion"));
        if (!q)
            return std::unexpected(q.error());
        return {};
    });
}

Result<void> ProjectStore::removeRejection(const Rejection &r)
{
    return transaction([&]() -> Result<void> {
        auto q = d->run(QStringLiteral("DELETE FROM rejections WHERE document_id = ? AND start = ? AND end = ? AND label = ?"),
                        {r.documentId, r.start, r.end, r.label}, QStringLiteral("forget a rejected suggestion"));
        if (!q)
            return std::unexpected(q.error());
        return {};
    });
}

Result<QList<Rejection>> ProjectStore::rejections(qint64 documentId) const
{
    auto q = d->run(QStringLiteral("SELECT document_id, start, end, label FROM rejections WHERE document_id = ? ORDER BY start"),
                    {documentId}, QStringLiteral("list rejected suggestions"));
    if (!q)
        return std::unexpected(q.error());
    QList<Rejection> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toString()});
    return list;
}

Result<QString> ProjectStore::setting(const QString &key) const
{
    auto q = d->run(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}, QStringLiteral("read a setting"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Result<void> ProjectStore::setSetting(const QString &key, const QString &value)
{
    return transaction([&]() -> Result<void> {
        auto q = d->run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                       " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                        {key, value}, QStringLiteral("save a setting"));
        if (!q)
            return std::unexpected(q.error());
        return {};
    });
}

// ---- codebook ----------------------------------------------------------------------------------------------

Result<void> ProjectStore::moveTag(qint64 id, qint64 newParentId)
{
    return transaction([&]() -> Result<void> {
        auto tag = d->tagById(id);
        if (!tag)
            return std::unexpected(tag.error());
        if (newParentId > 0) {
            auto parent = d->tagById(newParentId);
            if (!parent)
                return std::unexpected(parent.error());
            auto cycle = d->isSelfOrAncestor(id, newParentId);
            if (!cycle)
                return std::unexpected(cycle.error());
            if (*cycle)
                return failure(Error::Kind::BadInput,
                               QStringLiteral("“%1” cannot go under “%2”: a tag cannot be inside itself.").arg(tag->name, parent->name));
        }
        auto clash = d->exists(QStringLiteral("SELECT count(*) FROM tags WHERE coalesce(parent_id, 0) = ? AND name = ? AND id <> ?"),
                               {newParentId, tag->name, id}, QStringLiteral("read the tag tree"));
        if (!clash)
            return std::unexpected(clash.error());
        if (*clash)
            return failure(Error::Kind::BadInput,
                           QStringLiteral("There is a tag “%1” there already; merge the two instead.").arg(tag->name));
        auto q = d->run(QStringLiteral("UPDATE tags SET parent_id = ? WHERE id = ?"), {nullableId(newParentId), id},
                        QStringLiteral("move the tag “%1”").arg(tag->name));
        if (!q)
            return std::unexpected(q.error());
        return {};
    });
}

Result<void> ProjectStore::mergeTags(qint64 sourceId, qint64 targetId)
{
    return transaction([&]() -> Result<void> {
        auto source = d->tagById(sourceId);
        if (!source)
            return std::unexpected(source.error());
        auto target = d->tagById(targetId);
        if (!target)
            return std::unexpected(target.error());
        auto inside = d->isSelfOrAncestor(sourceId, targetId);
        if (!inside)
            return std::unexpected(inside.error());
        if (*inside)
            return failure(Error::Kind::BadInput,
                           QStringLiteral("“%1” cannot be merged into itself or into a tag inside it.").arg(source->name));
        return d->mergeTagInto(sourceId, targetId);
    });
}

Result<QList<TagCount>> ProjectStore::tagCounts() const
{
    auto q = d->run(QStringLiteral(
                        "WITH RECURSIVE tree(ancestor, id) AS (SELECT id, id FROM tags"
                        " UNION SELECT tree.ancestor, t.id FROM tags t JOIN tree ON t.parent_id = tree.id),"
                        " direct AS (SELECT tag_id, count(*) AS n, count(DISTINCT document_id) AS docs"
                        "  FROM annotations WHERE tag_id IS NOT NULL GROUP BY tag_id),"
                        " inclusive AS (SELECT tree.ancestor AS tag_id, count(a.id) AS n, count(DISTINCT a.document_id) AS docs"
                        "  FROM tree JOIN annotations a ON a.tag_id = tree.id GROUP BY tree.ancestor)"
                        " SELECT t.id, coalesce(direct.n, 0), coalesce(direct.docs, 0), coalesce(inclusive.n, 0),"
                        " coalesce(inclusive.docs, 0) FROM tags t LEFT JOIN direct ON direct.tag_id = t.id"
                        " LEFT JOIN inclusive ON inclusive.tag_id = t.id ORDER BY t.id"),
                    {}, QStringLiteral("count the tags' uses"));
    if (!q)
        return std::unexpected(q.error());
    QList<TagCount> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt(), q->value(4).toInt()});
    return list;
}

// ---- claim review -------------------------------------------------------------------------------------------

Result<void> ProjectStore::setClaimReview(qint64 annotationId, const QString &status, const QString &evidence,
                                          const QString &evidenceUrl, qint64 sourceEntityId)
{
    if (!isClaimStatus(status))
        return failure(Error::Kind::BadInput, QStringLiteral("“%1” is not a review status; use one of: %2.")
                                                  .arg(status, claimStatuses().join(QStringLiteral(", "))));
    if (!evidenceUrl.isEmpty()) {
        const QUrl url(evidenceUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return failure(Error::Kind::BadInput, QStringLiteral("“%1” is not a full URL (like https://example.org/page).").arg(evidenceUrl));
    }
    return transaction([&]() -> Result<void> {
        if (sourceEntityId > 0) {
            if (auto e = d->entityById(sourceEntityId); !e)
                return std::unexpected(e.error());
        }
        if (auto changed = d->runExpectingRow(QStringLiteral("UPDATE annotations SET status = ?, evidence = ?, evidence_url = ?, source_entity_id = ?,"
                                       " modified = ? WHERE id = ?"),
                        {status, evidence, evidenceUrl, nullableId(sourceEntityId), isoUtc(QDateTime::currentDateTimeUtc()), annotationId},
                        QStringLiteral("save a claim review"),
                                              QStringLiteral("There is no annotation %1 in the project.").arg(annotationId));
            !changed)
            return changed;
        return {};
    });
}

// ---- entity register ----------------------------------------------------------------------------------------

Result<QList<Entity>> ProjectStore::entities() const
{
    auto q = d->run(QStringLiteral("SELECT id, name, type FROM entities ORDER BY name COLLATE NOCASE, id"), {},
                    QStringLiteral("list the entities"));
    if (!q)
        return std::unexpected(q.error());
    QList<Entity> list;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), list.size());
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), {}});
    }
    auto a = d->run(QStringLiteral("SELECT entity_id, alias FROM entity_aliases ORDER BY rowid"), {},
                    QStringLiteral("list the entities' aliases"));
    if (!a)
        return std::unexpected(a.error());
    while (a->next()) {
        const auto it = index.constFind(a->value(0).toLongLong());
        if (it != index.constEnd())
            list[*it].aliases.append(a->value(1).toString());
    }
    return list;
}

Result<Entity> ProjectStore::entity(qint64 id) const
{
    return d->entityById(id);
}

Result<Entity> ProjectStore::addEntity(const Entity &input)
{
    Entity e = input;
    e.name = e.name.trimmed();
    if (e.name.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("An entity needs a name."));
    auto done = transaction([&]() -> Result<void> {
        auto q = d->run(QStringLiteral("INSERT INTO entities (name, type) VALUES (?, ?)"), {e.name, e.type},
                        QStringLiteral("add the entity “%1”").arg(e.name));
        if (!q)
            return std::unexpected(q.error());
        e.id = q->lastInsertId().toLongLong();
        return d->writeAliases(e.id, e.name, e.aliases);
    });
    if (!done)
        return std::unexpected(done.error());
    return d->entityById(e.id);
}

Result<void> ProjectStore::restoreEntity(const Entity &input)
{
    const QString name = input.name.trimmed();
    if (input.id <= 0)
        return failure(Error::Kind::BadInput, QStringLiteral("An entity to restore needs its id."));
    if (name.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("An entity needs a name."));
    return transaction([&]() -> Result<void> {
        auto q = d->run(QStringLiteral("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)"), {input.id, name, input.type},
                        QStringLiteral("restore the entity “%1”").arg(name));
        if (!q)
            return std::unexpected(q.error());
        return d->writeAliases(input.id, name, input.aliases);
    });
}

Result<void> ProjectStore::updateEntity(const Entity &e)
{
    const QString name = e.name.trimmed();
    if (name.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("An entity needs a name."));
    return transaction([&]() -> Result<void> {
        if (auto changed = d->runExpectingRow(QStringLiteral("UPDATE entities SET name = ?, type = ? WHERE id = ?"), {name, e.type, e.id},
                        QStringLiteral("change the entity “%1”").arg(name),
                                              QStringLiteral("There is no entity %1 in the project.").arg(e.id));
            !changed)
            return changed;
        return d->writeAliases(e.id, name, e.aliases);
    });
}

Result<void> ProjectStore::renameEntity(qint64 id, const QString &name, bool keepOldNameAsAlias)
{
    return transaction([&]() -> Result<void> {
        auto e = d->entityById(id);
        if (!e)
            return std::unexpected(e.error());
        Entity renamed = *e;
        renamed.name = name.trimmed();
        if (keepOldNameAsAlias)
            renamed.aliases.prepend(e->name);
        return updateEntity(renamed);
    });
}

Result<void> ProjectStore::removeEntity(qint64 id)
{
    return transaction([&]() -> Result<void> {
        if (auto changed = d->runExpectingRow(QStringLiteral("DELETE FROM entities WHERE id = ?"), {id}, QStringLiteral("remove an entity"),
                                              QStringLiteral("There is no entity %1 in the project.").arg(id));
            !changed)
            return changed;
        return {};
    });
}

Result<void> ProjectStore::mergeEntities(qint64 sourceId, qint64 targetId)
{
    if (sourceId == targetId)
        return failure(Error::Kind::BadInput, QStringLiteral("An entity cannot be merged into itself."));
    return transaction([&]() -> Result<void> {
        auto source = d->entityById(sourceId);
        if (!source)
            return std::unexpected(source.error());
        auto target = d->entityById(targetId);
        if (!target)
            return std::unexpected(target.error());
        // Mentions both entities have are kept once (the source's copy goes with the source).
        const QList<std::pair<QString, QVariantList>> statements = {
            {QStringLiteral("UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND NOT EXISTS (SELECT 1 FROM mentions m"
                            " WHERE m.entity_id = ? AND m.document_id = mentions.document_id AND m.start = mentions.start"
                            " AND m.end = mentions.end)"),
             {targetId, sourceId, targetId}},
            {QStringLiteral("UPDATE annotations SET source_entity_id = ? WHERE source_entity_id = ?"), {targetId, sourceId}},
            {QStringLiteral("DELETE FROM entities WHERE id = ?"), {sourceId}},
        };
        for (const auto &[sql, values] : statements)
            if (auto q = d->run(sql, values, QStringLiteral("merge two entities")); !q)
                return std::unexpected(q.error());
        return d->writeAliases(targetId, target->name, target->aliases + QStringList{source->name} + source->aliases);
    });
}

Result<Mention> ProjectStore::addMention(const Mention &input)
{
    Mention m = input;
    if (m.origin.isEmpty())
        m.origin = QStringLiteral("user");
    if (m.origin != u"user" && m.origin != u"analysis")
        return failure(Error::Kind::BadInput, QStringLiteral("A mention comes from “user” or “analysis”, not “%1”.").arg(m.origin));
    auto done = transaction([&]() -> Result<void> {
        auto text = d->documentText(m.documentId);
        if (!text)
            return std::unexpected(text.error());
        if (m.start < 0 || m.end <= m.start || m.end > codePointLength(*text))
            return failure(Error::Kind::BadInput, QStringLiteral("The range %1–%2 is not a passage of document %3.")
                                                      .arg(m.start).arg(m.end).arg(m.documentId));
        if (auto e = d->entityById(m.entityId); !e)
            return std::unexpected(e.error());
        auto existing = d->run(QStringLiteral("SELECT id FROM mentions WHERE document_id = ? AND start = ? AND end = ? AND entity_id = ?"),
                               {m.documentId, m.start, m.end, m.entityId}, QStringLiteral("look up a mention"));
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->next()) {
            m.id = existing->value(0).toLongLong(); // already there: adding twice is harmless
            return {};
        }
        auto q = d->run(QStringLiteral("INSERT INTO mentions (document_id, start, end, entity_id, origin) VALUES (?, ?, ?, ?, ?)"),
                        {m.documentId, m.start, m.end, m.entityId, m.origin}, QStringLiteral("save a mention"));
        if (!q)
            return std::unexpected(q.error());
        m.id = q->lastInsertId().toLongLong();
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return m;
}

Result<void> ProjectStore::restoreMention(const Mention &m)
{
    if (m.id <= 0)
        return failure(Error::Kind::BadInput, QStringLiteral("A mention to restore needs its id."));
    if (m.origin != u"user" && m.origin != u"analysis")
        return failure(Error::Kind::BadInput, QStringLiteral("A mention comes from “user” or “analysis”, not “%1”.").arg(m.origin));
    return transaction([&]() -> Result<void> {
        auto text = d->documentText(m.documentId);
        if (!text)
            return std::unexpected(text.error());
        if (m.start < 0 || m.end <= m.start || m.end > codePointLength(*text))
            return failure(Error::Kind::BadInput, QStringLiteral("The range %1–%2 is not a passage of document %3.")
                                                      .arg(m.start).arg(m.end).arg(m.documentId));
        if (auto e = d->entityById(m.entityId); !e)
            return std::unexpected(e.error());
        auto q = d->run(QStringLiteral("INSERT INTO mentions (id, document_id, start, end, entity_id, origin) VALUES (?, ?, ?, ?, ?, ?)"),
                        {m.id, m.documentId, m.start, m.end, m.entityId, m.origin}, QStringLiteral("restore a mention"));
        if (!q)
            return std::unexpected(q.error());
        return {};
    });
}

Result<Mention> ProjectStore::mention(qint64 id) const
{
    auto q = d->run(QStringLiteral("SELECT id, document_id, start, end, entity_id, origin FROM mentions WHERE id = ?"), {id},
                    QStringLiteral("read a mention"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(Error::Kind::NotFound, QStringLiteral("There is no mention %1 in the project.").arg(id));
    return Private::mentionFrom(*q);
}

Result<void> ProjectStore::removeMention(qint64 id)
{
    return transaction([&]() -> Result<void> {
        if (auto changed = d->runExpectingRow(QStringLiteral("DELETE FROM mentions WHERE id = ?"), {id}, QStringLiteral("remove a mention"),
                                              QStringLiteral("There is no mention %1 in the project.").arg(id));
            !changed)
            return changed;
        return {};
    });
}

Result<Entity> ProjectStore::splitMention(qint64 mentionId, const QString &name)
{
    Entity created;
    auto done = transaction([&]() -> Result<void> {
        auto q = d->run(QStringLiteral("SELECT id, document_id, start, end, entity_id, origin FROM mentions WHERE id = ?"),
                        {mentionId}, QStringLiteral("read a mention"));
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return failure(Error::Kind::NotFound, QStringLiteral("There is no mention %1 in the project.").arg(mentionId));
        const Mention m = Private::mentionFrom(*q);
        auto old = d->entityById(m.entityId);
        if (!old)
            return std::unexpected(old.error());
        auto text = d->documentText(m.documentId);
        if (!text)
            return std::unexpected(text.error());
        Entity fresh;
        fresh.name = name.trimmed().isEmpty() ? codePointMid(*text, m.start, m.end).simplified() : name.trimmed();
        fresh.type = old->type;
        auto added = addEntity(fresh);
        if (!added)
            return std::unexpected(added.error());
        created = *added;
        auto moved = d->run(QStringLiteral("UPDATE mentions SET entity_id = ? WHERE id = ?"), {created.id, mentionId},
                            QStringLiteral("move a mention"));
        if (!moved)
            return std::unexpected(moved.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return created;
}

Result<QList<Mention>> ProjectStore::mentions(std::optional<qint64> documentId) const
{
    const QString columns = QStringLiteral("SELECT id, document_id, start, end, entity_id, origin FROM mentions");
    auto q = documentId ? d->run(columns + QStringLiteral(" WHERE document_id = ? ORDER BY start, end, id"), {*documentId},
                                 QStringLiteral("list mentions"))
                        : d->run(columns + QStringLiteral(" ORDER BY document_id, start, end, id"), {}, QStringLiteral("list mentions"));
    if (!q)
        return std::unexpected(q.error());
    QList<Mention> list;
    while (q->next())
        list.append(Private::mentionFrom(*q));
    return list;
}

Result<QList<MentionInContext>> ProjectStore::entityMentions(qint64 entityId) const
{
    if (auto e = d->entityById(entityId); !e)
        return std::unexpected(e.error());
    auto q = d->run(QStringLiteral("SELECT m.id, m.document_id, m.start, m.end, m.entity_id, m.origin, d.title"
                                   " FROM mentions m JOIN documents d ON d.id = m.document_id"
                                   " WHERE m.entity_id = ? ORDER BY m.document_id, m.start, m.end"),
                    {entityId}, QStringLiteral("list an entity's mentions"));
    if (!q)
        return std::unexpected(q.error());
    QList<MentionInContext> list;
    while (q->next()) {
        MentionInContext item;
        item.mention = Private::mentionFrom(*q);
        item.documentTitle = q->value(6).toString();
        list.append(item);
    }
    for (MentionInContext &item : list) {
        // Ordered by document, so each text is read once.
        auto text = d->documentText(item.mention.documentId);
        if (!text)
            return std::unexpected(text.error());
        Annotation span;
        span.start = item.mention.start;
        span.end = item.mention.end;
        fillContext(span, *text);
        item.quote = span.quote;
        item.prefix = span.prefix;
        item.suffix = span.suffix;
    }
    return list;
}

Result<QList<qint64>> ProjectStore::tagAllMentions(qint64 entityId, qint64 tagId)
{
    QList<qint64> created;
    auto done = transaction([&]() -> Result<void> {
        auto e = d->entityById(entityId);
        if (!e)
            return std::unexpected(e.error());
        if (tagId > 0) {
            if (auto tag = d->tagById(tagId); !tag)
                return std::unexpected(tag.error());
        }
        auto list = mentions();
        if (!list)
            return std::unexpected(list.error());
        for (const Mention &m : std::as_const(*list)) {
            if (m.entityId != entityId)
                continue;
            auto tagged = d->exists(QStringLiteral("SELECT count(*) FROM annotations WHERE document_id = ? AND start = ? AND end = ?"
                                                   " AND coalesce(tag_id, 0) = ?"),
                                    {m.documentId, m.start, m.end, tagId}, QStringLiteral("look up annotations"));
            if (!tagged)
                return std::unexpected(tagged.error());
            if (*tagged)
                continue;
            Annotation a;
            a.documentId = m.documentId;
            a.start = m.start;
            a.end = m.end;
            a.tagId = tagId;
            a.kind = QStringLiteral("entity");
            a.label = e->type;
            a.source = QStringLiteral("register");
            auto added = addAnnotation(a);
            if (!added)
                return std::unexpected(added.error());
            created.append(added->id);
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return created;
}

// ---- memos --------------------------------------------------------------------------------------------------

Result<QString> ProjectStore::documentMemo(qint64 documentId) const
{
    auto q = d->run(QStringLiteral("SELECT text FROM memos WHERE document_id = ?"), {documentId}, QStringLiteral("read a memo"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Result<void> ProjectStore::setDocumentMemo(qint64 documentId, const QString &text)
{
    return transaction([&]() -> Result<void> {
        auto known = d->exists(QStringLiteral("SELECT count(*) FROM documents WHERE id = ?"), {documentId},
                               QStringLiteral("look up a document"));
        if (!known)
            return std::unexpected(known.error());
        if (!*known)
            return failure(Error::Kind::NotFound, QStringLiteral("There is no document %1 in the project.").arg(documentId));
        auto q = text.isEmpty()
                     ? d->run(QStringLiteral("DELETE FROM memos WHERE document_id = ?"), {documentId}, QStringLiteral("remove a memo"))
                     : d->run(QStringLiteral("INSERT INTO memos (document_id, text, modified) VALUES (?, ?, ?)"
                                             " ON CONFLICT(document_id) DO UPDATE SET text = excluded.text, modified = excluded.modified"),
                              {documentId, text, isoUtc(QDateTime::currentDateTimeUtc())}, QStringLiteral("save a memo"));
        if (!q)
            return std::unexpected(q.error());
        return {};
    });
}

namespace {
const QString kProjectMemoKey = QStringLiteral("memo/project");
}

Result<QString> ProjectStore::projectMemo() const
{
    return setting(kProjectMemoKey);
}

Result<void> ProjectStore::setProjectMemo(const QString &text)
{
    return setSetting(kProjectMemoKey, text);
}

// ---- search -------------------------------------------------------------------------------------------------

bool ProjectStore::hasSearchIndex() const
{
    return d->hasFts;
}

Result<QList<SearchHit>> ProjectStore::search(const QString &queryText, int limit, const QStringList &kinds) const
{
    auto query = parseSearchQuery(queryText);
    if (!query)
        return std::unexpected(query.error());
    QList<SearchHit> hits;
    const auto wanted = [&](const QString &kind) { return kinds.isEmpty() || kinds.contains(kind); };
    const auto full = [&] { return hits.size() >= limit; };
    const QString match = ftsMatchExpression(*query);
    // FTS5 finds the rows; the hits inside them are found again in the text, because FTS5 reports no
    // offsets (and would report them in bytes of its own tokens).
    if (wanted(QStringLiteral("document")) && !full()) {
        auto q = d->hasFts ? d->run(QStringLiteral("SELECT d.id, d.text FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
                                                   " WHERE documents_fts MATCH ? ORDER BY documents_fts.rank"),
                                    {match}, QStringLiteral("search the documents"))
                           : d->run(QStringLiteral("SELECT id, text FROM documents ORDER BY id"), {}, QStringLiteral("search the documents"));
        if (!q)
            return std::unexpected(q.error());
        while (!full() && q->next()) {
            const qint64 id = q->value(0).toLongLong();
            const QString text = q->value(1).toString();
            const auto found = findSearchHits(text, *query);
            if (found.isEmpty())
                continue;
            const CodePointIndex index(text);
            for (const auto &[start, end] : found) {
                if (full())
                    break;
                hits.append({id, start, end, QStringLiteral("document"), 0, searchSnippet(text, index, start, end)});
            }
        }
    }
    if ((wanted(QStringLiteral("quote")) || wanted(QStringLiteral("note"))) && !full()) {
        const QString columns = QStringLiteral("SELECT a.id, a.document_id, a.start, a.quote, a.note, a.end");
        auto q = d->hasFts ? d->run(columns + QStringLiteral(" FROM annotations_fts JOIN annotations a ON a.id = annotations_fts.rowid"
                                                             " WHERE annotations_fts MATCH ? ORDER BY annotations_fts.rank"),
                                    {match}, QStringLiteral("search the annotations"))
                           : d->run(columns + QStringLiteral(" FROM annotations a ORDER BY a.document_id, a.start, a.id"), {},
                                    QStringLiteral("search the annotations"));
        if (!q)
            return std::unexpected(q.error());
        while (!full() && q->next()) {
            const qint64 id = q->value(0).toLongLong();
            const qint64 documentId = q->value(1).toLongLong();
            const int start = q->value(2).toInt();
            const int end = q->value(5).toInt();
            if (wanted(QStringLiteral("quote"))) {
                const QString quote = q->value(3).toString();
                for (const auto &[from, to] : findSearchHits(quote, *query)) {
                    if (full())
                        break;
                    hits.append({documentId, start + from, start + to, QStringLiteral("quote"), id, searchSnippet(quote, from, to)});
                }
            }
            if (wanted(QStringLiteral("note")) && !full()) {
                const QString note = q->value(4).toString();
                const auto found = findSearchHits(note, *query);
                if (!found.isEmpty())
                    hits.append({documentId, start, end, QStringLiteral("note"), id,
                                 searchSnippet(note, found.first().first, found.first().second)});
            }
        }
    }
    return hits;
}

} // namespace marginalia
