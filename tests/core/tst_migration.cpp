// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/export/CsvExporter.h"
#include "core/store/ProjectStore.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

// Schema version 1 as released: a fixture, deliberately a copy and not the store's own list, so that an
// edit to migration 1 in the store shows up here as a failure.
const QStringList kVersion1 = {u"CREATE TABLE documents ("
                               u" id INTEGER PRIMARY KEY,"
                               u" title TEXT NOT NULL,"
                               u" source_path TEXT NOT NULL,"
                               u" format TEXT NOT NULL,"
                               u" text TEXT NOT NULL,"
                               u" content_hash TEXT NOT NULL,"
                               u" imported_at TEXT NOT NULL,"
                               u" author TEXT NOT NULL DEFAULT '',"
                               u" published TEXT NOT NULL DEFAULT '',"
                               u" site TEXT NOT NULL DEFAULT '',"
                               u" url TEXT NOT NULL DEFAULT '',"
                               u" language TEXT NOT NULL DEFAULT '')"_s,
                               u"CREATE INDEX documents_hash ON documents(content_hash)"_s,
                               u"CREATE TABLE blocks ("
                               u" document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                               u" idx INTEGER NOT NULL,"
                               u" start INTEGER NOT NULL,"
                               u" end INTEGER NOT NULL,"
                               u" kind TEXT NOT NULL,"
                               u" level INTEGER NOT NULL DEFAULT 0,"
                               u" duplicate_of INTEGER NOT NULL DEFAULT -1,"
                               u" page INTEGER NOT NULL DEFAULT -1,"
                               u" language TEXT NOT NULL DEFAULT '',"
                               u" user_kind INTEGER NOT NULL DEFAULT 0,"
                               u" PRIMARY KEY (document_id, idx))"_s,
                               u"CREATE TABLE tags ("
                               u" id INTEGER PRIMARY KEY,"
                               u" name TEXT NOT NULL CHECK (length(name) > 0),"
                               u" color TEXT NOT NULL,"
                               u" key INTEGER NOT NULL DEFAULT 0,"
                               u" parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,"
                               u" description TEXT NOT NULL DEFAULT '')"_s,
                               u"CREATE UNIQUE INDEX tags_unique_name ON tags(coalesce(parent_id, 0), name)"_s,
                               u"CREATE TABLE annotations ("
                               u" id INTEGER PRIMARY KEY,"
                               u" document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                               u" start INTEGER NOT NULL,"
                               u" end INTEGER NOT NULL CHECK (end >= start),"
                               u" quote TEXT NOT NULL,"
                               u" prefix TEXT NOT NULL,"
                               u" suffix TEXT NOT NULL,"
                               u" tag_id INTEGER REFERENCES tags(id) ON DELETE SET NULL,"
                               u" note TEXT NOT NULL DEFAULT '',"
                               u" author TEXT NOT NULL DEFAULT '',"
                               u" created TEXT NOT NULL,"
                               u" modified TEXT NOT NULL,"
                               u" kind TEXT NOT NULL DEFAULT 'highlight',"
                               u" label TEXT NOT NULL DEFAULT '',"
                               u" confidence REAL,"
                               u" source TEXT NOT NULL DEFAULT '',"
                               u" rule TEXT NOT NULL DEFAULT '',"
                               u" status TEXT NOT NULL DEFAULT '')"_s,
                               u"CREATE INDEX annotations_document ON annotations(document_id, start)"_s,
                               u"CREATE INDEX annotations_tag ON annotations(tag_id)"_s,
                               u"CREATE TABLE rejections ("
                               u" document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                               u" start INTEGER NOT NULL,"
                               u" end INTEGER NOT NULL,"
                               u" label TEXT NOT NULL,"
                               u" PRIMARY KEY (document_id, start, end, label))"_s,
                               u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s};

// Runs statements on a raw connection (no ProjectStore).
bool runRaw(const QString &path, const QStringList &statements, QString *error)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                *error = sql + u": "_s + q.lastError().text();
                ok = false;
            }
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    return ok;
}

} // namespace

