# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later

marginalia_add_sources(marginalia_core ProjectStore Database SqliteDatabase PostgresDatabase PostgresDialect PostgresMigrations ProjectCopy OpenProjectFiles Migrations SqlValues DocumentTable AnnotationTable TagTable EntityTable SettingTable RejectionTable LearnedModelTable SearchIndex UserPaths RecentProjects)
# The SQLite backend reads large listings straight from the library the Qt driver uses (forEachRow).
find_package(SQLite3 REQUIRED)
target_link_libraries(marginalia_core PRIVATE SQLite::SQLite3)
