// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/store/Database.h" // MigrationStep

#include <QStringList>

#include <functional>

namespace marginalia {

// The project schema, as cumulative steps: step i brings a file from version i to i + 1. Never edit a
// released step; append a new one. These statements are SQLite's dialect (INTEGER PRIMARY KEY as the row
// id); PostgreSQL has its own steps for the same versions (PostgresMigrations).
namespace Migrations {

// The version the steps lead to.
int latestVersion();

// SQLite's steps (a backend's Database::migrationSteps() gives its own, one per version).
std::span<const MigrationStep> sqliteSteps();

// The refusal of a file whose schema `version` is newer than this build knows.
QString newerSchemaMessage(const QString &path, int version);

// The tables every version has: a file with them and a schema version is a project (an older one
// carries no application id yet).
const QStringList &coreTables();

// Brings the schema to latestVersion() in one write transaction, recording the new version (and so the
// project's mark); `seedNewProject` runs inside it when the file was empty (version 0). The version is
// read inside that transaction, so that processes opening the same new file at once migrate it once.
Result<void> upgrade(Database &database, const std::function<Result<void>()> &seedNewProject);

} // namespace Migrations

} // namespace marginalia
