// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden files for the annotation CSV, written by the real CLI from a project built here with fixed times,
// so that a faster writer must stay byte for byte the same: quotes, line breaks, formula leads, emoji,
// numbers with and without a value, pages, orphans and every formula guard, with and without a BOM. After
// an intended change, tests/export/regenerate-golden.sh rewrites tests/export/data/annotations-*.csv.

#include "core/store/ProjectStore.h"

#include "CliRunner.h"
#include "GoldenFiles.h"
#include "TestDocuments.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

// Paragraphs on pages 1, 2 and 2; the second starts with a formula lead and the third has a CR LF.
const QStringList kParagraphs = {u"\U0001F30D Mayor Zoë said the river was \"clean\", 5,000 fish."_s,
                                 u"=SUM(A1) is what the clerk typed, -5 degrees @home."_s,
                                 u"Line one\r\nline two\tand a tab; the end."_s};

ImportedDocument makeDocument()
{
    ImportedDocument doc = test::paragraphsDocument(kParagraphs, u"River, \"report\""_s);
    doc.sourcePath = u"/data/river report.txt"_s;
    doc.contentHash = u"golden"_s;
    for (qsizetype index = 0; index < doc.blocks.size(); ++index)
        doc.blocks[index].page = index == 0 ? 1 : 2;
    return doc;
}
} // namespace

class TestAnnotationCsv final : public QObject {
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
        const qint64 document = store.addDocument(makeDocument()).value();
        Tag actors;
        actors.name = u"Actors, local"_s;
        const qint64 actorsId = store.addTag(actors).value().id;
        Tag formula;
        formula.name = u"=Formula"_s;
        formula.parentId = actorsId;
        const qint64 formulaId = store.addTag(formula).value().id;
        Entity clerk;
        clerk.name = u"The \"clerk\""_s;
        clerk.type = u"PERSON"_s;
        const qint64 clerkId = store.addEntity(clerk).value().id;
        auto add = [&](const Annotation &annotation) {
            const auto added = store.addAnnotation(annotation); // once: VERIFY_RESULT names its argument twice
            VERIFY_RESULT(added);
        };
        const QDateTime created(QDate(2026, 3, 1), QTime(9, 30, 15, 250), QTimeZone::UTC);
        auto annotate = [&](int start, int end, qint64 tag, const QString &note) {
            Annotation a;
            a.documentId = document;
            a.start = start;
            a.end = end;
            a.tagId = tag;
            a.note = note;
            a.author = u"@ana"_s;
            a.created = created.addSecs(start);
            a.modified = a.created.addDays(1);
            return a;
        };
        add(annotate(0, 12, actorsId, u"first, \"quoted\"\r\nnote"_s));
        add(annotate(58, 66, formulaId, u"=cmd|' /C calc'!A0"_s));
        add(annotate(60, 130, 0, u"-minus and \ttab"_s));
        Annotation claim = annotate(116, 140, 0, u"+plus"_s);
        claim.kind = AnnotationKind::Claim;
        claim.label = u"ATTRIBUTED"_s;
        claim.confidence = 0.8765;
        claim.source = u"analysis"_s;
        claim.rule = u"said-verb"_s;
        claim.status = u"disputed"_s;
        claim.evidence = u"@see the ministry's \"data\""_s;
        claim.evidenceUrl = u"https://example.org/data?a=1,b=2"_s;
        claim.sourceEntityId = clerkId;
        add(claim);
        Annotation orphan = annotate(70, 70, actorsId, u"lost"_s);
        orphan.anchor = AnchorStatus::Orphaned;
        orphan.anchorScore = 0.4321;
        orphan.quote = u"an old \"passage\""_s;
        add(orphan);
        Annotation timeless = annotate(20, 25, formulaId, QString());
        timeless.created = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), QTimeZone::fromSecondsAheadOfUtc(3600));
        timeless.modified = timeless.created;
        add(timeless);
    }

    void golden_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("golden");
        QTest::newRow("default") << QStringList{} << u"annotations-default.csv"_s;
        QTest::newRow("no bom, guard all")
            << QStringList{u"--no-bom"_s, u"--formula-guard"_s, u"all"_s} << u"annotations-guard-all.csv"_s;
        QTest::newRow("no bom, guard off")
            << QStringList{u"--no-bom"_s, u"--formula-guard"_s, u"off"_s} << u"annotations-guard-off.csv"_s;
        QTest::newRow("tag filter") << QStringList{u"--no-bom"_s, u"--tag"_s, u"Actors, local"_s}
                                    << u"annotations-tag-actors.csv"_s;
    }

    void golden()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, golden);
        const CliRun run = runCli(QStringList{u"export"_s, u"--project"_s, m_project, u"--format"_s, u"csv"_s}
                                  + arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        compareWithGolden(run.out, QStringLiteral(MARGINALIA_TEST_DATA) + u'/' + golden,
                          u"tests/export/regenerate-golden.sh"_s);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationCsv)
#include "tst_annotationcsv.moc"
