// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/codebook/Codebook.h"
#include "core/export/CsvExporter.h"
#include "core/store/ProjectStore.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

ImportedDocument document(const QString &text)
{
    ImportedDocument doc;
    doc.text = text;
    doc.sourcePath = u"/tmp/doc.txt"_s;
    doc.format = u"txt"_s;
    doc.contentHash = text;
    return doc;
}

qint64 idOf(ProjectStore &store, const QString &path)
{
    const QList<Tag> tags = store.tags().value();
    QHash<qint64, Tag> byId;
    for (const Tag &t : tags)
        byId.insert(t.id, t);
    for (const Tag &t : tags)
        if (tagPath(byId, t.id) == path)
            return t.id;
    return 0;
}

Tag child(const QString &name, qint64 parent)
{
    Tag t;
    t.name = name;
    t.parentId = parent;
    return t;
}

} // namespace

class TestCodebook final : public QObject {
    Q_OBJECT
private slots:
    void paths_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("path");
        QTest::newRow("one") << QStringList{u"Actors"_s} << u"Actors"_s;
        QTest::newRow("two") << QStringList{u"Actors"_s, u"State"_s} << u"Actors/State"_s;
        QTest::newRow("slash") << QStringList{u"Either/or"_s, u"x"_s} << u"Either\\/or/x"_s;
        QTest::newRow("backslash") << QStringList{u"a\\b"_s} << u"a\\\\b"_s;
    }
    void paths()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, path);
        QCOMPARE(joinTagPath(names), path);
        QCOMPARE(splitTagPath(path), names);
    }

    void csvRoundTripIsExact()
    {
        QTemporaryDir dir;
        auto first = ProjectStore::open(dir.filePath(u"a.marginalia"_s));
        QVERIFY(first);
        ProjectStore &a = **first;
        const qint64 person = idOf(a, u"Person"_s);
        QVERIFY(person > 0);
        Tag politician = child(u"Politician"_s, person);
        politician.description = u"Elected, \"or\" appointed;\nline two"_s;
        politician.color = QColor(u"#123456"_s);
        const qint64 politicianId = a.addTag(politician).value().id;
        QVERIFY(a.addTag(child(u"Mayor"_s, politicianId)));
        Tag tricky = child(u"=Formula/slash"_s, 0);
        tricky.description = u"'quoted' and -minus"_s;
        tricky.key = 9;
        QVERIFY(a.addTag(tricky));
        Tag apostrophe = child(u"'Apostrophe"_s, 0);
        apostrophe.description = u"+plus"_s;
        QVERIFY(a.addTag(apostrophe));
        QVERIFY(a.addTag(child(u"Émigré ✓"_s, person)));

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QCOMPARE(exportCodebookCsv(a, out).value(), int(a.tags()->size()));
        const QByteArray exported = out.data();
        QVERIFY(exported.contains("\"Person/Politician/Mayor\""));
        QVERIFY(exported.contains("\"'=Formula\\/slash\""));

        auto parsed = parseCodebook(exported);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->size(), a.tags()->size());
        QCOMPARE(parsed->at(1).path, (QStringList{u"Person"_s, u"Politician"_s}));
        QCOMPARE(parsed->at(1).description, politician.description);

        auto second = ProjectStore::open(dir.filePath(u"b.marginalia"_s));
        QVERIFY(second);
        ProjectStore &b = **second;
        QCOMPARE(importCodebook(b, *parsed).value(), int(a.tags()->size() - defaultTags().size()));
        QBuffer again;
        again.open(QIODevice::WriteOnly);
        QVERIFY(exportCodebookCsv(b, again));
        QCOMPARE(again.data(), exported);
        // Importing the same file twice creates nothing.
        QCOMPARE(importCodebook(b, *parsed).value(), 0);

        // A changed description and colour update the existing tag.
        auto changed = *parsed;
        changed[1].description = u"changed"_s;
        changed[1].color = QColor(u"#abcdef"_s);
        QCOMPARE(importCodebook(b, changed).value(), 0);
        const qint64 politicianInB = idOf(b, u"Person/Politician"_s);
        bool seen = false;
        const QList<Tag> tagsOfB = b.tags().value();
        for (const Tag &t : tagsOfB) {
            if (t.id == politicianInB) {
                QCOMPARE(t.description, u"changed"_s);
                QCOMPARE(t.color, QColor(u"#abcdef"_s));
                seen = true;
            }
        }
        QVERIFY(seen);
    }

    void outlineImport_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("slashes") << u"Actors/State\nActors/Civil society\n\nThemes/Water\n"_s
                                 << QStringList{u"Actors"_s, u"Actors/State"_s, u"Actors/Civil society"_s, u"Themes"_s,
                                                u"Themes/Water"_s};
        QTest::newRow("indented")
            << u"Actors\n  State\n    Police\n  Civil society\nThemes\n\tWater\r\n"_s
            << QStringList{u"Actors"_s, u"Actors/State"_s, u"Actors/State/Police"_s, u"Actors/Civil society"_s,
                           u"Themes"_s, u"Themes/Water"_s};
        QTest::newRow("one-column csv") << u"path\r\nActors/State\r\n\"Themes\"\r\n"_s
                                        << QStringList{u"Actors"_s, u"Actors/State"_s, u"Themes"_s};
        QTest::newRow("taguette csv") << u"tag,description,number of highlights\nwater,Rivers and lakes,3\n"_s
                                      << QStringList{u"water"_s};
        QTest::newRow("bullets and comments")
            << u"# my codes\n- Actors\n  - State/Police\n* Themes\n"_s
            << QStringList{u"Actors"_s, u"Actors/State"_s, u"Actors/State/Police"_s, u"Themes"_s};
    }
    void outlineImport()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, paths);
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
        QVERIFY(store);
        auto entries = parseCodebook(text.toUtf8());
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().message));
        QCOMPARE(importCodebook(**store, *entries).value(), int(paths.size()));
        for (const QString &path : std::as_const(paths))
            QVERIFY2(idOf(**store, path) > 0, qPrintable(path));
    }

    void badCodebooks_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("bad colour") << QByteArray("path,color\r\nA,notacolour\r\n");
        QTest::newRow("bad shortcut") << QByteArray("path,shortcut\r\nA,12\r\n");
        QTest::newRow("open quote") << QByteArray("path,description\r\nA,\"never closed\r\n");
        QTest::newRow("not utf-8") << QByteArray("Caf\xe9\n");
    }
    void badCodebooks()
    {
        QFETCH(QByteArray, data);
        QVERIFY(!parseCodebook(data));
    }

    void moveRefusesCycles()
    {
        QTemporaryDir dir;
        auto opened = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
        QVERIFY(opened);
        ProjectStore &store = **opened;
        const qint64 a = store.addTag(child(u"A"_s, 0)).value().id;
        const qint64 b = store.addTag(child(u"B"_s, a)).value().id;
        const qint64 c = store.addTag(child(u"C"_s, b)).value().id;
        QCOMPARE(store.moveTag(a, c).error().kind, Error::Kind::BadInput);
        QCOMPARE(store.moveTag(a, a).error().kind, Error::Kind::BadInput);
        QVERIFY(store.moveTag(c, 0));
        QCOMPARE(idOf(store, u"C"_s), c);
        QVERIFY(store.moveTag(a, c));
        QCOMPARE(idOf(store, u"C/A/B"_s), b);
        // A sibling of the same name is refused, not silently merged.
        const qint64 otherB = store.addTag(child(u"B"_s, 0)).value().id;
        QCOMPARE(store.moveTag(otherB, a).error().kind, Error::Kind::BadInput);
        QCOMPARE(store.moveTag(12345, 0).error().kind, Error::Kind::NotFound);
        // updateTag guards the tree as well.
        Tag looped = store.tags()->last();
        looped.parentId = looped.id;
        QCOMPARE(store.updateTag(looped).error().kind, Error::Kind::BadInput);
        Tag cHere;
        for (const Tag &t : store.tags().value_or(QList<Tag>()))
            if (t.id == c)
                cHere = t;
        cHere.parentId = b; // C is above A, which is above B
        QCOMPARE(store.updateTag(cHere).error().kind, Error::Kind::BadInput);
    }

    void mergeMovesAnnotationsAndChildren()
    {
        QTemporaryDir dir;
        auto opened = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
        QVERIFY(opened);
        ProjectStore &store = **opened;
        const qint64 doc1 = store.addDocument(document(u"One two three four five six"_s)).value();
        const qint64 doc2 = store.addDocument(document(u"Seven eight nine ten"_s)).value();
        const qint64 source = store.addTag(child(u"Source"_s, 0)).value().id;
        const qint64 target = store.addTag(child(u"Target"_s, 0)).value().id;
        const qint64 sourceKid = store.addTag(child(u"Shared"_s, source)).value().id;
        const qint64 sourceOnly = store.addTag(child(u"Only"_s, source)).value().id;
        const qint64 targetKid = store.addTag(child(u"Shared"_s, target)).value().id;
        auto annotate = [&](qint64 doc, int start, int end, qint64 tag) {
            Annotation a;
            a.documentId = doc;
            a.start = start;
            a.end = end;
            a.tagId = tag;
            return store.addAnnotation(a).value().id;
        };
        const qint64 a1 = annotate(doc1, 0, 3, source);
        const qint64 a2 = annotate(doc2, 0, 5, source);
        const qint64 a3 = annotate(doc1, 4, 7, sourceKid);
        const qint64 a4 = annotate(doc1, 8, 13, target);
        annotate(doc2, 6, 11, sourceOnly);

        const auto counts = [&](qint64 tag) {
            const QList<TagCount> all = store.tagCounts().value();
            for (const TagCount &c : all)
                if (c.tagId == tag)
                    return c;
            return TagCount{};
        };
        QCOMPARE(counts(source).annotations, 2);
        QCOMPARE(counts(source).documents, 2);
        QCOMPARE(counts(source).annotationsWithChildren, 4);
        QCOMPARE(counts(source).documentsWithChildren, 2);
        QCOMPARE(counts(target).annotations, 1);

        QCOMPARE(store.mergeTags(target, targetKid).error().kind, Error::Kind::BadInput);
        QCOMPARE(store.mergeTags(source, source).error().kind, Error::Kind::BadInput);
        QVERIFY(store.mergeTags(source, target));
        QCOMPARE(idOf(store, u"Source"_s), 0);
        QCOMPARE(store.annotation(a1)->tagId, target);
        QCOMPARE(store.annotation(a2)->tagId, target);
        QCOMPARE(store.annotation(a4)->tagId, target);
        QCOMPARE(store.annotation(a3)->tagId, targetKid); // same-named children merged
        QCOMPARE(idOf(store, u"Target/Only"_s), sourceOnly);
        QCOMPARE(counts(target).annotations, 3);
        QCOMPARE(counts(target).annotationsWithChildren, 5);
        QCOMPARE(counts(targetKid).annotations, 1);
        QCOMPARE(store.annotations()->size(), 5);
    }

    void exportTagFilterIncludesChildren()
    {
        QTemporaryDir dir;
        auto opened = ProjectStore::open(dir.filePath(u"p.marginalia"_s));
        QVERIFY(opened);
        ProjectStore &store = **opened;
        const qint64 doc = store.addDocument(document(u"Alpha beta gamma delta"_s)).value();
        const qint64 parent = store.addTag(child(u"Parent"_s, 0)).value().id;
        const qint64 kid = store.addTag(child(u"Kid"_s, parent)).value().id;
        for (const auto &[start, tag] : QList<std::pair<int, qint64>>{{0, parent}, {6, kid}, {11, 0}}) {
            Annotation a;
            a.documentId = doc;
            a.start = start;
            a.end = start + 4;
            a.tagId = tag;
            QVERIFY(store.addAnnotation(a));
        }
        auto rows = [&](const QString &tag) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            return exportCsv(store, {std::nullopt, tag, false}, buffer).value();
        };
        QCOMPARE(rows(u"Parent"_s), 2);
        QCOMPARE(rows(u"Parent/Kid"_s), 1);
        QCOMPARE(rows(u"kid"_s), 1);
        QCOMPARE(rows(QString()), 3);
    }
};

QTEST_GUILESS_MAIN(TestCodebook)
#include "tst_codebook.moc"
