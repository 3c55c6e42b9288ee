// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// copy-project through the real CLI: a project copied to another location (with MARGINALIA_TEST_PG_URL, a
// PostgreSQL database; else another file) and back exports the same CSV, keeps ids, memos, settings and
// the tag tree; a refused copy leaves the destination as it was.
#include "CliRunner.h"
#include "TestHelpers.h"
#include "TestProjects.h"

#include "core/store/ProjectStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

// VERIFY_RESULT for a call: evaluated once.
#define VERIFY_CALL(call)                                                                                              \
    do {                                                                                                               \
        const auto verifiedResult = (call);                                                                            \
        VERIFY_RESULT(verifiedResult);                                                                                 \
    } while (false)

namespace {

ImportedDocument document(const QString &title, const QString &text)
{
    ImportedDocument doc;
    doc.text = text;
    doc.blocks = {{0, int(text.size())}};
    doc.meta.title = title;
    doc.sourcePath = u"/tmp/"_s + title + u".txt"_s;
    doc.format = u"txt"_s;
    doc.contentHash = title;
    return doc;
}

// A project with what a copy must carry: two documents (the first removed, so ids have a gap), a tag moved
// under a newer one, tagged annotations with notes and a confidence, an entity with aliases and a mention,
// a rejected suggestion, memos and a setting.
void fill(ProjectStore &store)
{
    const qint64 gone = store.addDocument(document(u"gone"_s, u"Removed before the copy."_s)).value();
    const qint64 doc = store
                           .addDocument(document(u"café"_s, u"Ada Lovelace wrote the first program; "
                                                            u"\U0001F600 Babbage built the engine. Crème brûlée."_s))
                           .value();
    QVERIFY(store.addDocument(document(u"other"_s, u"A second text, untouched."_s)));
    VERIFY_CALL(store.removeDocument(gone));
    Tag child;
    child.name = u"Early"_s;
    child.color = QColor(u"#336699"_s);
    child = store.addTag(child).value();
    Tag parent;
    parent.name = u"Computing \"history\""_s;
    parent.color = QColor(u"#aa0000"_s);
    parent.description = u"A, b; \"c\"\nd"_s;
    parent = store.addTag(parent).value();
    VERIFY_CALL(store.moveTag(child.id, parent.id)); // the child's parent has the higher id
    Annotation note;
    note.documentId = doc;
    note.start = 0;
    note.end = 12;
    note.tagId = child.id;
    note.note = u"first, \"programmer\"\nsecond line"_s;
    note.confidence = 0.8125;
    VERIFY_CALL(store.addAnnotation(note));
    Annotation plain;
    plain.documentId = doc;
    plain.start = 38;
    plain.end = 46;
    plain.tagId = parent.id;
    VERIFY_CALL(store.addAnnotation(plain));
    Entity ada;
    ada.name = u"Ada Lovelace"_s;
    ada.type = u"PERSON"_s;
    ada.aliases = {u"Lovelace"_s, u"Ada"_s, u"Countess"_s};
    ada = store.addEntity(ada).value();
    Mention mention;
    mention.documentId = doc;
    mention.start = 0;
    mention.end = 12;
    mention.entityId = ada.id;
    VERIFY_CALL(store.addMention(mention));
    VERIFY_CALL(store.addRejection({doc, 13, 18, u"CLAIM"_s}));
    VERIFY_CALL(store.setDocumentMemo(doc, u"Check the date."_s));
    VERIFY_CALL(store.setProjectMemo(u"Project memo"_s));
    VERIFY_CALL(store.setSetting(u"reading/position"_s, u"42"_s));
}

// A new project file at `path` holding fill()'s rows, closed again so that the copy reads it from disk.
void createFilledProject(const QString &path)
{
    auto store = ProjectStore::open(path);
    VERIFY_RESULT(store);
    fill(**store);
}

QByteArray csvOf(const QString &project, const QTemporaryDir &dir, const QString &name)
{
    const QString out = dir.filePath(name);
    const CliRun run = runCli({u"export"_s, u"--project"_s, project, u"--format"_s, u"csv"_s, u"--output"_s, out});
    if (run.exitCode != 0)
        qWarning() << run.err;
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProjectCopy final : public QObject {
    Q_OBJECT
private slots:
    void copiesThereAndBack()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(u"original.marginalia"_s);
        createFilledProject(original);
        if (QTest::currentTestFailed())
            return;
        const QString middle = test::projectLocation(dir, u"middle.marginalia"_s);
        const QString back = dir.filePath(u"back.marginalia"_s);
        const CliRun there = runCli({u"copy-project"_s, u"--from"_s, original, u"--to"_s, middle});
        QVERIFY2(there.exitCode == 0, there.err.constData());
        QVERIFY(there.out.contains("entity_aliases\t3\n"));
        const CliRun again = runCli({u"copy-project"_s, u"--from"_s, middle, u"--to"_s, back});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.out, there.out);

        const QByteArray csv = csvOf(original, dir, u"original.csv"_s);
        QVERIFY(csv.contains("programmer"));
        QCOMPARE(csvOf(middle, dir, u"middle.csv"_s), csv);
        QCOMPARE(csvOf(back, dir, u"back.csv"_s), csv);

        auto source = ProjectStore::open(original, ProjectAccess::ReadOnly);
        auto copy = ProjectStore::open(back, ProjectAccess::ReadOnly);
        VERIFY_RESULT(source);
        VERIFY_RESULT(copy);
        QCOMPARE((*copy)->tags().value(), (*source)->tags().value());
        QCOMPARE((*copy)->annotations().value(), (*source)->annotations().value());
        QCOMPARE((*copy)->entities().value(), (*source)->entities().value());
        QCOMPARE((*copy)->mentions().value(), (*source)->mentions().value());
        QCOMPARE((*copy)->projectUuid().value(), (*source)->projectUuid().value());
        QCOMPARE((*copy)->projectMemo().value(), u"Project memo"_s);
        QCOMPARE((*copy)->setting(u"reading/position"_s).value(), u"42"_s);
        const qint64 doc = (*source)->documents().value().first().id;
        QCOMPARE((*copy)->documentMemo(doc).value(), u"Check the date."_s);
        QCOMPARE((*copy)->document(doc).value().text, (*source)->document(doc).value().text);
        // Search finds the same places, through the destination's own index (accents folded).
        auto between = ProjectStore::open(middle, ProjectAccess::ReadOnly);
        VERIFY_RESULT(between);
        for (const QString &query : {u"creme brul*"_s, u"lovelace"_s, u"programmer"_s}) {
            const auto hits = (*source)->search(query).value();
            QVERIFY(!hits.isEmpty());
            QCOMPARE((*between)->search(query).value().size(), hits.size());
            QCOMPARE((*copy)->search(query).value().size(), hits.size());
        }
    }

