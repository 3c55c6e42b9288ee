// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/ProjectStore.h"

#include "TestHelpers.h"
#include "TestProjects.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {
ImportedDocument sampleDocument(const QString &text = u"Ada Lovelace wrote the first program.\n\nIt ran on paper."_s)
{
    ImportedDocument doc;
    doc.text = text;
    doc.blocks = {{0, 37}, {39, int(text.size())}};
    doc.meta.title = u"Notes"_s;
    doc.sourcePath = u"/tmp/notes.txt"_s;
    doc.format = u"txt"_s;
    doc.contentHash = u"abc123"_s;
    return doc;
}
} // namespace

class TestProjectStore final : public QObject {
    Q_OBJECT
private slots:
    void createsWithDefaultsAndPragmas()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(test::projectLocation(dir));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        auto tags = (*store)->tags();
        QVERIFY(tags);
        QCOMPARE(tags->size(), defaultTags().size());
        QCOMPARE(tags->first().key, 1);
        QCOMPARE((*store)->setting(u"nothing"_s).value(), QString());
        if (test::onPostgres())
            return; // the rest reads the SQLite file's pragmas

        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(dir.filePath(u"p.marginalia"_s));
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), ProjectStore::schemaVersion());
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"raw"_s);
    }

    void reopenFindsEverything()
    {
        QTemporaryDir dir;
        const QString path = test::projectLocation(dir);
        qint64 docId = 0, annotationId = 0;
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store);
            auto id = (*store)->addDocument(sampleDocument());
            QVERIFY(id);
            docId = *id;
            Annotation a;
            a.documentId = docId;
            a.start = 0;
            a.end = 12;
            a.tagId = (*store)->tags()->first().id;
            a.note = u"=1+1 is not a formula here"_s;
            auto saved = (*store)->addAnnotation(a);
            QVERIFY(saved);
            annotationId = saved->id;
            QCOMPARE(saved->quote, u"Ada Lovelace"_s);
            QCOMPARE(saved->suffix, u" wrote the first program.\n\nIt ra"_s);
            QVERIFY((*store)->setSetting(u"position/1"_s, u"42"_s));
        }
        auto store = ProjectStore::open(path);
        QVERIFY(store);
        auto doc = (*store)->document(docId);
        QVERIFY(doc);
        QCOMPARE(doc->title, u"Notes"_s);
        QCOMPARE(doc->blocks.size(), 2);
        QCOMPARE(doc->blocks.at(1).start, 39);
        QCOMPARE(doc->annotationCount, 1);
        auto a = (*store)->annotation(annotationId);
        QVERIFY(a);
        QCOMPARE(a->note, u"=1+1 is not a formula here"_s);
        QVERIFY(a->created.isValid());
        QCOMPARE(a->created.timeSpec(), Qt::UTC);
        QCOMPARE((*store)->setting(u"position/1"_s).value(), u"42"_s);
        QCOMPARE((*store)->findDocumentByHash(u"abc123"_s).value(), std::optional<qint64>(docId));
    }

    void rejectsBadRanges_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("negative") << -1 << 3;
        QTest::newRow("reversed") << 5 << 2;
        QTest::newRow("empty") << 4 << 4;
        QTest::newRow("past end") << 10 << 1000;
    }
    void rejectsBadRanges()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QTemporaryDir dir;
        auto store = ProjectStore::open(test::projectLocation(dir));
        QVERIFY(store);
        const qint64 docId = (*store)->addDocument(sampleDocument()).value();
        Annotation a;
        a.documentId = docId;
        a.start = start;
        a.end = end;
        auto saved = (*store)->addAnnotation(a);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, Error::Kind::BadInput);
        QVERIFY((*store)->annotations(docId)->isEmpty());
    }

    void failedWriteRollsBack()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(test::projectLocation(dir));
        QVERIFY(store);
        const qint64 docId = (*store)->addDocument(sampleDocument()).value();
        auto result = (*store)->transaction([&]() -> Result<void> {
            Annotation a;
            a.documentId = docId;
            a.start = 0;
            a.end = 3;
            if (auto ok = (*store)->addAnnotation(a); !ok)
                return std::unexpected(ok.error());
            Tag duplicate;
            duplicate.name = defaultTags().first().name; // violates the unique name
            if (auto ok = (*store)->addTag(duplicate); !ok)
                return std::unexpected(ok.error());
            return {};
        });
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Storage);
        QVERIFY((*store)->annotations(docId)->isEmpty());
        QCOMPARE((*store)->tags()->size(), defaultTags().size());
    }

    void unicodeOffsetsAreCodePoints()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(test::projectLocation(dir));
        QVERIFY(store);
        const QString text = u"\U0001F600\U0001F600 Zoë met Łukasz."_s;
        ImportedDocument doc = sampleDocument(text);
        doc.blocks = {{0, 19}};
        const qint64 docId = (*store)->addDocument(doc).value();
        Annotation a;
        a.documentId = docId;
        a.start = 3;
        a.end = 6;
        auto saved = (*store)->addAnnotation(a);
        QVERIFY(saved);
        QCOMPARE(saved->quote, u"Zoë"_s);
        QCOMPARE(saved->prefix, u"\U0001F600\U0001F600 "_s);
    }

    void restoreKeepsIdAndTagRemovalUntags()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(test::projectLocation(dir));
        QVERIFY(store);
        const qint64 docId = (*store)->addDocument(sampleDocument()).value();
        Tag tag;
        tag.name = u"Inventor"_s;
        const Tag saved = (*store)->addTag(tag).value();
        Annotation a;
        a.documentId = docId;
        a.start = 4;
        a.end = 12;
        a.tagId = saved.id;
        const Annotation added = (*store)->addAnnotation(a).value();
        QVERIFY((*store)->removeAnnotation(added.id));
        QVERIFY(!(*store)->annotation(added.id));
        QVERIFY((*store)->restoreAnnotation(added));
        QCOMPARE((*store)->annotation(added.id)->quote, u"Lovelace"_s);
        QVERIFY((*store)->removeTag(saved.id));
        QCOMPARE((*store)->annotation(added.id)->tagId, 0);
        QVERIFY(!(*store)->removeAnnotation(987654));
    }

    void twoConnectionsOnOneFile()
    {
        QTemporaryDir dir;
        const QString path = test::projectLocation(dir);
        auto first = ProjectStore::open(path);
        auto second = ProjectStore::open(path);
        QVERIFY(first && second);
        const qint64 docId = (*first)->addDocument(sampleDocument()).value();
        auto seen = (*second)->document(docId);
        QVERIFY(seen);
        Annotation a;
        a.documentId = docId;
        a.start = 0;
        a.end = 3;
        QVERIFY((*second)->addAnnotation(a));
        QCOMPARE((*first)->annotations(docId)->size(), 1);
    }

    void refusesNonProjects()
    {
        SKIP_ON_POSTGRES();
        QTemporaryDir dir;
        QFile junk(dir.filePath(u"junk.marginalia"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        auto store = ProjectStore::open(junk.fileName());
        QVERIFY(!store);
        QVERIFY(!ProjectStore::open(dir.path()));
        QFile after(junk.fileName());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), QByteArray(4096, 'x'));
    }

    // A database on a server that holds another application's tables is refused and left as it was; an
    // empty one is not a project to read.
    void refusesOtherDatabases()
    {
        if (!test::onPostgres())
            QSKIP("about PostgreSQL databases");
        QTemporaryDir dir;
        const QString url = test::projectLocation(dir);
        QVERIFY(!ProjectStore::open(url, ProjectAccess::ReadOnly));
        {
            auto store = ProjectStore::open(url);
            VERIFY_RESULT(store);
        }
        const QString other = test::projectLocation(dir);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
            const QString rest = other.mid(other.indexOf(u"@"_s) + 1);
            raw.setHostName(QUrl::fromPercentEncoding(rest.left(rest.indexOf(u'/')).toUtf8()));
            raw.setUserName(other.mid(13, other.indexOf(u'@') - 13));
            raw.setDatabaseName(rest.mid(rest.indexOf(u'/') + 1));
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery(raw).exec(u"CREATE TABLE invoices (id INTEGER)"_s);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        auto refused = ProjectStore::open(other);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"another application's tables"_s),
                 qPrintable(refused.error().message));
    }

    // The update statement is built from the one annotation column list: every field must round-trip,
    // and what an update does not own (document, created) must stay.
    void updateWritesEveryField_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *field : {"range", "tag", "note", "author", "kind and label", "confidence", "no confidence",
                                  "provenance", "claim", "source entity"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }
    void updateWritesEveryField()
    {
        QFETCH(QString, field);
        QTemporaryDir dir;
        auto store = ProjectStore::open(test::projectLocation(dir));
        QVERIFY(store);
        const qint64 docId = (*store)->addDocument(sampleDocument()).value();
        Annotation input;
        input.documentId = docId;
        input.start = 0;
        input.end = 3;
        input.confidence = 0.5;
        const Annotation added = (*store)->addAnnotation(input).value();
        Annotation changed = added;
        changed.created = added.created.addDays(-3); // not the update's to change
        if (field == u"range") {
            changed.start = 4;
            changed.end = 12;
        } else if (field == u"tag") {
            changed.tagId = (*store)->tags()->last().id;
        } else if (field == u"note") {
            changed.note = u"a note"_s;
        } else if (field == u"author") {
            changed.author = u"Zoë"_s;
        } else if (field == u"kind and label") {
            changed.kind = AnnotationKind::Entity;
            changed.label = u"PERSON"_s;
        } else if (field == u"confidence") {
            changed.confidence = 0.25;
        } else if (field == u"no confidence") {
            changed.confidence = std::nan("");
        } else if (field == u"provenance") {
            changed.source = u"analysis"_s;
            changed.rule = u"capitalised"_s;
        } else if (field == u"claim") {
            changed.status = u"disputed"_s;
            changed.evidence = u"records"_s;
            changed.evidenceUrl = u"https://example.org/"_s;
        } else if (field == u"source entity") {
            changed.sourceEntityId = (*store)->addEntity({0, u"Ada"_s, {}, {}}).value().id;
        }
        QVERIFY((*store)->updateAnnotation(changed));
        Annotation expected = changed;
        expected.created = added.created;
        fillContext(expected, sampleDocument().text); // the store fills quote and context from the text
        const Annotation read = (*store)->annotation(added.id).value();
        QVERIFY(read.modified >= added.modified);
        expected.modified = read.modified;
        QCOMPARE(read, expected);
    }

    // Every write that must touch a row fails as NotFound when the row is not there, and writes nothing.
    void writesToMissingRowsAreNotFound_data()
    {
        QTest::addColumn<QString>("write");
        for (const char *write :
             {"remove document", "set block kind", "update tag", "remove tag", "update annotation", "remove annotation",
              "claim review", "update entity", "remove entity", "remove mention", "document memo"})
            QTest::newRow(write) << QString::fromLatin1(write);
    }
    void writesToMissingRowsAreNotFound()
    {
        QFETCH(QString, write);
        QTemporaryDir dir;
        auto opened = ProjectStore::open(test::projectLocation(dir));
        QVERIFY(opened);
        ProjectStore &store = **opened;
        const qint64 docId = store.addDocument(sampleDocument()).value();
        const qint64 missing = 987654;
        Tag tag = store.tags()->first();
        tag.id = missing;
        Annotation annotation;
        annotation.id = missing;
        annotation.documentId = docId;
        annotation.end = 3;
        const QMap<QString, std::function<Result<void>()>> writes = {
            {u"remove document"_s, [&] { return store.removeDocument(missing); }},
            {u"set block kind"_s, [&] { return store.setBlockKind(docId, 99, BlockKind::Heading); }},
            {u"update tag"_s, [&] { return store.updateTag(tag); }},
            {u"remove tag"_s, [&] { return store.removeTag(missing); }},
            {u"update annotation"_s, [&] { return store.updateAnnotation(annotation); }},
            {u"remove annotation"_s, [&] { return store.removeAnnotation(missing); }},
            {u"claim review"_s, [&] { return store.setClaimReview(missing, u"supported"_s, {}, {}); }},
            {u"update entity"_s, [&] { return store.updateEntity({missing, u"Nobody"_s, {}, {}}); }},
            {u"remove entity"_s, [&] { return store.removeEntity(missing); }},
            {u"remove mention"_s, [&] { return store.removeMention(missing); }},
            {u"document memo"_s, [&] { return store.setDocumentMemo(missing, u"memo"_s); }},
        };
        QVERIFY(writes.contains(write));
        const auto tagsBefore = store.tags().value();
        const auto result = writes.value(write)();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::NotFound);
        QCOMPARE(store.tags().value(), tagsBefore);
        QCOMPARE(store.document(docId)->blocks.at(0).kind, sampleDocument().blocks.at(0).kind);
    }

    void rejectionsAddTwiceAndRemove_data()
    {
        QTest::addColumn<int>("adds");
        QTest::addColumn<bool>("removeAfter");
        QTest::addColumn<int>("expected");
        QTest::newRow("once") << 1 << false << 1;
        QTest::newRow("twice is harmless") << 2 << false << 1;
        QTest::newRow("removed") << 2 << true << 0;
    }
    void rejectionsAddTwiceAndRemove()
    {
        QFETCH(int, adds);
        QFETCH(bool, removeAfter);
        QFETCH(int, expected);
        QTemporaryDir dir;
        auto store = ProjectStore::open(test::projectLocation(dir));
        QVERIFY(store);
        const qint64 docId = (*store)->addDocument(sampleDocument()).value();
        const Rejection rejection{docId, 0, 3, u"PERSON"_s};
        QVERIFY((*store)->addRejection({docId, 4, 12, u"PERSON"_s}));
        for (int add = 0; add < adds; ++add)
            QVERIFY((*store)->addRejection(rejection));
        if (removeAfter)
            QVERIFY((*store)->removeRejection(rejection));
        const auto list = (*store)->rejections(docId).value();
        QCOMPARE(list.size(), expected + 1);
        QCOMPARE(list.last().start, 4); // by start
        if (expected)
            QCOMPARE(list.first().label, u"PERSON"_s);
    }

    // A rolled back write leaves no trace, not even in what the store keeps of the last document's text:
    // a new document that gets the rolled back one's id is checked against its own text.
    void rollbackForgetsDocumentText_data()
    {
        QTest::addColumn<bool>("failInside");
        QTest::newRow("rolled back") << true;
        QTest::newRow("committed") << false;
    }
    void rollbackForgetsDocumentText()
    {
        QFETCH(bool, failInside);
        QTemporaryDir dir;
        auto store = ProjectStore::open(test::projectLocation(dir));
        QVERIFY(store);
        qint64 firstId = 0;
        auto result = (*store)->transaction([&]() -> Result<void> {
            firstId = (*store)->addDocument(sampleDocument(u"Short."_s)).value();
            Annotation a;
            a.documentId = firstId;
            a.start = 0;
            a.end = 5;
            if (auto ok = (*store)->addAnnotation(a); !ok)
                return std::unexpected(ok.error());
            if (failInside)
                return failure(Error::Kind::BadInput, u"undo all"_s);
            return {};
        });
        QCOMPARE(bool(result), !failInside);
        const qint64 secondId = (*store)->addDocument(sampleDocument()).value();
        QCOMPARE(secondId == firstId, failInside);
        Annotation a;
        a.documentId = secondId;
        a.start = 13;
        a.end = 18;
        auto saved = (*store)->addAnnotation(a);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(saved->quote, u"wrote"_s);
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
