// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/SqliteDatabase.h"

#include "core/store/Migrations.h"
#include "core/text/Search.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>

namespace marginalia {

namespace {

// PRAGMA application_id of a Marginalia project: "MRGN".
constexpr int kApplicationId = 0x4D52474E;
// How long a connection waits for another process's write before giving up.
const QString kBusyTimeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Whether writing there is possible and meant. The permission bits count as well as access(2): root may
// write anywhere the medium allows, but a file or folder whose bits allow nobody to write is to stay as it is.
bool permitsWriting(const QFileInfo &info)
{
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

Result<void> checkLocation(const QFileInfo &info, ProjectAccess access)
{
    const QString path = native(info.filePath());
    if (info.isDir())
        return failure(Error::Kind::BadInput,
                       QStringLiteral("%1 is a folder; a project is a single .marginalia file.").arg(path));
    if (access == ProjectAccess::ReadOnly && (!info.exists() || info.size() == 0))
        return failure(Error::Kind::NotFound,
                       info.exists() ? QStringLiteral("%1 is an empty file, not a Marginalia project.").arg(path)
                                     : QStringLiteral("There is no project at %1.").arg(path));
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return failure(Error::Kind::Io,
                       QStringLiteral("Could not create the folder %1.").arg(native(info.absolutePath())));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return failure(Error::Kind::Storage,
                       QStringLiteral("Qt's SQLite driver is not installed (package libqt6sql6-sqlite)."));
    if (access == ProjectAccess::ReadOnly)
        return {};
    // A project writes its journal (FILE-wal, FILE-shm) beside the file, so the folder must be writable too.
    if (!permitsWriting(QFileInfo(info.absolutePath())))
        return failure(
            Error::Kind::Storage,
            QStringLiteral(
                "Cannot change %1: its folder %2 is read-only (a project keeps its journal beside the file). "
                "Copy the project to a writable folder to change it; it can be read where it is.")
                .arg(path, native(info.absolutePath())));
    if (info.exists() && !permitsWriting(info))
        return failure(Error::Kind::Storage,
                       QStringLiteral("Cannot change %1: the file is read-only. Make it writable to change it; "
                                      "it can be read as it is.")
                           .arg(path));
    return {};
}

} // namespace

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::connect(const QString &path, const QString &name,
                                                                const QString &options)
{
    // Made before the connection, so that its destructor removes the connection on every failure below.
    std::unique_ptr<SqliteDatabase> database(
        new SqliteDatabase(path, QStringLiteral("marginalia-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->connectionName());
    db.setDatabaseName(name);
    db.setConnectOptions(options);
    if (!db.open())
        return database->sqlFailure(db.lastError(), QStringLiteral("open the file"));
    database->m_openFile = OpenProjectFiles::Hold(path);
    return database;
}

SqliteDatabase::~SqliteDatabase()
{
    // Closed before the file stops counting as open (members go before the base class closes it).
    QSqlDatabase db = connection();
    if (db.isOpen())
        db.close();
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path, ProjectAccess access)
{
    const QFileInfo info(path);
    if (auto located = checkLocation(info, access); !located)
        return std::unexpected(located.error());
    if (info.exists() && info.size() > 0) {
        // Looked at through a connection that cannot write before anything may change the file.
        auto inspected = openForReading(info);
        if (!inspected)
            return std::unexpected(inspected.error());
        if (auto fits = (*inspected)->checkIsProject(access); !fits)
            return std::unexpected(fits.error());
        if (access == ProjectAccess::ReadOnly)
            return inspected;
    }
    auto database = connect(info.absoluteFilePath(), info.absoluteFilePath(), kBusyTimeout);
    if (!database)
        return database;
    for (const char16_t *pragma :
         {u"PRAGMA foreign_keys = ON", u"PRAGMA journal_mode = WAL", u"PRAGMA synchronous = FULL"}) {
        // Switching a new file to WAL needs an exclusive lock, and SQLite reports a concurrent opener's
        // lock at once instead of waiting out the busy timeout: try again for up to 10 s before giving up.
        auto ok = (*database)->executeUnbound(QString::fromUtf16(pragma), QStringLiteral("configure SQLite"));
        for (int attempt = 0; !ok && attempt < 200; ++attempt) {
            QThread::msleep(50);
            ok = (*database)->executeUnbound(QString::fromUtf16(pragma), QStringLiteral("configure SQLite"));
        }
        if (!ok)
            return std::unexpected(ok.error());
    }
    return database;
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::openForReading(const QFileInfo &info)
{
    const QString path = info.absoluteFilePath();
    if (!isDatabaseFile(path))
        return failure(Error::Kind::BadInput,
                       QStringLiteral("%1 is not a Marginalia project (not an SQLite database); it was "
                                      "left as it was.")
                           .arg(native(path)));
    // Where we may write, a read-write connection that refuses writes (query_only) reads the journal and
    // removes FILE-wal and FILE-shm when it closes. Where we may not (read-only file, folder or medium),
    // SQLite reads the file as immutable: no lock, no journal files beside it.
    const bool writable = permitsWriting(info) && permitsWriting(QFileInfo(info.absolutePath()));
    const QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                        + (writable ? QStringLiteral("?mode=rw") : QStringLiteral("?mode=ro&immutable=1"));
    auto database = connect(path, uri,
                            QStringLiteral("QSQLITE_OPEN_URI;")
                                + (writable ? kBusyTimeout : QStringLiteral("QSQLITE_OPEN_READONLY")));
    if (!database)
        return database;
    (*database)->setReadOnly(true);
    if (writable) {
        if (auto ok = (*database)->executeUnbound(QStringLiteral("PRAGMA query_only = ON"),
                                                  QStringLiteral("open for reading"));
            !ok)
            return std::unexpected(ok.error());
    }
    return database;
}

Result<int> SqliteDatabase::pragmaValue(const QString &name) const
{
    auto value = query(QStringLiteral("PRAGMA ") + name, {}, QStringLiteral("read the file's header"));
    if (!value)
        return std::unexpected(value.error());
    return value->next() ? value->value(0).toInt() : 0;
}

Result<void> SqliteDatabase::checkIsProject(ProjectAccess access) const
{
    const QString damaged = QStringLiteral(
                                "%1 is damaged (%2); it was left as it was. `marginalia-cli check --project %1` "
                                "lists every problem; restore the file from a backup.")
                                .arg(native(path()));
    // One statement, so one snapshot: another process may be creating the project meanwhile.
    auto header = first<std::tuple<int, int, QStringList>>(
        QStringLiteral(
            "SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version),"
            " (SELECT group_concat(name, '/') FROM sqlite_master WHERE type = 'table')"),
        {}, QStringLiteral("read the file's header"), [](const QSqlQuery &row) {
            return std::tuple(row.value(0).toInt(), row.value(1).toInt(),
                              row.value(2).toString().split(u'/', Qt::SkipEmptyParts));
        });
    if (!header || !*header)
        return failure(Error::Kind::Storage,
                       damaged.arg(header ? QStringLiteral("no header") : header.error().message));
    const auto &[applicationId, version, tables] = **header;
    const bool empty = applicationId == 0 && version == 0 && tables.isEmpty();
    bool ours = applicationId == kApplicationId;
    if (applicationId == 0 && version > 0) {
        ours = true; // a project from before the application id, if it has the tables
        for (const QString &table : Migrations::coreTables())
            ours = ours && tables.contains(table);
    }
    if (empty && access == ProjectAccess::ReadOnly)
        return failure(Error::Kind::NotFound,
                       QStringLiteral("%1 is an empty database, not a Marginalia project.").arg(native(path())));
    if (!ours && !empty)
        return failure(Error::Kind::BadInput,
                       QStringLiteral("%1 is another application's SQLite database, not a Marginalia "
                                      "project; it was left as it was.")
                           .arg(native(path())));
    if (version > Migrations::latestVersion())
        return failure(Error::Kind::Storage, Migrations::newerSchemaMessage(path(), version));
    auto problems = integrityProblems(QStringLiteral("quick_check(1)"));
    if (!problems)
        return failure(Error::Kind::Storage, damaged.arg(problems.error().message));
    if (!problems->isEmpty())
        return failure(Error::Kind::Storage,
                       damaged.arg(QStringLiteral("SQLite's quick check: ") + problems->first().simplified()));
    return {};
}

Result<QStringList> SqliteDatabase::integrityProblems(const QString &pragma) const
{
    auto rows = list<QString>(QStringLiteral("PRAGMA ") + pragma, {}, QStringLiteral("check the file"),
                              [](const QSqlQuery &row) { return row.value(0).toString(); });
    if (!rows)
        return rows;
    if (rows->size() == 1 && rows->first() == u"ok")
        return QStringList();
    return *rows;
}

bool SqliteDatabase::isDatabaseFile(const QString &path)
{
    // Reading a file SQLite has open here would drop SQLite's locks on it: answered without opening.
    if (OpenProjectFiles::containsProject(path))
        return true;
    if (OpenProjectFiles::contains(path)) // its -wal or -shm
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

Result<QStringList> SqliteDatabase::checkIntegrity(const QString &path)
{
    const QFileInfo info(path);
    if (auto located = checkLocation(info, ProjectAccess::ReadOnly); !located)
        return std::unexpected(located.error());
    auto database = openForReading(info);
    if (!database)
        return std::unexpected(database.error());
    auto problems = (*database)->integrityProblems(QStringLiteral("integrity_check"));
    if (!problems) // SQLite gave up reading: that is what the check found
        return QStringList{problems.error().message};
    return problems;
}

Result<qint64> SqliteDatabase::insert(const QString &sql, const QVariantList &values, const QString &what) const
{
    auto inserted = query(sql, values, what);
    if (!inserted)
        return std::unexpected(inserted.error());
    return inserted->lastInsertId().toLongLong();
}

namespace {

// The columns of the current row of a stepped statement.
class StatementRowValues final : public RowValues {
public:
    explicit StatementRowValues(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    QString text(int column) const override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        if (!bytes)
            return {};
        return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3_stmt *m_statement;
};

// Binds `values` in order as the Qt driver would: integers, reals, text ("" for a null string, as
// bindInOrder does), NULL for a null value.
int bindValues(sqlite3_stmt *statement, const QVariantList &values)
{
    for (int position = 0; position < values.size(); ++position) {
        const QVariant &value = values.at(position);
        const int index = position + 1;
        int status = SQLITE_OK;
        if (value.isNull() && value.typeId() != QMetaType::QString) {
            status = sqlite3_bind_null(statement, index);
        } else if (value.typeId() == QMetaType::Double) {
            status = sqlite3_bind_double(statement, index, value.toDouble());
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong
                   || value.typeId() == QMetaType::Bool || value.typeId() == QMetaType::UInt) {
            status = sqlite3_bind_int64(statement, index, value.toLongLong());
        } else {
            const QByteArray text = value.toString().toUtf8();
            status = sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        if (status != SQLITE_OK)
            return status;
    }
    return SQLITE_OK;
}

} // namespace

Result<int> SqliteDatabase::forEachRow(const QString &sql, const QVariantList &values, const QString &what,
                                       const std::function<Result<bool>(const RowValues &)> &visit) const
{
    const QVariant handle = connection().driver()->handle();
    auto *database = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                         ? *static_cast<sqlite3 *const *>(handle.constData())
                         : nullptr;
    if (!database)
        return Database::forEachRow(sql, values, what, visit);
    auto failed = [&](const char *message) {
        return failure(Error::Kind::Storage, QStringLiteral("Could not %1 in the project %2: %3")
                                                 .arg(what, native(path()), QString::fromUtf8(message)));
    };
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(database, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK)
        return failed(sqlite3_errmsg(database));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizer(statement, sqlite3_finalize);
    if (bindValues(statement, values) != SQLITE_OK)
        return failed(sqlite3_errmsg(database));
    const StatementRowValues row(statement);
    const auto nextRow = [&]() -> Result<bool> {
        const int status = sqlite3_step(statement);
        if (status == SQLITE_ROW)
            return true;
        if (status == SQLITE_DONE)
            return false;
        return failed(sqlite3_errmsg(database));
    };
    return visitRows(nextRow, row, visit);
}

Result<QList<qint64>> SqliteDatabase::insertAnnotations(const QString &sql, const QList<QVariantList> &rows,
                                                        const QString &what)
{
    // The FTS5 insert trigger costs about three quarters of a bulk insert: without it, and with the new rows
    // indexed by one statement afterwards, 100k annotations go in several times faster. Schema changes are
    // part of the transaction, so a rollback brings the trigger back too.
    auto trigger = first<QString>(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'annotations_fts_insert'"), {},
        what, [](const QSqlQuery &row) { return row.value(0).toString(); });
    if (!trigger)
        return std::unexpected(trigger.error());
    if (!*trigger || rows.isEmpty())
        return insertMany(sql, rows, what);
    if (auto dropped = executeUnbound(QStringLiteral("DROP TRIGGER annotations_fts_insert"), what); !dropped)
        return std::unexpected(dropped.error());
    auto ids = insertMany(sql, rows, what);
    if (!ids)
        return ids;
    // New rows get ids above every existing one.
    const qint64 firstNew = *std::min_element(ids->cbegin(), ids->cend());
    if (auto indexed = execute(QStringLiteral("INSERT INTO annotations_fts (rowid, quote, note)"
                                              " SELECT id, quote, note FROM annotations WHERE id >= ?"),
                               {firstNew}, what);
        !indexed)
        return std::unexpected(indexed.error());
    if (auto restored = executeUnbound(**trigger, what); !restored)
        return std::unexpected(restored.error());
    return ids;
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
    // PRAGMA takes no bound values; both numbers are our own. Marks an older project as well.
    if (auto marked = executeUnbound(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                                     QStringLiteral("mark the file as a project"));
        !marked)
        return marked;
    return executeUnbound(QStringLiteral("PRAGMA user_version = %1").arg(version),
                          QStringLiteral("record the schema version"));
}

Result<bool> SqliteDatabase::isMarkedAsProject() const
{
    auto applicationId = pragmaValue(QStringLiteral("application_id"));
    if (!applicationId)
        return std::unexpected(applicationId.error());
    return *applicationId == kApplicationId;
}

std::span<const MigrationStep> SqliteDatabase::migrationSteps() const
{
    return Migrations::sqliteSteps();
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
    const QString lookFor = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'annotations_fts'");
    if (isReadOnly()) {
        // Nothing may be built: an index that is there and usable (FTS5 present) is used, else search scans.
        auto present = exists(lookFor, {}, QStringLiteral("look for the search index"));
        QSqlQuery probe(connection());
        if (!present || !*present || !probe.exec(QStringLiteral("SELECT rowid FROM annotations_fts LIMIT 0")))
            return std::optional<FullTextQueries>();
        return std::optional<FullTextQueries>(fullTextQueries());
    }
    {
        QSqlQuery probe(connection());
        if (!probe.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")))
            return std::optional<FullTextQueries>(); // no FTS5: search scans the texts instead
        probe.exec(QStringLiteral("DROP TABLE temp.fts5_probe"));
    }
    auto present = exists(lookFor, {}, QStringLiteral("look for the search index"));
    if (!present)
        return std::unexpected(present.error());
    if (!*present) {
        // Looked for again inside the write: another process may have built it meanwhile.
        auto built = transaction([&]() -> Result<void> {
            auto there = exists(lookFor, {}, QStringLiteral("look for the search index"));
            if (!there)
                return std::unexpected(there.error());
            return *there ? Result<void>() : buildFullTextIndex();
        });
        if (!built)
            return std::unexpected(built.error());
    }
    return std::optional<FullTextQueries>(fullTextQueries());
}

FullTextQueries SqliteDatabase::fullTextQueries()
{
    return {
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
        u"DROP TRIGGER IF EXISTS documents_fts_insert",
        u"DROP TRIGGER IF EXISTS documents_fts_delete",
        u"DROP TRIGGER IF EXISTS documents_fts_update",
        u"DROP TRIGGER IF EXISTS annotations_fts_insert",
        u"DROP TRIGGER IF EXISTS annotations_fts_delete",
        u"DROP TRIGGER IF EXISTS annotations_fts_update",
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
