// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/PostgresDatabase.h"

#include "core/store/Migrations.h"
#include "core/store/PostgresDialect.h"
#include "core/store/PostgresMigrations.h"
#include "core/text/Search.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

namespace marginalia {

Q_LOGGING_CATEGORY(lcPostgres, "marginalia.store.postgres")

namespace {

// The advisory lock every write transaction holds: "MRGN", as SQLite's application id.
constexpr qint64 kWriteLock = 0x4D52474E;

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString &part)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(part));
}

Result<void> parseAuthority(const QString &authority, PostgresLocation &location)
{
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        const qsizetype colon = userInfo.indexOf(u':');
        location.user = decoded(userInfo.left(colon < 0 ? userInfo.size() : colon));
        if (colon >= 0)
            location.password = decoded(userInfo.mid(colon + 1));
    }
    const QString hostPort = authority.mid(at + 1);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    if (colon >= 0 && !hostPort.endsWith(u']')) {
        bool isNumber = false;
        location.port = hostPort.mid(colon + 1).toInt(&isNumber);
        if (!isNumber)
            return failure(Error::Kind::BadInput,
                           QStringLiteral("“%1” is not a port number.").arg(hostPort.mid(colon + 1)));
    }
    location.host = decoded(hostPort.left(colon < 0 ? hostPort.size() : colon));
    return {};
}

Result<void> parseOptions(const QString &query, PostgresLocation &location)
{
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = decoded(pair.left(equals < 0 ? pair.size() : equals));
        const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (key == u"host")
            location.host = value;
        else if (key == u"port")
            location.port = value.toInt();
        else if (key == u"user")
            location.user = value;
        else if (key == u"password")
            location.password = value;
        else if (key.contains(u';') || value.contains(u';'))
            return failure(Error::Kind::BadInput, QStringLiteral("The option “%1” may not contain “;”.").arg(pair));
        else
            location.options.insert(key, value);
    }
    return {};
}

} // namespace

bool isServerAddress(const QString &location)
{
    return PostgresLocation::isUrl(location);
}

