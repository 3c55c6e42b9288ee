// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/Migrations.h"

#include "core/store/Database.h"

#include <QDir>
#include <QStringList>

#include <iterator>

namespace marginalia::Migrations {

namespace {

Result<void> runAll(Database &database, const QStringList &statements)
{
    for (const QString &sql : statements)
        if (auto ok = database.executeUnbound(sql, QStringLiteral("upgrade the project")); !ok)
            return ok;
    return {};
}

// Version 1: documents with their blocks, the tag tree, annotations, rejected suggestions, settings.
Result<void> createCoreTables(Database &database)
{
    return runAll(database,
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
                  });
}

// Version 2, the research workflow: entity register, claim review, memos. (The full-text index is not
// part of the schema version: it is derived data, built when the engine can.)
Result<void> addResearchWorkflow(Database &database)
{
    return runAll(database,
                  {
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
                  });
}

// Version 3, revised documents: how each annotation was found again in a new version of its document.
Result<void> addAnchorStatus(Database &database)
{
    return runAll(database,
                  {
                      QStringLiteral("ALTER TABLE annotations ADD COLUMN anchor TEXT NOT NULL DEFAULT 'placed'"),
                      QStringLiteral("ALTER TABLE annotations ADD COLUMN anchor_score REAL"),
                  });
}

// Version 4, the learning recommender: one model per tag, derived from the annotations (rebuilt when
// missing or stale, so a project that loses the table loses nothing).
Result<void> addLearnedModels(Database &database)
{
    return runAll(database, {
                                QStringLiteral("CREATE TABLE learned_models ("
                                               " tag_id INTEGER PRIMARY KEY REFERENCES tags(id) ON DELETE CASCADE,"
                                               " fingerprint TEXT NOT NULL,"
                                               " trained TEXT NOT NULL,"
                                               " data BLOB NOT NULL)"),
                            });
}

constexpr MigrationStep kSteps[] = {createCoreTables, addResearchWorkflow, addAnchorStatus, addLearnedModels};

} // namespace

std::span<const MigrationStep> sqliteSteps()
{
    return kSteps;
}

int latestVersion()
{
    return int(std::size(kSteps));
}

const QStringList &coreTables()
{
    static const QStringList tables = {QStringLiteral("documents"),  QStringLiteral("blocks"),
                                       QStringLiteral("tags"),       QStringLiteral("annotations"),
                                       QStringLiteral("rejections"), QStringLiteral("settings")};
    return tables;
}

Result<void> upgrade(Database &database, const std::function<Result<void>()> &seedNewProject)
{
    return database.transaction([&]() -> Result<void> {
        auto stored = database.storedSchemaVersion();
        if (!stored)
            return std::unexpected(stored.error());
        const int from = *stored;
        if (from > latestVersion())
            return failure(Error::Kind::Storage, newerSchemaMessage(database.path(), from));
        const std::span<const MigrationStep> steps = database.migrationSteps();
        Q_ASSERT(int(steps.size()) == latestVersion()); // every backend has a step for every version
        for (int step = from; step < latestVersion(); ++step)
            if (auto ok = steps[size_t(step)](database); !ok)
                return ok;
        if (from == 0) {
            if (auto seeded = seedNewProject(); !seeded)
                return seeded;
        }
        return database.recordSchemaVersion(latestVersion());
    });
}

QString newerSchemaMessage(const QString &path, int version)
{
    return QStringLiteral("%1 was written by a newer Marginalia (schema %2; this one knows %3). Update Marginalia to "
                          "open it; the file was left as it was.")
        .arg(QDir::toNativeSeparators(path))
        .arg(version)
        .arg(latestVersion());
}

} // namespace marginalia::Migrations
