// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/Database.h"

#include <QDir>
#include <QSqlError>

namespace marginalia {

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unexpected<Error> Database::sqlFailure(const QSqlError &error, const QString &what) const
{
    return failure(Error::Kind::Storage, QStringLiteral("Could not %1 in the project %2: %3")
                                             .arg(what, QDir::toNativeSeparators(m_path), error.text()));
}

namespace {

void bindInOrder(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype position = 0; position < values.size(); ++position) {
        const QVariant &value = values.at(position);
        // Qt binds a null QString as SQL NULL; text columns hold "" instead.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(position), QStringLiteral(""));
        else
            query.bindValue(int(position), value);
    }
}

} // namespace

Result<QSqlQuery> Database::query(const QString &sql, const QVariantList &values, const QString &what) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(streamsRows());
    if (!query.prepare(inDialect(sql)))
        return sqlFailure(query.lastError(), what);
    bindInOrder(query, values);
    if (!query.exec())
        return sqlFailure(query.lastError(), what);
    return query;
}

Result<int> Database::forEachRow(const QString &sql, const QVariantList &values, const QString &what,
                                 const std::function<Result<bool>(const RowValues &)> &visit) const
{
    auto rows = query(sql, values, what);
    if (!rows)
        return std::unexpected(rows.error());
    const QueryRowValues row(*rows);
    return visitRows([&]() -> Result<bool> { return rows->next(); }, row, visit);
}

Result<int> Database::visitRows(const std::function<Result<bool>()> &nextRow, const RowValues &row,
                                const std::function<Result<bool>(const RowValues &)> &visit)
{
    int visited = 0;
    for (;;) {
        auto there = nextRow();
        if (!there)
            return std::unexpected(there.error());
        if (!*there)
            return visited;
        auto more = visit(row);
        if (!more)
            return std::unexpected(more.error());
        ++visited;
        if (!*more)
            return visited;
    }
}

Result<QList<qint64>> Database::insertAnnotations(const QString &sql, const QList<QVariantList> &rows,
                                                  const QString &what)
{
    return insertMany(sql, rows, what);
}

Result<QList<qint64>> Database::insertMany(const QString &sql, const QList<QVariantList> &rows,
                                           const QString &what) const
{
    QSqlQuery query(connection());
    if (!query.prepare(inDialect(sql)))
        return sqlFailure(query.lastError(), what);
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QVariantList &values : rows) {
        bindInOrder(query, values);
        if (!query.exec())
            return sqlFailure(query.lastError(), what);
        ids.append(query.lastInsertId().toLongLong());
    }
    return ids;
}

Result<void> Database::executeForEach(const QString &sql, const QList<QVariantList> &rows, const QString &what) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(inDialect(sql)))
        return sqlFailure(query.lastError(), what);
    for (const QVariantList &values : rows) {
        bindInOrder(query, values);
        if (!query.exec())
            return sqlFailure(query.lastError(), what);
    }
    return {};
}

Result<void> Database::execute(const QString &sql, const QVariantList &values, const QString &what) const
{
    auto ran = query(sql, values, what);
    if (!ran)
        return std::unexpected(ran.error());
    return {};
}

Result<void> Database::executeExpectingRow(const QString &sql, const QVariantList &values, const QString &what,
                                           const QString &missing) const
{
    auto ran = query(sql, values, what);
    if (!ran)
        return std::unexpected(ran.error());
    if (ran->numRowsAffected() == 0)
        return failure(Error::Kind::NotFound, missing);
    return {};
}

Result<bool> Database::exists(const QString &sql, const QVariantList &values, const QString &what) const
{
    auto ran = query(sql, values, what);
    if (!ran)
        return std::unexpected(ran.error());
    return ran->next() && ran->value(0).toLongLong() > 0;
}

Result<void> Database::executeUnbound(const QString &sql, const QString &what) const
{
    QSqlQuery query(connection());
    if (!query.exec(inDialect(sql)))
        return sqlFailure(query.lastError(), what);
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    if (m_transactionDepth > 0)
        return work();
    if (m_readOnly)
        return failure(Error::Kind::Storage,
                       QStringLiteral("The project %1 was opened only for reading; nothing was changed.")
                           .arg(QDir::toNativeSeparators(m_path)));
    if (auto begun = executeUnbound(beginWriteStatement(), QStringLiteral("start a write")); !begun)
        return begun;
    if (auto locked = lockForWriting(); !locked) {
        rollBack();
        return locked;
    }
    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;
    if (!result) {
        rollBack();
        return result;
    }
    if (auto committed = executeUnbound(QStringLiteral("COMMIT"), QStringLiteral("save")); !committed) {
        rollBack();
        return committed;
    }
    return {};
}

void Database::onRollback(std::function<void()> forget)
{
    m_rollbackListeners.append(std::move(forget));
}

void Database::rollBack()
{
    executeUnbound(QStringLiteral("ROLLBACK"), QStringLiteral("roll back"));
    for (const auto &forget : std::as_const(m_rollbackListeners))
        forget();
}

} // namespace marginalia
