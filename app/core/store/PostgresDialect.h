// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace marginalia::PostgresDialect {

// The tables' statements as PostgreSQL reads them. The tables write one SQL for both engines; the few
// words SQLite spells its own way are rewritten here, outside quoted text, and nowhere else:
// - the column `end` (a reserved word in PostgreSQL) is quoted;
// - `x = ? COLLATE NOCASE` compares lower(x) with lower(?), `ORDER BY x COLLATE NOCASE` orders by
//   lower(x) byte by byte (SQLite's NOCASE folds ASCII letters and compares bytes);
// - `ORDER BY rowid` (insertion order) orders by the `position` column PostgresMigrations gives such tables;
// - `SELECT ? UNION` (a recursive query's seed id) casts the value to BIGINT, whose type PostgreSQL cannot
//   guess.
QString translate(const QString &sql);

} // namespace marginalia::PostgresDialect