bool PostgresLocation::isUrl(const QString &text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

Result<PostgresLocation> PostgresLocation::parse(const QString &url)
{
    if (!isUrl(url))
        return failure(
            Error::Kind::BadInput,
            QStringLiteral("“%1” is not a PostgreSQL address (postgresql://user@host:port/database).").arg(url));
    QString rest = url.mid(url.indexOf(u"://") + 3);
    PostgresLocation location;
    const qsizetype question = rest.indexOf(u'?');
    const QString query = question < 0 ? QString() : rest.mid(question + 1);
    rest = rest.left(question < 0 ? rest.size() : question);
    const qsizetype slash = rest.indexOf(u'/');
    location.database = slash < 0 ? QString() : decoded(rest.mid(slash + 1));
    if (auto ok = parseAuthority(rest.left(slash < 0 ? rest.size() : slash), location); !ok)
        return std::unexpected(ok.error());
    if (auto ok = parseOptions(query, location); !ok)
        return std::unexpected(ok.error());
    if (location.database.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("%1 names no database: add it after the host, as in "
                                                             "postgresql://user@host:5432/corpus.")
                                                  .arg(url));
    return location;
}

QString PostgresLocation::display() const
{
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += encoded(user) + u'@';
    url += encoded(host);
    if (port > 0)
        url += u':' + QString::number(port);
    url += u'/' + encoded(database);
    QStringList pairs;
    for (auto option = options.cbegin(); option != options.cend(); ++option)
        pairs.append(encoded(option.key()) + u'=' + encoded(option.value()));
    if (!pairs.isEmpty())
        url += u'?' + pairs.join(u'&');
    return url;
}

Result<std::unique_ptr<PostgresDatabase>> PostgresDatabase::open(const QString &url, ProjectAccess access)
{
    auto location = PostgresLocation::parse(url);
    if (!location)
        return std::unexpected(location.error());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return failure(Error::Kind::Storage,
                       QStringLiteral("Qt's PostgreSQL driver is not installed (package libqt6sql6-psql)."));
    // Made before the connection, so that its destructor removes the connection on every failure below.
    std::unique_ptr<PostgresDatabase> database(
        new PostgresDatabase(location->display(),
                             QStringLiteral("marginalia-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->connectionName());
    db.setHostName(location->host);
    if (location->port > 0)
        db.setPort(location->port);
    db.setUserName(location->user);
    db.setPassword(location->password);
    db.setDatabaseName(location->database);
    QStringList options;
    for (auto option = location->options.cbegin(); option != location->options.cend(); ++option)
        options.append(option.key() + u'=' + option.value());
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return failure(Error::Kind::Storage,
                       QStringLiteral("Could not connect to %1: %2 Check that the server runs and that the "
                                      "address, user and database are right.")
                           .arg(location->display(), db.lastError().text().trimmed()));
    if (auto quiet = database->executeUnbound(QStringLiteral("SET client_min_messages = warning"),
                                              QStringLiteral("configure the connection"));
        !quiet)
        return std::unexpected(quiet.error());
    // Texts hold any Unicode character; a database in another encoding would refuse some of them.
    auto encoding = database->single<QString>(QStringLiteral("SELECT current_setting('server_encoding')"), {},
                                              QStringLiteral("read the database's encoding"), QString(),
                                              [](const QSqlQuery &row) { return row.value(0).toString(); });
    if (!encoding)
        return std::unexpected(encoding.error());
    if (*encoding != u"UTF8")
        return failure(Error::Kind::Storage,
                       QStringLiteral("The database %1 stores text as %2; a project needs one in UTF8 "
                                      "(CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0).")
                           .arg(location->display(), *encoding));
    if (auto fits = database->checkIsProject(access); !fits)
        return std::unexpected(fits.error());
    if (access == ProjectAccess::ReadOnly) {
        database->setReadOnly(true);
        if (auto readOnly = database->executeUnbound(QStringLiteral("SET default_transaction_read_only = on"),
                                                     QStringLiteral("open for reading"));
            !readOnly)
            return std::unexpected(readOnly.error());
    }
    return database;
}

Result<void> PostgresDatabase::checkIsProject(ProjectAccess access) const
{
    auto tables = single<std::pair<int, int>>(
        QStringLiteral("SELECT count(*) FILTER (WHERE tablename = 'marginalia_schema'), count(*) FROM pg_tables"
                       " WHERE schemaname = current_schema()"),
        {}, QStringLiteral("list the tables"), QStringLiteral("The server listed no tables."),
        [](const QSqlQuery &row) { return std::pair(row.value(0).toInt(), row.value(1).toInt()); });
    if (!tables)
        return std::unexpected(tables.error());
    const auto [marks, all] = *tables;
    if (marks == 0 && all > 0)
        return failure(Error::Kind::BadInput,
                       QStringLiteral("The database %1 holds another application's tables, not a Marginalia "
                                      "project; it was left as it was. Use an empty database for a new project.")
                           .arg(path()));
    if (marks == 0 && access == ProjectAccess::ReadOnly)
        return failure(Error::Kind::NotFound,
                       QStringLiteral("%1 is an empty database, not a Marginalia project.").arg(path()));
    auto version = storedSchemaVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version > Migrations::latestVersion())
        return failure(Error::Kind::Storage, Migrations::newerSchemaMessage(path(), *version));
    return {};
}

Result<bool> PostgresDatabase::hasTable(const QString &name) const
{
    return exists(QStringLiteral(
                      "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?"),
                  {name}, QStringLiteral("look for a table"));
}

Result<qint64> PostgresDatabase::insert(const QString &sql, const QVariantList &values, const QString &what) const
{
    auto id = single<qint64>(sql + QStringLiteral(" RETURNING id"), values, what,
                             QStringLiteral("The server returned no id for the new row."),
                             [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
    return id;
}

Result<QList<qint64>> PostgresDatabase::insertMany(const QString &sql, const QList<QVariantList> &rows,
                                                   const QString &what) const
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    // One statement prepared once, as the base class does; the driver reports no new id, RETURNING does.
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(inDialect(sql + QStringLiteral(" RETURNING id"))))
        return sqlFailure(query.lastError(), what);
    for (const QVariantList &values : rows) {
        for (qsizetype position = 0; position < values.size(); ++position) {
            const QVariant &value = values.at(position);
            const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
            query.bindValue(int(position), nullText ? QVariant(QStringLiteral("")) : value);
        }
        if (!query.exec() || !query.next())
            return sqlFailure(query.lastError(), what);
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

Result<int> PostgresDatabase::storedSchemaVersion() const
{
    auto marked = hasTable(QStringLiteral("marginalia_schema"));
    if (!marked || !*marked)
        return marked ? Result<int>(0) : std::unexpected(marked.error());
    auto version = first<int>(QStringLiteral("SELECT max(version) FROM marginalia_schema"), {},
                              QStringLiteral("read the schema version"),
                              [](const QSqlQuery &row) { return row.value(0).toInt(); });
    if (!version)
        return std::unexpected(version.error());
    return version->value_or(0);
}

Result<void> PostgresDatabase::recordSchemaVersion(int version)
{
    const QString what = QStringLiteral("record the schema version");
    if (auto made = executeUnbound(QStringLiteral("CREATE TABLE IF NOT EXISTS marginalia_schema"
                                                  " (application TEXT NOT NULL, version INTEGER NOT NULL)"),
                                   what);
        !made)
        return made;
    if (auto cleared = execute(QStringLiteral("DELETE FROM marginalia_schema"), {}, what); !cleared)
        return cleared;
    return execute(QStringLiteral("INSERT INTO marginalia_schema (application, version) VALUES ('marginalia', ?)"),
                   {version}, what);
}

Result<bool> PostgresDatabase::isMarkedAsProject() const
{
    return hasTable(QStringLiteral("marginalia_schema"));
}

std::span<const MigrationStep> PostgresDatabase::migrationSteps() const
{
    return PostgresMigrations::steps();
}

QString PostgresDatabase::beginWriteStatement() const
{
    return QStringLiteral("BEGIN");
}

Result<void> PostgresDatabase::lockForWriting()
{
    // One writer at a time per database, as SQLite's BEGIN IMMEDIATE: a write never fails halfway for
    // another's. Then the id sequences are set past the largest ids, so that a new row gets max(id) + 1 as
    // in SQLite, also after rows were inserted with their own ids (copies, undone removals).
    if (auto locked = executeUnbound(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock),
                                     QStringLiteral("wait for other writers"));
        !locked)
        return locked;
    auto migrated = hasTable(QStringLiteral("mentions")); // every table with ids is there (version 2)
    if (!migrated || !*migrated)
        return migrated ? Result<void>() : std::unexpected(migrated.error());
    return executeUnbound(PostgresMigrations::followInsertedIds(), QStringLiteral("number new rows"));
}

namespace {

// The tsquery of `query`, as a literal: every token of every term must occur (a phrase's words anywhere);
// a prefix term's last token matches as a prefix. A superset of the rows that findSearchHits then
// checks word by word, as with FTS5, so both backends find the same hits.
QString tsQuery(const SearchQuery &query)
{
    QStringList lexemes;
    for (const SearchTerm &term : query.terms) {
        for (qsizetype index = 0; index < term.tokens.size(); ++index) {
            QString lexeme = term.tokens.at(index);
            lexeme.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''"));
            const bool prefix = term.prefix && index == term.tokens.size() - 1;
            lexemes.append(u'\'' + lexeme + u'\'' + (prefix ? QStringLiteral(":*") : QString()));
        }
    }
    return lexemes.join(QStringLiteral(" & "));
}

// The indexed expressions; a query's expression must be the same to use the index.
QString documentVector(const QString &alias)
{
    return QStringLiteral("marginalia_search_vector(%1text)").arg(alias);
}

QString annotationVector(const QString &alias)
{
    return QStringLiteral("marginalia_search_vector(%1quote || ' ' || %1note)").arg(alias);
}

} // namespace

Result<std::optional<FullTextQueries>> PostgresDatabase::openFullTextIndex()
{
    const QString lookFor = QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()"
                                           " AND indexname IN ('documents_search', 'annotations_search')");
    const FullTextQueries queries{
        QStringLiteral("FROM documents d WHERE %1 @@ CAST(? AS tsquery) ORDER BY d.id")
            .arg(documentVector(QStringLiteral("d."))),
        QStringLiteral("FROM annotations a WHERE %1 @@ CAST(? AS tsquery) ORDER BY a.document_id, a.start, a.id")
            .arg(annotationVector(QStringLiteral("a."))),
        tsQuery,
    };
    auto present = first<int>(lookFor, {}, QStringLiteral("look for the search index"),
                              [](const QSqlQuery &row) { return row.value(0).toInt(); });
    if (!present)
        return std::unexpected(present.error());
    if (present->value_or(0) == 2)
        return std::optional<FullTextQueries>(queries);
    if (isReadOnly())
        return std::optional<FullTextQueries>();
    // Looked for again inside the write: another client may have built it meanwhile.
    auto built = transaction([&]() -> Result<void> {
        auto there = first<int>(lookFor, {}, QStringLiteral("look for the search index"),
                                [](const QSqlQuery &row) { return row.value(0).toInt(); });
        if (!there)
            return std::unexpected(there.error());
        return there->value_or(0) == 2 ? Result<void>() : buildFullTextIndex();
    });
    if (!built) {
        // Without the unaccent extension (or the right to create it) search reads every text instead.
        qCWarning(lcPostgres) << "No full-text index, search scans every text:" << built.error().message;
        return std::optional<FullTextQueries>();
    }
    return std::optional<FullTextQueries>(queries);
}

Result<void> PostgresDatabase::buildFullTextIndex()
{
    const QString what = QStringLiteral("build the search index");
    if (auto made = executeUnbound(QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"), what); !made)
        return made;
    auto schema = single<QString>(QStringLiteral("SELECT extnamespace::regnamespace::text FROM pg_extension"
                                                 " WHERE extname = 'unaccent'"),
                                  {}, what, QStringLiteral("The unaccent extension is missing."),
                                  [](const QSqlQuery &row) { return row.value(0).toString(); });
    auto version = single<int>(QStringLiteral("SELECT current_setting('server_version_num')::int"), {}, what,
                               QStringLiteral("The server has no version."),
                               [](const QSqlQuery &row) { return row.value(0).toInt(); });
    if (!schema || !version)
        return std::unexpected(!schema ? schema.error() : version.error());
    // Folded as FTS5's unicode61 remove_diacritics tokenizer and foldForSearch: accents off, lower case,
    // everything but letters and digits a separator. PostgreSQL 17's pg_c_utf8 collation classifies
    // letters by Unicode whatever the database's locale; before it the database's locale does.
    const QString unicode = *version >= 170000 ? QStringLiteral(" COLLATE pg_c_utf8") : QString();
    const QString function = QStringLiteral(
                                 "CREATE OR REPLACE FUNCTION marginalia_search_vector(content TEXT) RETURNS tsvector"
                                 " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_tsvector('simple'::regconfig,"
                                 " regexp_replace(lower(%1.unaccent('%1.unaccent'::regdictionary, content)%2),"
                                 " '[^[:alnum:]]+', ' ', 'g')) $$")
                                 .arg(*schema, unicode);
    for (const QString &sql :
         {function,
          QStringLiteral("CREATE INDEX IF NOT EXISTS documents_search ON documents USING GIN (%1)")
              .arg(documentVector(QString())),
          QStringLiteral("CREATE INDEX IF NOT EXISTS annotations_search ON annotations USING GIN (%1)")
              .arg(annotationVector(QString()))})
        if (auto ok = executeUnbound(sql, what); !ok)
            return ok;
    return {};
}

QString PostgresDatabase::inDialect(const QString &sql) const
{
    auto known = m_translated.constFind(sql);
    if (known != m_translated.cend())
        return *known;
    return *m_translated.insert(sql, PostgresDialect::translate(sql));
}

} // namespace marginalia
