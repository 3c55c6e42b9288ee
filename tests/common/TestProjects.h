// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Where a test keeps its project. Normally a file in a temporary folder; when MARGINALIA_TEST_PG_URL names a
// PostgreSQL server's database (the ctest fixture "postgres" sets it for the tests run a second time as
// NAME_pg), a new empty database on that server, so the same test runs against the PostgreSQL backend.

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace marginalia::test {

inline QString postgresServerUrl()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("MARGINALIA_TEST_PG_URL"));
}

inline bool onPostgres()
{
    return !postgresServerUrl().isEmpty();
}

// A new database on the test server, by its URL (the server's URL with another database name).
inline QString newPostgresDatabase()
{
    const QString server = postgresServerUrl();
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    {
        // The server's URL is postgresql://user@%2Fsocket%2Ffolder/marginalia (tests/pg/pgserver.sh).
        const QString rest = server.mid(server.indexOf(u"://") + 3);
        const QString authority = rest.left(rest.indexOf(u'/'));
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        admin.setUserName(authority.left(authority.indexOf(u'@')));
        admin.setHostName(QUrl::fromPercentEncoding(authority.mid(authority.indexOf(u'@') + 1).toUtf8()));
        admin.setDatabaseName(QStringLiteral("marginalia"));
        if (!admin.open())
            qFatal("Cannot reach the test server %s: %s", qPrintable(server), qPrintable(admin.lastError().text()));
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("Cannot create a test database: %s", qPrintable(create.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    return server.left(server.lastIndexOf(u'/') + 1) + name;
}

// The project `name` in `dir`, or a new database on the test server.
inline QString projectLocation(const QTemporaryDir &dir, const QString &name = QStringLiteral("p.marginalia"))
{
    return onPostgres() ? newPostgresDatabase() : dir.filePath(name);
}

} // namespace marginalia::test

// For a test about files (permissions, damage, the SQLite header): skipped in the PostgreSQL run.
#define SKIP_ON_POSTGRES()                                                                                             \
    do {                                                                                                               \
        if (marginalia::test::onPostgres())                                                                            \
            QSKIP("about project files: SQLite only");                                                                 \
    } while (false)
