// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/Database.h"
#include "core/store/ProjectStore.h" // ProjectAccess

#include <QMap>

#include <memory>

namespace marginalia {

// Where a project on a PostgreSQL server is: postgresql://[user[:password]@][host][:port]/database[?options].
// The host may be a socket folder, percent-encoded (postgresql://me@%2Ftmp%2Fpg/corpus) or given as
// ?host=/tmp/pg; other options (sslmode, connect_timeout, …) go to the server's client library as they are.
struct PostgresLocation {
    QString user;
    QString password;
    QString host;
    int port = -1;
    QString database;
    QMap<QString, QString> options;

    static bool isUrl(const QString &text);
    static Result<PostgresLocation> parse(const QString &url);
    // The URL without the password, for messages and the store's path().
    QString display() const;
};

// The PostgreSQL backend, through Qt's QPSQL driver: the same tables and columns as SQLite's
// (PostgresMigrations), the schema version in the table marginalia_schema, writes serialised by a
// transaction-level advisory lock (as BEGIN IMMEDIATE serialises SQLite's), new ids through
// INSERT … RETURNING id, and full-text search over GIN indexes of tsvectors with accents folded
// (the unaccent extension), as FTS5's remove_diacritics does. The tables' SQL goes through
// PostgresDialect::translate.
class PostgresDatabase final : public Database {
public:
    // Connects to the database named by `url`. A database holding tables that are not a project's, or a
    // project of a newer schema, is refused and left as it is; ReadOnly refuses every write (and a
    // database that is not a project yet).
    static Result<std::unique_ptr<PostgresDatabase>> open(const QString &url, ProjectAccess access);

    Result<qint64> insert(const QString &sql, const QVariantList &values, const QString &what) const override;
    Result<QList<qint64>> insertMany(const QString &sql, const QList<QVariantList> &rows,
                                     const QString &what) const override;
    Result<int> storedSchemaVersion() const override;
    Result<void> recordSchemaVersion(int version) override;
    Result<bool> isMarkedAsProject() const override;
    Result<std::optional<FullTextQueries>> openFullTextIndex() override;
    std::span<const MigrationStep> migrationSteps() const override;

protected:
    QString beginWriteStatement() const override;
    Result<void> lockForWriting() override;
    QString inDialect(const QString &sql) const override;
    // QPSQL reads a forward-only result row by row (single-row mode), and a second statement on the
    // connection meanwhile discards the rest: results are fetched whole.
    bool streamsRows() const override { return false; }

private:
    using Database::Database;
    Result<void> checkIsProject(ProjectAccess access) const;
    Result<bool> hasTable(const QString &name) const;
    Result<void> buildFullTextIndex();

    mutable QHash<QString, QString> m_translated;
};

} // namespace marginalia
