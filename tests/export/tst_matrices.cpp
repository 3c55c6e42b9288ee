// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden files for the matrix and co-occurrence exports, made by the real CLI from a small project built
// here. After an intended change, tests/export/regenerate-golden.sh rewrites tests/export/data/*.csv; read
// the diff before committing it.

#include "core/model/Vocabulary.h"
#include "core/store/ProjectStore.h"

#include "CliRunner.h"
#include "GoldenFiles.h"
#include "TestDocuments.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

// Two documents of paragraphs; offsets below are code points (all BMP here).
const QStringList kFirst = {u"Water levels rose in spring."_s, u"The mayor blamed the dam, \"007\" said."_s,
                            u"Fish returned by 5,000."_s};
const QStringList kSecond = {u"A short note."_s, u"Nothing else happened here."_s};

} // namespace

class TestMatrices final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void initTestCase()
    {
        m_project = m_dir.filePath(u"golden.marginalia"_s);
        auto opened = ProjectStore::open(m_project);
        VERIFY_RESULT(opened);
        ProjectStore &store = **opened;
        const ImportedDocument first = test::paragraphsDocument(kFirst, u"Dam, \"report\""_s);
        const qint64 one = store.addDocument(first).value();
        const qint64 two = store.addDocument(test::paragraphsDocument(kSecond, u"Notes"_s)).value();
        Tag actors;
        actors.name = u"Actors"_s;
        const qint64 actorsId = store.addTag(actors).value().id;
        Tag mayor;
        mayor.name = u"Mayor"_s;
        mayor.parentId = actorsId;
        const qint64 mayorId = store.addTag(mayor).value().id;
        Tag place;
        place.name = u"Place, water"_s;
        const qint64 placeId = store.addTag(place).value().id;
        auto annotate = [&](qint64 document, int start, int end, qint64 tag) {
            Annotation a;
            a.documentId = document;
            a.start = start;
            a.end = end;
            a.tagId = tag;
            const auto added = store.addAnnotation(a); // VERIFY_RESULT reads its argument twice
            VERIFY_RESULT(added);
        };
        const int second = first.blocks.at(1).start;
        annotate(one, 0, 5, placeId);                     // "Water", paragraph 0
        annotate(one, second, second + 9, mayorId);       // "The mayor", paragraph 1
        annotate(one, second + 4, second + 24, actorsId); // overlaps the mayor
        annotate(one, second + 16, second + 25, placeId); // "the dam,": overlaps actors, not the mayor
        annotate(one, 20, second + 3, actorsId);          // spans paragraphs 0 and 1
        annotate(two, 0, 7, placeId);
        annotate(two, 2, 7, 0); // untagged: counts nowhere
    }

    void golden_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("golden");
        QTest::newRow("matrix") << QStringList{u"--format"_s, u"matrix"_s} << u"matrix-document.csv"_s;
        QTest::newRow("matrix by paragraph")
            << QStringList{u"--format"_s, u"matrix"_s, u"--by"_s, u"paragraph"_s} << u"matrix-paragraph.csv"_s;
        QTest::newRow("matrix, one tag and one document")
            << QStringList{u"--format"_s, u"matrix"_s, u"--tag"_s, u"Actors"_s, u"--document"_s, u"1"_s}
            << u"matrix-actors-document1.csv"_s;
        QTest::newRow("cooccurrence") << QStringList{u"--format"_s, u"cooccurrence"_s} << u"cooccurrence-overlap.csv"_s;
        QTest::newRow("cooccurrence by paragraph")
            << QStringList{u"--format"_s, u"cooccurrence"_s, u"--by"_s, u"paragraph"_s}
            << u"cooccurrence-paragraph.csv"_s;
    }

    void golden()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, golden);
        const CliRun run = runCli(QStringList{u"export"_s, u"--project"_s, m_project, u"--no-bom"_s} + arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        compareWithGolden(run.out, QStringLiteral(MARGINALIA_TEST_DATA) + u'/' + golden,
                          u"tests/export/regenerate-golden.sh"_s);
    }

    void unknownUnitIsRefused()
    {
        const CliRun run = runCli(
            {u"export"_s, u"--project"_s, m_project, u"--format"_s, u"matrix"_s, u"--by"_s, u"sentence"_s});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains("paragraph"));
    }
};

QTEST_GUILESS_MAIN(TestMatrices)
#include "tst_matrices.moc"
