// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/store/ProjectStore.h" // ProjectAccess

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <span>

class QSqlError;

namespace marginalia {

struct SearchQuery;
class Database;

// One schema step of a backend: brings its database from version i to i + 1 (see Migrations).
using MigrationStep = Result<void> (*)(Database &);

// Where a backend's full-text index finds candidate rows: each is the end of a SELECT after its column
// list, with one bound value (the match expression), best match first. `documents` reads the table as
// `d`, `annotations` as `a`.
struct FullTextQueries {
    QString documents;
    QString annotations;
    std::function<QString(const SearchQuery &)> matchExpression;
};

// The columns of one result row as the engine holds them, read by position without a QVariant each: the
// row mappers of large listings (an export of a million annotations) read through it.
class RowValues {
public:
    virtual ~RowValues() = default;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0; // NULL: 0
    virtual double real(int column) const = 0;    // NULL: 0
    virtual QString text(int column) const = 0;   // NULL: a null string
};

// A QSqlQuery's current row seen as RowValues: what backends without a faster way read through.
class QueryRowValues final : public RowValues {
public:
    explicit QueryRowValues(const QSqlQuery &query)
        : m_query(query)
    {
    }
    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    double real(int column) const override { return m_query.value(column).toDouble(); }
    QString text(int column) const override { return m_query.value(column).toString(); }

private:
    const QSqlQuery &m_query;
};

// One open project database, as the tables see it: statements with bound values, one write
// transaction at a time, new row ids. What differs between SQL engines (opening, pragmas, how a write
// begins, how a new id is learnt, where the schema version lives, full-text search) is left to a
// backend subclass; the statements the tables send are plain SQL that SQLite and PostgreSQL share.
class Database {
public:
    virtual ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    // Opened only for reading: every write transaction is refused.
    bool isReadOnly() const { return m_readOnly; }

    // Prepares and runs one statement, binding `values` in order to its `?`. `what` completes
    // "Could not …" in the error.
    Result<QSqlQuery> query(const QString &sql, const QVariantList &values, const QString &what) const;
    // The same, for a statement whose rows (if any) are not wanted.
    Result<void> execute(const QString &sql, const QVariantList &values, const QString &what) const;
    // The statement once for each row of values, prepared once (thousands of rows at a time).
    Result<void> executeForEach(const QString &sql, const QList<QVariantList> &rows, const QString &what) const;
    // A write that must touch a row; touching none means the thing is not (or no longer) there, which
    // fails as NotFound with `missing`.
    Result<void> executeExpectingRow(const QString &sql, const QVariantList &values, const QString &what,
                                     const QString &missing) const;
    // Whether the first column of the first row is a count above zero.
    Result<bool> exists(const QString &sql, const QVariantList &values, const QString &what) const;
    // Runs a schema statement (it takes no values).
    Result<void> executeUnbound(const QString &sql, const QString &what) const;
    // Runs a query and calls `visit` with each row until it returns false or fails; returns the rows visited.
    // A backend reads the rows straight from its engine where it can.
    virtual Result<int> forEachRow(const QString &sql, const QVariantList &values, const QString &what,
                                   const std::function<Result<bool>(const RowValues &)> &visit) const;
    // Inserts one row and returns its new id.
    virtual Result<qint64> insert(const QString &sql, const QVariantList &values, const QString &what) const = 0;
    // Inserts many rows with one statement prepared once (bulk imports) and returns their new ids in order;
    // the first failure stops it. Call it inside a transaction, which then rolls back. A backend whose
    // driver cannot report a new row's id overrides it.
    virtual Result<QList<qint64>> insertMany(const QString &sql, const QList<QVariantList> &rows,
                                             const QString &what) const;
    // insertMany for annotations (bulk import), with the full-text index brought up to date once for all
    // the new rows where the engine can do that faster than row by row. Call it inside a transaction.
    virtual Result<QList<qint64>> insertAnnotations(const QString &sql, const QList<QVariantList> &rows,
                                                    const QString &what);

    // Every row, each read by `read(query)`.
    template<typename Row, typename Reader>
    Result<QList<Row>> list(const QString &sql, const QVariantList &values, const QString &what, Reader read) const
    {
        auto rows = query(sql, values, what);
        if (!rows)
            return std::unexpected(rows.error());
        QList<Row> list;
        while (rows->next())
            list.append(read(*rows));
        return list;
    }

