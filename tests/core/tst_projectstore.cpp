#include "core/store/ProjectStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

class TestProjectStore final : public QObject
{
    Q_OBJECT
private slots:
    void createsWithDefaultsAndPragmas()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        auto tags = (*store)->tags();
        QVERIFY(tags);
        QCOMPARE(tags->size(), defaultTags().size());
        QCOMPARE(tags->first().key, 1);
        QCOMPARE((*store)->setting(u"nothing"_s).value(), QString());

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
        const QString path = dir.filePath(u"p.marginalia"_s);
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
        auto store = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
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
        auto store = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
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
        auto store = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
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
        auto store = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
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
        const QString path = dir.filePath(u"p.marginalia"_s);
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
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
