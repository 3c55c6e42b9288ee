// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/Database.h"
#include "core/store/OpenProjectFiles.h"
#include "core/store/ProjectStore.h" // ProjectAccess

#include <QStringList>

#include <memory>

class QFileInfo;

namespace marginalia {

// The SQLite backend: one file, WAL, synchronous=FULL, foreign keys on, the schema version in PRAGMA
// user_version and Marginalia's PRAGMA application_id, writes in BEGIN IMMEDIATE transactions, full-text
// search through FTS5 when the SQLite library has it. Everything SQLite-only lives here.
class SqliteDatabase final : public Database {
public:
    // Opens the file at `path`. An existing file is first looked at through a connection that cannot
    // write: one that is not a project (not SQLite, another application's database), is newer than this
    // build or fails SQLite's quick check is refused and left byte-identical. ReadWrite creates a missing
    // file and refuses a read-only file or folder; ReadOnly never creates or changes anything, and reads a
    // file on a read-only medium or in a read-only folder as immutable.
    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path, ProjectAccess access);
    // SQLite's full integrity check of the file at `path`, read only: the problems it found (none: sound).
    static Result<QStringList> checkIntegrity(const QString &path);
    // True for an existing file that starts with SQLite's header.
    static bool isDatabaseFile(const QString &path);
    ~SqliteDatabase() override;

    // Rows straight from SQLite's statement (UTF-8 text, no QVariant per column): several times faster
    // than the Qt driver for large listings.
    Result<int> forEachRow(const QString &sql, const QVariantList &values, const QString &what,
                           const std::function<Result<bool>(const RowValues &)> &visit) const override;
    Result<qint64> insert(const QString &sql, const QVariantList &values, const QString &what) const override;
    Result<QList<qint64>> insertAnnotations(const QString &sql, const QList<QVariantList> &rows,
                                            const QString &what) override;
    Result<int> storedSchemaVersion() const override;
    Result<void> recordSchemaVersion(int version) override;
    Result<bool> isMarkedAsProject() const override;
    Result<std::optional<FullTextQueries>> openFullTextIndex() override;
    std::span<const MigrationStep> migrationSteps() const override;

protected:
    QString beginWriteStatement() const override;

private:
    using Database::Database;
    static Result<std::unique_ptr<SqliteDatabase>> connect(const QString &path, const QString &name,
                                                           const QString &options);
    static Result<std::unique_ptr<SqliteDatabase>> openForReading(const QFileInfo &info);
    Result<int> pragmaValue(const QString &name) const;
    Result<void> checkIsProject(ProjectAccess access) const;
    Result<QStringList> integrityProblems(const QString &pragma) const;
    static FullTextQueries fullTextQueries();
    Result<void> buildFullTextIndex();

    OpenProjectFiles::Hold m_openFile; // while SQLite has the file open, nothing else in this process may
};

} // namespace marginalia