    // The first row, if there is one.
    template<typename Row, typename Reader>
    Result<std::optional<Row>> first(const QString &sql, const QVariantList &values, const QString &what,
                                     Reader read) const
    {
        auto rows = query(sql, values, what);
        if (!rows)
            return std::unexpected(rows.error());
        if (!rows->next())
            return std::optional<Row>();
        return std::optional<Row>(read(*rows));
    }

    // The first row; none fails as NotFound with `missing`.
    template<typename Row, typename Reader>
    Result<Row> single(const QString &sql, const QVariantList &values, const QString &what, const QString &missing,
                       Reader read) const
    {
        auto row = first<Row>(sql, values, what, read);
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return failure(Error::Kind::NotFound, missing);
        return std::move(**row);
    }

    // Runs `work` inside one write transaction: all of it is committed, or none. Nested calls join the
    // outermost transaction, which commits or rolls back the whole.
    Result<void> transaction(const std::function<Result<void>()> &work);
    // The same for work that computes a value (a new row's id, the row as saved): the value once committed.
    template<typename Work> auto transactionReturning(Work work) -> decltype(work())
    {
        std::optional<typename decltype(work())::value_type> value;
        auto done = transaction([&]() -> Result<void> {
            auto result = work();
            if (!result)
                return std::unexpected(result.error());
            value = std::move(*result);
            return {};
        });
        if (!done)
            return std::unexpected(done.error());
        return std::move(*value);
    }
    // `forget` runs after each rollback (caches of what the rolled back writes did).
    void onRollback(std::function<void()> forget);

    // The schema version recorded in the file, and recording a new one (inside the migration's write;
    // it also marks the file as a project where the engine can).
    virtual Result<int> storedSchemaVersion() const = 0;
    virtual Result<void> recordSchemaVersion(int version) = 0;
    // Whether the file carries the engine's mark of a Marginalia project; an unmarked older project gets
    // it with its next migration.
    virtual Result<bool> isMarkedAsProject() const = 0;

    // Makes sure the engine's full-text index exists and says how to query it; nullopt when the engine
    // has none (search then scans every text).
    virtual Result<std::optional<FullTextQueries>> openFullTextIndex() = 0;

    // The engine's schema steps, one per schema version, in that engine's SQL (Migrations runs them).
    virtual std::span<const MigrationStep> migrationSteps() const = 0;

protected:
    // The loop under every forEachRow: `nextRow` moves to the next row (true), reports the end (false) or an
    // error; `visit` sees each row and says whether to go on. Returns how many rows were visited.
    static Result<int> visitRows(const std::function<Result<bool>()> &nextRow, const RowValues &row,
                                 const std::function<Result<bool>(const RowValues &)> &visit);

    Database(const QString &path, const QString &connectionName);
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    std::unexpected<Error> sqlFailure(const QSqlError &error, const QString &what) const;
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // The statement that starts a write transaction.
    virtual QString beginWriteStatement() const = 0;
    // Run right after it: what else makes the transaction the only writer (nothing where BEGIN does it).
    virtual Result<void> lockForWriting() { return {}; }
    // The statement as this engine speaks it: the tables write one SQL for every engine, and a backend
    // rewrites the few words its engine spells differently.
    virtual QString inDialect(const QString &sql) const { return sql; }
    // Whether a query's rows may be read one by one while other statements run on the connection (an
    // export reads documents while it streams annotations); otherwise the driver fetches them all first.
    virtual bool streamsRows() const { return true; }

private:
    void rollBack();

    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
    QList<std::function<void()>> m_rollbackListeners;
};

// The backend for `location`: a postgresql:// address (PostgresLocation) is a database on a server, anything
// else a file (SqliteDatabase). Opened as the backend opens it, without migrations: ProjectStore::open
// migrates.
Result<std::unique_ptr<Database>> openDatabase(const QString &location, ProjectAccess access);

// True for a project on a database server (postgresql://user@host:port/database) rather than a file.
bool isServerAddress(const QString &location);

} // namespace marginalia
