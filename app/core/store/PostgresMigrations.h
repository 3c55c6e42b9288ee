// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/Database.h" // MigrationStep

#include <span>

namespace marginalia::PostgresMigrations {

// PostgreSQL's schema steps, one for each of Migrations' versions and making the same tables, columns,
// keys and indexes in PostgreSQL's types: BIGINT identity ids (SQLite's INTEGER PRIMARY KEY), DOUBLE
// PRECISION for REAL, the column "end" quoted. Never edit a released step; append a new one with the
// SQLite step of the same version.
std::span<const MigrationStep> steps();

// The statement that sets every id sequence past the largest id in its table: rows inserted with their
// own ids (a copied project, an undone removal) do not advance an identity sequence as they do SQLite's.
QString followInsertedIds();

} // namespace marginalia::PostgresMigrations