class TestMigration final : public QObject {
    Q_OBJECT
private slots:
    void upgradesVersion1KeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.marginalia"_s);
        QString error;
        QStringList statements = kVersion1;
        statements
            << u"INSERT INTO documents (id, title, source_path, format, text, content_hash, imported_at)"
               u" VALUES (7, 'Old notes', '/tmp/old.txt', 'txt', 'Zoë visited the café in Kraków.', 'h1',"
               u" '2025-01-02T03:04:05.000Z')"_s
            << u"INSERT INTO blocks (document_id, idx, start, end, kind) VALUES (7, 0, 0, 31, 'paragraph')"_s
            << u"INSERT INTO tags (id, name, color, key) VALUES (1, 'Place', '#95d5b2', 3)"_s
            << u"INSERT INTO tags (id, name, color, key, parent_id) VALUES (2, 'City', '#95d5b2', 0, 1)"_s
            << u"INSERT INTO annotations (id, document_id, start, end, quote, prefix, suffix, tag_id, note, created,"
               u" modified, kind, status) VALUES (11, 7, 24, 30, 'Kraków', 'Zoë visited the café in ', '.', 2,"
               u" 'old note', '2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z', 'claim', 'unreviewed')"_s
            << u"INSERT INTO rejections (document_id, start, end, label) VALUES (7, 0, 3, 'PERSON')"_s
            << u"INSERT INTO settings (key, value) VALUES ('position/7', '12')"_s << u"PRAGMA user_version = 1"_s;
        QVERIFY2(runRaw(path, statements, &error), qPrintable(error));

        auto opened = ProjectStore::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        ProjectStore &store = **opened;
        QCOMPARE(ProjectStore::schemaVersion(), 4);

        const DocumentRecord doc = store.document(7).value();
        QCOMPARE(doc.title, u"Old notes"_s);
        QCOMPARE(doc.blocks.size(), 1);
        const QList<Tag> tags = store.tags().value();
        QCOMPARE(tags.size(), 2); // an upgraded project gets no default tags
        QCOMPARE(tags.at(1).parentId, 1);
        const Annotation a = store.annotation(11).value();
        QCOMPARE(a.quote, u"Kraków"_s);
        QCOMPARE(a.note, u"old note"_s);
        QCOMPARE(a.status, u"unreviewed"_s);
        QCOMPARE(a.evidence, QString());
        QCOMPARE(a.sourceEntityId, 0);
        QCOMPARE(nameOf(a.anchor), u"placed"_s); // version 3: never moved by a re-import
        QVERIFY(std::isnan(a.anchorScore));
        QCOMPARE(store.rejections(7)->size(), 1);
        QCOMPARE(store.setting(u"position/7"_s).value(), u"12"_s);

        // The new parts work on the upgraded file.
        const auto hits = store.search(u"krakow"_s).value();
        QCOMPARE(hits.size(), 2); // the document text and the quote
        QCOMPARE(hits.at(0).kind, u"document"_s);
        QCOMPARE(hits.at(0).start, 24);
        QCOMPARE(hits.at(1).kind, u"quote"_s);
        QCOMPARE(hits.at(1).annotationId, 11);
        QCOMPARE(hits.at(1).end, 30);
        QCOMPARE(store.search(u"\"old note\""_s, 10, {u"note"_s})->size(), 1);
        const Entity city = store.addEntity({0, u"Kraków"_s, u"GPE"_s, {u"Cracow"_s}}).value();
        QVERIFY(store.addMention({0, 7, 24, 30, city.id, u"user"_s}));
        QVERIFY(store.setClaimReview(11, u"supported"_s, u"city records"_s, {}, city.id));
        QVERIFY(store.setDocumentMemo(7, u"memo"_s));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QCOMPARE(exportCsv(store, {}, out).value(), 1);
        QVERIFY(out.data().contains("\"city records\""));
        QCOMPARE(store.tagCounts()->first().annotationsWithChildren, 1);
    }

    void readingAnOlderProjectUpgradesItFirst()
    {
        // Reading commands open projects read-only; an older project lacks the memo and entity tables they
        // read, so it is upgraded once (as a write opening would) and then read.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.marginalia"_s);
        QString error;
        QVERIFY2(runRaw(path, kVersion1 + QStringList{u"PRAGMA user_version = 1"_s}, &error), qPrintable(error));
        auto store = ProjectStore::open(path, ProjectAccess::ReadOnly);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QVERIFY((*store)->entities().has_value());
        QVERIFY((*store)->projectMemo().has_value());
        QVERIFY(!(*store)->setProjectMemo(u"a read-only store refuses writes"_s));
    }

    void reopeningDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.marginalia"_s);
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store);
            QVERIFY((*store)->addEntity({0, u"X"_s, {}, {}}));
        }
        auto store = ProjectStore::open(path);
        QVERIFY(store);
        QCOMPARE((*store)->entities()->size(), 1);
    }

    void refusesNewerSchemas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.marginalia"_s);
        QString error;
        QVERIFY2(runRaw(path, kVersion1 + QStringList{u"PRAGMA user_version = 99"_s}, &error), qPrintable(error));
        auto store = ProjectStore::open(path);
        QVERIFY(!store);
        QVERIFY(store.error().message.contains(u"newer"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
