// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening a project checks the file before anything may change it: foreign, newer, empty and damaged
// files are refused and left byte-identical; a read-only file or folder can be read without leaving
// journal files behind, and writing to it fails naming the cause.
#include "core/store/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs statements on a raw connection (no ProjectStore).
void runRaw(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
}

void makeProject(const QString &path)
{
    auto store = ProjectStore::open(path);
    QVERIFY(store);
    ImportedDocument document;
    document.sourcePath = u"t.txt"_s;
    document.format = u"txt"_s;
    document.text = u"Some text to read."_s;
    document.contentHash = u"h"_s;
    QVERIFY((*store)->addDocument(document));
}

// Turns page 4 (the root of `blocks` in a new project) into a page SQLite cannot read.
void damagePage(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray header = file.read(18);
    const int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    QVERIFY(file.seek(qint64(pageSize) * 3));
    file.write(QByteArray(1, char(13)) + QByteArray(20, char(0xff)));
}

bool leavesJournalFiles(const QString &path)
{
    return QFile::exists(path + u"-wal"_s) || QFile::exists(path + u"-shm"_s);
}

} // namespace

class TestProjectOpening final : public QObject {
    Q_OBJECT
private slots:
    void refusedFilesStayAsTheyWere_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("message");
        QTest::newRow("another application's database") << u"foreign"_s << u"another application's"_s;
        QTest::newRow("newer schema, rollback journal") << u"newer"_s << u"newer Marginalia"_s;
        QTest::newRow("one damaged page") << u"damaged"_s << u"is damaged"_s;
        QTest::newRow("not SQLite") << u"text"_s << u"not an SQLite database"_s;
        QTest::newRow("another application's id") << u"foreign-id"_s << u"another application's"_s;
    }

    void refusedFilesStayAsTheyWere()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.marginalia"_s);
        if (fixture == u"foreign") {
            runRaw(path, {u"CREATE TABLE t (x)"_s, u"INSERT INTO t VALUES (1)"_s});
        } else if (fixture == u"foreign-id") {
            runRaw(path,
                   {u"CREATE TABLE documents (x)"_s, u"PRAGMA application_id = 42"_s, u"PRAGMA user_version = 1"_s});
        } else if (fixture == u"newer") {
            makeProject(path);
            runRaw(path, {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA user_version = 99"_s});
        } else if (fixture == u"damaged") {
            makeProject(path);
            damagePage(path);
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("plain text, no database\n");
        }
        const QByteArray before = fileBytes(path);
        for (ProjectAccess access : {ProjectAccess::ReadOnly, ProjectAccess::ReadWrite}) {
            auto store = ProjectStore::open(path, access);
            QVERIFY(!store);
            QVERIFY2(store.error().message.contains(message), qPrintable(store.error().message));
            QCOMPARE(fileBytes(path), before);
            QVERIFY(!leavesJournalFiles(path));
        }
        if (fixture == u"newer")
            QCOMPARE(int(before.at(18)), 1); // still a rollback-journal file, not switched to WAL
    }

    void readingCreatesNothing_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::newRow("missing") << false;
        QTest::newRow("0 bytes") << true;
    }

    void readingCreatesNothing()
    {
        QFETCH(bool, exists);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.marginalia"_s);
        if (exists)
            QVERIFY(QFile(path).open(QIODevice::WriteOnly));
        auto store = ProjectStore::open(path, ProjectAccess::ReadOnly);
        QVERIFY(!store);
        QCOMPARE(store.error().kind, Error::Kind::NotFound);
        QCOMPARE(QFile::exists(path), exists);
        QCOMPARE(fileBytes(path), QByteArray());
        QVERIFY(!leavesJournalFiles(path));
    }

    void olderProjectsGetTheApplicationId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.marginalia"_s);
        makeProject(path);
        runRaw(path, {u"PRAGMA application_id = 0"_s});
        QVERIFY(ProjectStore::open(path, ProjectAccess::ReadOnly)); // accepted, not stamped
        QCOMPARE(fileBytes(path).mid(68, 4), QByteArray(4, 0));
        QVERIFY(ProjectStore::open(path));
        QCOMPARE(fileBytes(path).mid(68, 4), QByteArray("MRGN"));
    }

    // A read-only file or folder: its permission bits are what is checked, since root (who runs the
    // tests here) could write through them; a real read-only medium takes the same path (access(2) fails).
    void readOnlyPlaces_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }

    void readOnlyPlaces()
    {
        QFETCH(bool, folder);
        QTemporaryDir dir;
        const QString place = dir.filePath(u"ro"_s);
        QVERIFY(QDir().mkdir(place));
        const QString path = place + u"/p.marginalia"_s;
        makeProject(path);
        const QByteArray before = fileBytes(path);
        const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(path, readOnly));
        if (folder)
            QVERIFY(QFile::setPermissions(place, readOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
        {
            auto store = ProjectStore::open(path, ProjectAccess::ReadOnly);
            QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
            QCOMPARE((*store)->documents()->size(), 1);
            QCOMPARE((*store)->search(u"text"_s)->size(), 1);
            QVERIFY(!(*store)->setProjectMemo(u"no"_s));
        }
        auto writable = ProjectStore::open(path);
        QVERIFY(!writable);
        QVERIFY2(writable.error().message.contains(folder ? u"folder"_s : u"the file is read-only"_s),
                 qPrintable(writable.error().message));
        QVERIFY(!leavesJournalFiles(path));
        QCOMPARE(fileBytes(path), before);
        QFile::setPermissions(place, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestProjectOpening)
#include "tst_projectopening.moc"
