#pragma once

#include "core/store/Database.h"

#include <memory>

namespace marginalia {

// The SQLite backend: one file, WAL, synchronous=FULL, foreign keys on, the schema version in PRAGMA
// user_version, writes in BEGIN IMMEDIATE transactions, full-text search through FTS5 when the SQLite
// library has it. Everything SQLite-only lives here.
class SqliteDatabase final : public Database
{
public:
    // Opens (or creates) the file at `path`. A file that exists and is not SQLite is refused before
    // anything is written to it.
    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path);

    Result<qint64> insert(const QString &sql, const QVariantList &values, const QString &what) const override;
    Result<int> storedSchemaVersion() const override;
    Result<void> recordSchemaVersion(int version) override;
    Result<std::optional<FullTextQueries>> openFullTextIndex() override;

protected:
    QString beginWriteStatement() const override;

private:
    using Database::Database;
    Result<void> buildFullTextIndex();
};

} // namespace marginalia
