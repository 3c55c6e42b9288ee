#include "core/ProjectStore.h"

#include "core/Text.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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
            " confidence, source, rule, status");
        QVariantList values = {a.documentId, a.start, a.end, a.quote, a.prefix, a.suffix, nullableId(a.tagId),
                               a.note, a.author, isoUtc(a.created), isoUtc(a.modified), a.kind, a.label,
                               std::isnan(a.confidence) ? QVariant(QMetaType(QMetaType::Double))
                                                        : QVariant(a.confidence),
                               a.source, a.rule, a.status};
        QString sql;
        if (withId) {
            values.prepend(a.id);
            sql = QStringLiteral("INSERT INTO annotations (id, %1) VALUES (?%2)").arg(columns, QStringLiteral(", ?").repeated(17));
        } else {
            sql = QStringLiteral("INSERT INTO annotations (%1) VALUES (?%2)").arg(columns, QStringLiteral(", ?").repeated(16));
        }
        auto query = run(sql, values, QStringLiteral("save an annotation"));
        if (!query)
            return std::unexpected(query.error());
        return {};
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
        auto q = d->run(QStringLiteral("DELETE FROM documents WHERE id = ?"), {id}, QStringLiteral("remove a document"));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return failure(Error::Kind::NotFound, QStringLiteral("There is no document %1 in the project.").arg(id));
        if (d->cachedDocumentId == id)
            d->cachedDocumentId = 0;
        return {};
    });
}

Result<void> ProjectStore::setBlockKind(qint64 documentId, int blockIndex, BlockKind kind)
{
    return transaction([&]() -> Result<void> {
        auto q = d->run(QStringLiteral("UPDATE blocks SET kind = ?, user_kind = 1 WHERE document_id = ? AND idx = ?"),
                        {blockKindName(kind), documentId, blockIndex}, QStringLiteral("change a block"));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return failure(Error::Kind::NotFound,
                           QStringLiteral("Document %1 has no block %2.").arg(documentId).arg(blockIndex));
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
        auto q = d->run(QStringLiteral("UPDATE tags SET name = ?, color = ?, key = ?, parent_id = ?, description = ? WHERE id = ?"),
                        {tag.name.trimmed(), tag.color.name(), tag.key, nullableId(tag.parentId), tag.description, tag.id},
                        QStringLiteral("change the tag “%1”").arg(tag.name));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return failure(Error::Kind::NotFound, QStringLiteral("There is no tag %1 in the project.").arg(tag.id));
        return {};
    });
}

Result<void> ProjectStore::removeTag(qint64 id)
{
    return transaction([&]() -> Result<void> {
        auto q = d->run(QStringLiteral("DELETE FROM tags WHERE id = ?"), {id}, QStringLiteral("remove a tag"));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return failure(Error::Kind::NotFound, QStringLiteral("There is no tag %1 in the project.").arg(id));
        return {};
    });
}

// ---- annotations -----------------------------------------------------------------------------------------

namespace {
const QString kAnnotationColumns = QStringLiteral(
    "id, document_id, start, end, quote, prefix, suffix, tag_id, note, author, created, modified, kind, label,"
    " confidence, source, rule, status");
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
        auto q = d->run(QStringLiteral("UPDATE annotations SET start = ?, end = ?, quote = ?, prefix = ?, suffix = ?,"
                                       " tag_id = ?, note = ?, author = ?, modified = ?, kind = ?, label = ?,"
                                       " confidence = ?, source = ?, rule = ?, status = ? WHERE id = ?"),
                        {a.start, a.end, a.quote, a.prefix, a.suffix, nullableId(a.tagId), a.note, a.author,
                         isoUtc(QDateTime::currentDateTimeUtc()), a.kind, a.label,
                         std::isnan(a.confidence) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(a.confidence),
                         a.source, a.rule, a.status, a.id},
                        QStringLiteral("change an annotation"));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return failure(Error::Kind::NotFound, QStringLiteral("There is no annotation %1 in the project.").arg(a.id));
        return {};
    });
}

Result<void> ProjectStore::removeAnnotation(qint64 id)
{
    return transaction([&]() -> Result<void> {
        auto q = d->run(QStringLiteral("DELETE FROM annotations WHERE id = ?"), {id}, QStringLiteral("remove an annotation"));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return failure(Error::Kind::NotFound, QStringLiteral("There is no annotation %1 in the project.").arg(id));
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

} // namespace marginalia
