// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The PostgreSQL backend's pure parts, without a server: the rewriting of the tables' SQL and the
// reading of postgresql:// addresses.
#include "TestHelpers.h"

#include "core/store/PostgresDatabase.h"
#include "core/store/PostgresDialect.h"

#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

class TestPostgresDialect final : public QObject {
    Q_OBJECT
private slots:
    void translates_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgres");
        QTest::newRow("plain") << u"SELECT id FROM tags WHERE id = ?"_s << u"SELECT id FROM tags WHERE id = ?"_s;
        QTest::newRow("end column") << u"SELECT start, end FROM blocks ORDER BY start, end"_s
                                    << u"SELECT start, \"end\" FROM blocks ORDER BY start, \"end\""_s;
        QTest::newRow("qualified end") << u"WHERE m.end = mentions.end"_s << u"WHERE m.\"end\" = mentions.\"end\""_s;
        QTest::newRow("words with end") << u"SELECT ends, endnote, legend FROM x"_s
                                        << u"SELECT ends, endnote, legend FROM x"_s;
        QTest::newRow("quoted end stays")
            << u"CHECK (\"end\" >= start) DEFAULT 'end'"_s << u"CHECK (\"end\" >= start) DEFAULT 'end'"_s;
        QTest::newRow("keyword END stays") << u"CASE WHEN a THEN 1 END"_s << u"CASE WHEN a THEN 1 END"_s;
        QTest::newRow("nocase equality") << u"WHERE name = ? COLLATE NOCASE ORDER BY id"_s
                                         << u"WHERE lower(name) = lower(CAST(? AS TEXT)) ORDER BY id"_s;
        QTest::newRow("nocase order") << u"ORDER BY name COLLATE NOCASE, id"_s
                                      << u"ORDER BY lower(name COLLATE \"C\"), id"_s;
        QTest::newRow("rowid order") << u"FROM entity_aliases ORDER BY rowid"_s
                                     << u"FROM entity_aliases ORDER BY position"_s;
        QTest::newRow("recursive seed") << u"WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT 1)"_s
                                        << u"WITH RECURSIVE up(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT 1)"_s;
        QTest::newRow("function body") << u"AS $$ SELECT end $$ WHERE end"_s << u"AS $$ SELECT end $$ WHERE \"end\""_s;
    }
    void translates()
    {
        QFETCH(QString, sqlite);
        QFETCH(QString, postgres);
        QCOMPARE(PostgresDialect::translate(sqlite), postgres);
    }

    void readsAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslmode");
        QTest::addColumn<QString>("display");
        QTest::newRow("full") << u"postgresql://ann:s%40cret@db.example.org:5433/corpus?sslmode=require"_s << u"ann"_s
                              << u"s@cret"_s << u"db.example.org"_s << 5433 << u"corpus"_s << u"require"_s
                              << u"postgresql://ann@db.example.org:5433/corpus?sslmode=require"_s;
        QTest::newRow("socket folder") << u"postgresql://me@%2Ftmp%2Fpg/team"_s << u"me"_s << QString() << u"/tmp/pg"_s
                                       << -1 << u"team"_s << QString() << u"postgresql://me@%2Ftmp%2Fpg/team"_s;
        QTest::newRow("host option") << u"postgres:///team?host=/run/postgresql&user=bo"_s << u"bo"_s << QString()
                                     << u"/run/postgresql"_s << -1 << u"team"_s << QString()
                                     << u"postgresql://bo@%2Frun%2Fpostgresql/team"_s;
    }
    void readsAddresses()
    {
        QFETCH(QString, url);
        auto location = PostgresLocation::parse(url);
        VERIFY_RESULT(location);
        QTEST(location->user, "user");
        QTEST(location->password, "password");
        QTEST(location->host, "host");
        QTEST(location->port, "port");
        QTEST(location->database, "database");
        QTEST(location->options.value(u"sslmode"_s), "sslmode");
        QTEST(location->display(), "display");
    }

    void refusesBadAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("no database") << u"postgresql://me@localhost"_s;
        QTest::newRow("bad port") << u"postgresql://me@localhost:abc/db"_s;
        QTest::newRow("option injection") << u"postgresql://me@localhost/db?sslmode=disable;host=evil"_s;
        QTest::newRow("not postgres") << u"/tmp/project.marginalia"_s;
    }
    void refusesBadAddresses()
    {
        QFETCH(QString, url);
        QVERIFY(!PostgresLocation::parse(url));
    }
};

QTEST_GUILESS_MAIN(TestPostgresDialect)
#include "tst_postgresdialect.moc"
