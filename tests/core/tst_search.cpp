// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliRunner.h"
#include "TestHelpers.h"
#include "TestProjects.h"

#include "core/store/ProjectStore.h"
#include "core/text/Search.h"
#include "core/text/Text.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
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

QList<std::pair<int, int>> documentHits(const QList<SearchHit> &hits, qint64 documentId)
{
    QList<std::pair<int, int>> ranges;
    for (const SearchHit &h : hits)
        if (h.kind == u"document" && h.documentId == documentId)
            ranges.append({h.start, h.end});
    return ranges;
}

const QString kText = u"\U0001F600 Le café au lait, et un CAFÉ noir. The caffeine-free coffee shop;"
                      u" \U0001F469\u200D\U0001F52C naïve researchers drink café con leche."_s;

} // namespace

class TestSearch final : public QObject {
    Q_OBJECT
private slots:
    void sqliteHasFts5()
    {
        SKIP_ON_POSTGRES();
        // Qt's SQLite driver on Debian links the system libsqlite3, which has FTS5.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE VIRTUAL TABLE t USING fts5(x, tokenize=\"unicode61 remove_diacritics 2\")"_s));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"probe"_s);
    }

    void folding_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("case") << u"CaFe"_s << u"cafe"_s;
        QTest::newRow("acute") << u"Café"_s << u"cafe"_s;
        QTest::newRow("decomposed") << u"Cafe\u0301"_s << u"cafe"_s;
        QTest::newRow("diaeresis") << u"Naïve Zoë"_s << u"naive zoe"_s;
        QTest::newRow("greek") << u"Ἀθῆναι"_s << u"αθηναι"_s;
    }
    void folding()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(foldForSearch(input), folded);
    }

    void parsing_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("fts");
        QTest::newRow("words are a phrase") << u"Café noir"_s << u"\"cafe noir\""_s;
        QTest::newRow("quoted words apart") << u"\"Café\" \"noir\""_s << u"\"cafe\" \"noir\""_s;
        QTest::newRow("star ends a phrase") << u"loya jir* shura"_s << u"\"loya jir\"* \"shura\""_s;
        QTest::newRow("quote ends a phrase") << u"Loya \"Jirga\" council"_s << u"\"loya\" \"jirga\" \"council\""_s;
        QTest::newRow("prefix") << u"caf*"_s << u"\"caf\"*"_s;
        QTest::newRow("phrase") << u"\"café au lait\""_s << u"\"cafe au lait\""_s;
        QTest::newRow("phrase prefix") << u"\"café au l\"*"_s << u"\"cafe au l\"*"_s;
        QTest::newRow("operators are words") << u"NOT OR (x)"_s << u"\"not or x\""_s;
        QTest::newRow("hyphen") << u"caffeine-free"_s << u"\"caffeine free\""_s;
    }
    void parsing()
    {
        QFETCH(QString, query);
        QFETCH(QString, fts);
        auto parsed = parseSearchQuery(query);
        QVERIFY(parsed);
        QCOMPARE(ftsMatchExpression(*parsed), fts);
    }

    void badQueries()
    {
        QVERIFY(!parseSearchQuery(u"   "_s));
        QVERIFY(!parseSearchQuery(u"\"unclosed"_s));
        QVERIFY(!parseSearchQuery(u"*** ..."_s));
    }

    void hitOffsetsAreCodePoints_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // the text at each hit, in order
        QTest::newRow("diacritics folded") << u"cafe"_s << QStringList{u"café"_s, u"CAFÉ"_s, u"café"_s};
        QTest::newRow("accented query") << u"CAFÉ"_s << QStringList{u"café"_s, u"CAFÉ"_s, u"café"_s};
        QTest::newRow("prefix") << u"caf*"_s << QStringList{u"café"_s, u"CAFÉ"_s, u"caffeine"_s, u"café"_s};
        QTest::newRow("phrase") << u"\"cafe au lait\""_s << QStringList{u"café au lait"_s};
        QTest::newRow("phrase across punctuation")
            << u"\"caffeine free coffee\""_s << QStringList{u"caffeine-free coffee"_s};
        QTest::newRow("after emoji zwj") << u"naive"_s << QStringList{u"naïve"_s};
        QTest::newRow("two quoted words") << u"\"noir\" \"leche\""_s << QStringList{u"noir"_s, u"leche"_s};
        QTest::newRow("bare words") << u"cafe au lait"_s << QStringList{u"café au lait"_s};
        QTest::newRow("bare words not in order") << u"noir leche"_s << QStringList{};
        QTest::newRow("phrase prefix") << u"\"con lech\"*"_s << QStringList{u"con leche"_s};
    }
    void hitOffsetsAreCodePoints()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        auto store = ProjectStore::open(test::projectLocation(dir));
        QVERIFY(store);
        QVERIFY((*store)->hasSearchIndex());
        const qint64 id = (*store)->addDocument(document(kText)).value();
        (*store)->addDocument(document(u"Nothing to see here."_s)).value();
        auto hits = (*store)->search(query);
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message));
        const auto ranges = documentHits(*hits, id);
        QStringList found;
        for (const auto &[start, end] : ranges)
            found.append(codePointMid(kText, start, end));
        QCOMPARE(found, expected);
        QCOMPARE(hits->size(), ranges.size());
    }

    void onePlacePerRow_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // the text at each row, in order
        QTest::newRow("words") << u"Loya Jirga"_s
                               << QStringList{u"Loya Jirga"_s, u"loya\njirga"_s, u"Loya-Jirga"_s, u"LOYA  JIRGA"_s};
        QTest::newRow("quoted") << u"\"loya jirga\""_s
                                << QStringList{u"Loya Jirga"_s, u"loya\njirga"_s, u"Loya-Jirga"_s, u"LOYA  JIRGA"_s};
        QTest::newRow("prefix") << u"loya jir*"_s
                                << QStringList{u"Loya Jirga"_s, u"loya\njirga"_s, u"Loya-Jirga"_s, u"LOYA  JIRGA"_s};
        QTest::newRow("overlapping terms are one place")
            << u"\"loya jirga\" \"jirga\""_s
            << QStringList{u"Loya Jirga"_s, u"loya\njirga"_s, u"Loya-Jirga"_s, u"LOYA  JIRGA"_s, u"Jirga"_s};
        QTest::newRow("order matters") << u"jirga loya"_s << QStringList{u"Jirga! (LOYA"_s, u"Jirga; Loya"_s};
        QTest::newRow("one word") << u"loya"_s << QStringList{u"Loya"_s, u"loya"_s, u"Loya"_s, u"LOYA"_s, u"Loya"_s};
    }
    void onePlacePerRow()
    {
        // "Loya Jirga" used to list each word apart: twice as many rows as places.
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const QString text = u"The Loya Jirga met. A loya\njirga, again: Loya-Jirga! (LOYA  JIRGA) Jirga; Loya."_s;
        const auto parsed = parseSearchQuery(query);
        VERIFY_RESULT(parsed);
        QStringList found;
        for (const auto &[start, end] : findSearchHits(text, *parsed))
            found.append(codePointMid(text, start, end));
        QCOMPARE(found, expected);
    }

    void knownOffsets()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(test::projectLocation(dir));
        QVERIFY(store);
        // Two astral characters before the hit: UTF-16 index 6, code point 4.
        const qint64 id = (*store)->addDocument(document(u"\U0001F4F0\U0001F4F0 x Café!"_s)).value();
        auto hits = (*store)->search(u"cafe"_s);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().documentId, id);
        QCOMPARE(hits->first().start, 5);
        QCOMPARE(hits->first().end, 9);
        QVERIFY(hits->first().snippet.contains(u"Café"_s));
    }

    void andSemanticsAndNoMatch()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(test::projectLocation(dir));
        QVERIFY(store);
        const qint64 a = (*store)->addDocument(document(u"red apples and green pears"_s)).value();
        const qint64 b = (*store)->addDocument(document(u"red cars"_s)).value();
        QCOMPARE(documentHits((*store)->search(u"red"_s).value(), a).size(), 1);
        QCOMPARE(documentHits((*store)->search(u"red"_s).value(), b).size(), 1);
        QVERIFY(documentHits((*store)->search(u"\"red\" \"pears\""_s).value(), b).isEmpty());
        QCOMPARE(documentHits((*store)->search(u"\"red\" \"pears\""_s).value(), a).size(), 2);
        QVERIFY((*store)->search(u"red pears"_s).value().isEmpty()); // a phrase: not in this order
        QCOMPARE(documentHits((*store)->search(u"green pears"_s).value(), a).size(), 1);
        QVERIFY((*store)->search(u"bananas"_s).value().isEmpty());
        QVERIFY((*store)->search(u"\"pears and\""_s).value().isEmpty());
        QCOMPARE((*store)->search(u"red"_s, 1).value().size(), 1);
    }

    void quotesAndNotesStayInSync()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(test::projectLocation(dir));
        QVERIFY(store);
        const QString text = u"\U0001F600 Zoë met the mayor of Kraków on Tuesday."_s;
        const qint64 doc = (*store)->addDocument(document(text)).value();
        Annotation a;
        a.documentId = doc;
        a.start = 2;
        a.end = 21; // "Zoë met the mayor o"
        a.note = u"Check the municipal archive"_s;
        Annotation saved = (*store)->addAnnotation(a).value();

        auto quoteHits = (*store)->search(u"mayor"_s, 10, {u"quote"_s}).value();
        QCOMPARE(quoteHits.size(), 1);
        QCOMPARE(quoteHits.first().annotationId, saved.id);
        QCOMPARE(codePointMid(text, quoteHits.first().start, quoteHits.first().end), u"mayor"_s);
        QCOMPARE((*store)->search(u"archive"_s, 10, {u"note"_s}).value().size(), 1);
        QCOMPARE((*store)->search(u"archive"_s, 10, {u"document"_s}).value().size(), 0);

        saved.note = u"Ask the library"_s;
        QVERIFY((*store)->updateAnnotation(saved));
        QCOMPARE((*store)->search(u"archive"_s).value().size(), 0);
        QCOMPARE((*store)->search(u"library"_s).value().size(), 1);

        QVERIFY((*store)->removeAnnotation(saved.id));
        QCOMPARE((*store)->search(u"library"_s).value().size(), 0);
        QVERIFY((*store)->restoreAnnotation(saved));
        QCOMPARE((*store)->search(u"library"_s).value().size(), 1);

        // Removing the document cascades to its annotations; the index follows.
        QVERIFY((*store)->removeDocument(doc));
        QCOMPARE((*store)->search(u"library"_s).value().size(), 0);
        QCOMPARE((*store)->search(u"krakow"_s).value().size(), 0);
        const qint64 again = (*store)->addDocument(document(u"Kraków again"_s)).value();
        const auto hits = (*store)->search(u"krakow"_s).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().documentId, again);
    }

    void indexIsBuiltForExistingProjects()
    {
        SKIP_ON_POSTGRES();
        QTemporaryDir dir;
        const QString path = test::projectLocation(dir);
        qint64 doc = 0;
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store);
            doc = (*store)->addDocument(document(u"An old project about glaciers."_s)).value();
        }
        {
            // As a project from before the index existed.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            {
                QSqlQuery q(raw);
                for (const QString &name : {u"documents_fts"_s, u"annotations_fts"_s})
                    QVERIFY(q.exec(u"DROP TABLE "_s + name));
            }
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"raw"_s);
        }
        auto store = ProjectStore::open(path);
        QVERIFY(store);
        const auto hits = (*store)->search(u"glacier*"_s).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().documentId, doc);
    }

    void cliPrintsJsonLines()
    {
        QTemporaryDir dir;
        const QString path = test::projectLocation(dir);
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store);
            (*store)->addDocument(document(u"\U0001F600 une crème brûlée, \"bien\" sûr"_s)).value();
        }
        const CliRun cli = runCli({u"search"_s, u"--project"_s, path, u"creme"_s, u"brul*"_s});
        QCOMPARE(cli.exitCode, 0);
        const QList<QJsonObject> hits = jsonLines(cli.out);
        QCOMPARE(hits.size(), 1); // one place: the words are a phrase
        const QJsonObject first = hits.first();
        QCOMPARE(first.value(u"start"_s).toInt(), 6);
        QCOMPARE(first.value(u"end"_s).toInt(), 18);
        QCOMPARE(first.value(u"kind"_s).toString(), u"document"_s);
        QVERIFY(first.value(u"snippet"_s).toString().contains(u"\"bien\""_s));
        const CliRun apart = runCli({u"search"_s, u"--project"_s, path, u"\"creme\" brul*"_s});
        QCOMPARE(jsonLines(apart.out).size(), 2);

        QCOMPARE(runCli({u"search"_s, u"--project"_s, path}).exitCode, 2);                             // no query
        QCOMPARE(runCli({u"search"_s, u"--project"_s, path, u"\"open"_s}).exitCode, 1);               // bad query
        QCOMPARE(runCli({u"search"_s, u"--project"_s, dir.filePath(u"none"_s), u"x"_s}).exitCode, 1); // no project
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