    void newRowsGetFreshIdsAfterACopy()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(u"original.marginalia"_s);
        createFilledProject(original);
        if (QTest::currentTestFailed())
            return;
        const QString copy = test::projectLocation(dir, u"copy.marginalia"_s);
        QCOMPARE(runCli({u"copy-project"_s, u"--from"_s, original, u"--to"_s, copy}).exitCode, 0);
        auto store = ProjectStore::open(copy);
        VERIFY_RESULT(store);
        const auto before = (*store)->documents().value();
        auto added = (*store)->addDocument(document(u"new"_s, u"Added after the copy."_s));
        VERIFY_RESULT(added);
        QCOMPARE(*added, before.last().id + 1);
        Tag tag;
        tag.name = u"Fresh"_s;
        tag.color = QColor(u"#000000"_s);
        VERIFY_CALL((*store)->addTag(tag));
    }

    void refusedCopyChangesNothing()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(u"original.marginalia"_s);
        const QString busy = test::projectLocation(dir, u"busy.marginalia"_s);
        {
            auto first = ProjectStore::open(original);
            auto second = ProjectStore::open(busy);
            VERIFY_RESULT(first);
            VERIFY_RESULT(second);
            VERIFY_CALL((*first)->addDocument(document(u"original"_s, u"The original text."_s)));
            VERIFY_CALL((*second)->addDocument(document(u"busy"_s, u"A text that was there first."_s)));
        }
        const QByteArray before = csvOf(busy, dir, u"before.csv"_s);
        const CliRun refused = runCli({u"copy-project"_s, u"--from"_s, original, u"--to"_s, busy});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("holds documents already"), refused.err.constData());
        QCOMPARE(csvOf(busy, dir, u"after.csv"_s), before);
        auto store = ProjectStore::open(busy, ProjectAccess::ReadOnly);
        VERIFY_RESULT(store);
        QCOMPARE((*store)->documents().value().size(), 1);
        QCOMPARE((*store)->tags().value().size(), defaultTags().size());

        QCOMPARE(runCli({u"copy-project"_s, u"--from"_s, original, u"--to"_s, original}).exitCode, 2);
        QCOMPARE(runCli({u"copy-project"_s, u"--from"_s, dir.filePath(u"none"_s), u"--to"_s,
                         dir.filePath(u"x.marginalia"_s)})
                     .exitCode,
                 1);
        QVERIFY(!QFile::exists(dir.filePath(u"x.marginalia"_s)));
        QCOMPARE(runCli({u"copy-project"_s, u"--from"_s, original}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestProjectCopy)
#include "tst_projectcopy.moc"
