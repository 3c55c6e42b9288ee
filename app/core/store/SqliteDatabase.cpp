#include "core/store/SqliteDatabase.h"

#include "core/text/Search.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace marginalia {

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return failure(Error::Kind::BadInput,
                       QStringLiteral("%1 is a folder; a project is a single .marginalia file.").arg(QDir::toNativeSeparators(path)));
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return failure(Error::Kind::Io, QStringLiteral("Could not create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return failure(Error::Kind::Storage, QStringLiteral("Qt's SQLite driver is not installed (package libqt6sql6-sqlite)."));

    // Made before the connection, so that its destructor removes the connection on every failure below.
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(
        info.absoluteFilePath(), QStringLiteral("marginalia-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->connectionName());
        db.setDatabaseName(database->path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return database->sqlFailure(db.lastError(), QStringLiteral("open the file"));
    }
    const bool existed = info.exists() && info.size() > 0;
    for (const char16_t *pragma : {u"PRAGMA foreign_keys = ON", u"PRAGMA journal_mode = WAL", u"PRAGMA synchronous = FULL"}) {
        if (auto ok = database->executeUnbound(QString::fromUtf16(pragma), QStringLiteral("configure SQLite")); !ok)
            return std::unexpected(ok.error());
    }
    if (auto version = database->storedSchemaVersion(); !version)
        return std::unexpected(version.error());
    if (existed) {
        // A file that is not SQLite fails here rather than being overwritten.
        auto check = database->query(QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, QStringLiteral("read the file"));
        if (!check)
            return failure(Error::Kind::BadInput,
                           QStringLiteral("%1 is not a Marginalia project.").arg(QDir::toNativeSeparators(database->path())));
    }
    return database;
}

Result<qint64> SqliteDatabase::insert(const QString &sql, const QVariantList &values, const QString &what) const
{
    auto inserted = query(sql, values, what);
    if (!inserted)
        return std::unexpected(inserted.error());
    return inserted->lastInsertId().toLongLong();
}

Result<int> SqliteDatabase::storedSchemaVersion() const
{
    auto version = query(QStringLiteral("PRAGMA user_version"), {}, QStringLiteral("read the schema version"));
    if (!version)
        return std::unexpected(version.error());
    return version->next() ? version->value(0).toInt() : 0;
}

Result<void> SqliteDatabase::recordSchemaVersion(int version)
{
    // PRAGMA takes no bound values; the version is our own integer.
    return executeUnbound(QStringLiteral("PRAGMA user_version = %1").arg(version), QStringLiteral("record the schema version"));
}

QString SqliteDatabase::beginWriteStatement() const
{
    // IMMEDIATE takes the write lock at once, so two connections never both read then fail to write.
    return QStringLiteral("BEGIN IMMEDIATE");
}

// The FTS5 index over document text and annotation quotes and notes: external-content tables (the text
// is not stored twice) kept in sync by triggers. Built once, when missing and FTS5 is there.
Result<std::optional<FullTextQueries>> SqliteDatabase::openFullTextIndex()
{
    {
        QSqlQuery probe(connection());
        if (!probe.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")))
            return std::optional<FullTextQueries>(); // no FTS5: search scans the texts instead
        probe.exec(QStringLiteral("DROP TABLE temp.fts5_probe"));
    }
    auto present = exists(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'annotations_fts'"), {},
                          QStringLiteral("look for the search index"));
    if (!present)
        return std::unexpected(present.error());
    if (!*present) {
        if (auto built = transaction([this] { return buildFullTextIndex(); }); !built)
            return std::unexpected(built.error());
    }
    return FullTextQueries{
        QStringLiteral("FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
                       " WHERE documents_fts MATCH ? ORDER BY documents_fts.rank"),
        QStringLiteral("FROM annotations_fts JOIN annotations a ON a.id = annotations_fts.rowid"
                       " WHERE annotations_fts MATCH ? ORDER BY annotations_fts.rank"),
        ftsMatchExpression,
    };
}

Result<void> SqliteDatabase::buildFullTextIndex()
{
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
    for (const char16_t *sql : statements)
        if (auto ok = executeUnbound(QString::fromUtf16(sql), QStringLiteral("build the search index")); !ok)
            return ok;
    return {};
}

} // namespace marginalia
