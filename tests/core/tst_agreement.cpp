// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Inter-coder agreement (core/agreement): the coefficients against worked examples from the literature, and
// the project report (coders from annotation authors, shared documents, paragraph units) through a real store.
#include "core/agreement/Agreement.h"
#include "core/agreement/AgreementWriter.h"
#include "core/agreement/Reliability.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"

#include "TestDocuments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace marginalia;
using reliability::Stretch;

namespace {

using StretchLists = QList<QList<Stretch>>;
using ValueTable = QList<QList<int>>;
using CountTable = QList<QList<qint64>>;

// A project in a temporary folder with documents of one paragraph per line and tags made on demand.
struct CodedProject {
    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> store;
    QHash<QString, qint64> tagIds;

    bool open()
    {
        auto opened = ProjectStore::open(dir.filePath(QStringLiteral("agreement.marginalia")));
        if (!opened)
            return false;
        store = std::move(*opened);
        return true;
    }
    qint64 addDocument(const QString &text) { return store->addDocument(test::textDocument(text)).value_or(0); }
    bool code(qint64 documentId, const QString &author, const QString &tagName, int start, int end)
    {
        if (auto existing = store->tagByName(tagName); existing && *existing) // a default tag such as Claim
            tagIds.insert(tagName, (*existing)->id);
        if (!tagIds.contains(tagName)) {
            Tag tag;
            tag.name = tagName;
            auto added = store->addTag(tag);
            if (!added)
                return false;
            tagIds.insert(tagName, added->id);
        }
        Annotation annotation;
        annotation.documentId = documentId;
        annotation.start = start;
        annotation.end = end;
        annotation.tagId = tagIds.value(tagName);
        annotation.author = author;
        return bool(store->addAnnotation(annotation));
    }
};

const TagAgreement *findTag(const AgreementReport &report, const QString &path)
{
    for (const TagAgreement &tag : report.tags)
        if (tag.tagPath == path)
            return &tag;
    return nullptr;
}

// `count` lines of 20 characters, one paragraph each; line i starts at 21 * i.
QString paragraphs(int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines.append(QStringLiteral("Paragraph number %1.").arg(i, 2, 10, QLatin1Char('0')));
    return lines.join(u'\n');
}

} // namespace

class TestAgreement : public QObject {
    Q_OBJECT

private slots:
    void unitizedAlpha_data();
    void unitizedAlpha();
    void nominalAlpha_data();
    void nominalAlpha();
    void cohenKappa_data();
    void cohenKappa();
    void projectReproducesKrippendorff2004();
    void paragraphKappaReproducesTextbookTable();
    void perfectAgreementIsOne();
    void overlappingAnnotationsOfOneCoderMerge();
    void confusionTableCountsTagPairs();
    void threeCodersUseMeanPairwiseKappa();
    void codersWithoutSharedDocumentsFail();
    void oneCoderFails();
    void unknownCoderOrTagFails();
    void writersPrintTheFigures();
    void editorSignsNewAnnotations();
};

void TestAgreement::unitizedAlpha_data()
{
    QTest::addColumn<QList<qint64>>("sections");
    QTest::addColumn<StretchLists>("units");
    QTest::addColumn<double>("observed");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("alpha");
    // Krippendorff (2004), Content Analysis, 2nd ed., §12.4, p. 254: a continuum from 150 to 450 (here shifted
    // to start at 0), two observers. Category c: uDo = .0144, uDe = .0532, uα_c = .7286 (the values also
    // reproduced by DKPro Statistics' unitizing alpha). Category k, identical units: uα_k = 1.
    QTest::newRow("Krippendorff 2004 category c")
        << QList<qint64>{300} << StretchLists{{{75, 70}, {220, 30}}, {{70, 80}, {205, 20}, {250, 20}}} << 0.0144
        << 0.0532 << 0.7286;
    QTest::newRow("Krippendorff 2004 category k")
        << QList<qint64>{300} << StretchLists{{{30, 60}, {150, 50}}, {{30, 60}, {150, 50}}} << 0.0 << 0.0490 << 1.0;
    // A unit one coder has and the other has not: as bad as it gets on this continuum, alpha below zero.
    QTest::newRow("one coder only") << QList<qint64>{10} << StretchLists{{{2, 5}}, {}} << 0.25 << 0.083333 << -2.0;
    // Two documents: a gap ends where its document ends, so a unit never fits across the boundary.
    QTest::newRow("two sections") << QList<qint64>{10, 10} << StretchLists{{{2, 5}}, {{12, 5}}} << 0.125 << 0.047368
                                  << -1.638889;
}

void TestAgreement::unitizedAlpha()
{
    QFETCH(QList<qint64>, sections);
    QFETCH(StretchLists, units);
    QFETCH(double, observed);
    QFETCH(double, expected);
    QFETCH(double, alpha);
    const reliability::UnitizedAlpha result = reliability::unitizedAlpha(sections, units);
    QVERIFY2(std::abs(result.observed - observed) < 0.00005, qPrintable(QString::number(result.observed)));
    QVERIFY2(std::abs(result.expected - expected) < 0.00005, qPrintable(QString::number(result.expected)));
    QVERIFY2(std::abs(result.alpha - alpha) < 0.00005, qPrintable(QString::number(result.alpha)));
}

void TestAgreement::nominalAlpha_data()
{
    QTest::addColumn<ValueTable>("valuesByUnit");
    QTest::addColumn<double>("alpha");
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", C: nominal data, four observers A-D,
    // twelve units, missing values (-1): α = 0.743.
    QTest::newRow("Krippendorff 2011 nominal, 4 coders x 12 units")
        << ValueTable{{1, 1, -1, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3},  {2, 2, 2, 2},   {1, 2, 3, 4},
                      {4, 4, 4, 4},  {1, 1, 2, 1}, {2, 2, 2, 2}, {-1, 5, 5, 5}, {-1, -1, 1, 1}, {-1, 3, -1, -1}}
        << 0.743;
    // Krippendorff (1995), data A of the unitizing example digitized into 24 binary units: α = .329.
    QTest::newRow("Krippendorff 1995 data A digitized")
        << ValueTable{{0, 0}, {0, 0}, {1, 0}, {1, 0}, {1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 0}, {1, 0}, {0, 0}, {0, 0},
                      {0, 0}, {0, 0}, {1, 0}, {1, 1}, {1, 1}, {1, 0}, {1, 0}, {1, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}
        << 0.329;
    QTest::newRow("perfect") << ValueTable{{1, 1}, {2, 2}, {1, 1}} << 1.0;
}

void TestAgreement::nominalAlpha()
{
    QFETCH(ValueTable, valuesByUnit);
    QFETCH(double, alpha);
    const double result = reliability::nominalAlpha(valuesByUnit);
    QVERIFY2(std::abs(result - alpha) < 0.0005, qPrintable(QString::number(result)));
}

void TestAgreement::cohenKappa_data()
{
    QTest::addColumn<CountTable>("counts");
    QTest::addColumn<double>("kappa");
    // The classic two-reader example (50 grant proposals: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no;
    // po = .70, pe = .50): κ = 0.40.
    QTest::newRow("50 proposals") << CountTable{{20, 5}, {10, 15}} << 0.40;
    // Krippendorff (1995), data A digitized (6 both, 8 first only, 10 neither): Cohen's κ = .385.
    QTest::newRow("Krippendorff 1995 data A") << CountTable{{6, 8}, {0, 10}} << 0.385;
    QTest::newRow("perfect") << CountTable{{7, 0}, {0, 3}} << 1.0;
}

void TestAgreement::cohenKappa()
{
    QFETCH(CountTable, counts);
    QFETCH(double, kappa);
    const double result = reliability::cohenKappa(counts);
    QVERIFY2(std::abs(result - kappa) < 0.0005, qPrintable(QString::number(result)));
    // Both coders using one category only: nothing to agree on beyond chance.
    QVERIFY(std::isnan(reliability::cohenKappa({{9, 0}, {0, 0}})));
}

void TestAgreement::projectReproducesKrippendorff2004()
{
    // The 2004 example as annotations: one 300-character paragraph, two coders, tags c and k.
    CodedProject project;
    QVERIFY(project.open());
    const qint64 document = project.addDocument(QString(300, u'x'));
    QVERIFY(document > 0);
    QVERIFY(project.code(document, QStringLiteral("i"), QStringLiteral("c"), 75, 145));
    QVERIFY(project.code(document, QStringLiteral("i"), QStringLiteral("c"), 220, 250));
    QVERIFY(project.code(document, QStringLiteral("j"), QStringLiteral("c"), 70, 150));
    QVERIFY(project.code(document, QStringLiteral("j"), QStringLiteral("c"), 205, 225));
    QVERIFY(project.code(document, QStringLiteral("j"), QStringLiteral("c"), 250, 270));
    for (const QString &coder : {QStringLiteral("i"), QStringLiteral("j")}) {
        QVERIFY(project.code(document, coder, QStringLiteral("k"), 30, 90));
        QVERIFY(project.code(document, coder, QStringLiteral("k"), 150, 200));
    }
    auto report = computeAgreement(*project.store);
    VERIFY_RESULT(report);
    QCOMPARE(report->coders, (QStringList{QStringLiteral("i"), QStringLiteral("j")}));
    QCOMPARE(report->characters, 300);
    const TagAgreement *c = findTag(*report, QStringLiteral("c"));
    const TagAgreement *k = findTag(*report, QStringLiteral("k"));
    QVERIFY(c && k);
    QVERIFY2(std::abs(c->alpha - 0.7286) < 0.00005, qPrintable(QString::number(c->alpha)));
    QCOMPARE(k->alpha, 1.0);
    QCOMPARE(c->charactersBy, (QList<qint64>{100, 120}));
    QCOMPARE(c->annotationsBy, (QList<int>{2, 3}));
}

void TestAgreement::paragraphKappaReproducesTextbookTable()
{
    // The 50-proposal table as 50 paragraphs: 20 coded by both, 5 by the first only, 10 by the second only.
    CodedProject project;
    QVERIFY(project.open());
    const qint64 document = project.addDocument(paragraphs(50));
    for (int i = 0; i < 35; ++i) {
        const int start = 21 * i + 3; // inside the paragraph: overlapping it is enough
        if (i < 25)
            QVERIFY(project.code(document, QStringLiteral("ann"), QStringLiteral("Yes"), start, start + 5));
        if (i < 20 || i >= 25)
            QVERIFY(project.code(document, QStringLiteral("bob"), QStringLiteral("Yes"), start, start + 5));
    }
    auto report = computeAgreement(*project.store);
    VERIFY_RESULT(report);
    QCOMPARE(report->paragraphs, 50);
    const TagAgreement *yes = findTag(*report, QStringLiteral("Yes"));
    QVERIFY(yes);
    QVERIFY2(std::abs(yes->kappa - 0.40) < 0.0005, qPrintable(QString::number(yes->kappa)));
    QCOMPARE(yes->paragraphs, 35);
    QCOMPARE(yes->paragraphsBy, (QList<int>{25, 30}));
}

void TestAgreement::perfectAgreementIsOne()
{
    CodedProject project;
    QVERIFY(project.open());
    const qint64 first = project.addDocument(paragraphs(4));
    const qint64 second = project.addDocument(QStringLiteral("Another text.\nWith two paragraphs."));
    for (const QString &coder : {QStringLiteral("ann"), QStringLiteral("bob")}) {
        QVERIFY(project.code(first, coder, QStringLiteral("Claim"), 2, 30));
        QVERIFY(project.code(second, coder, QStringLiteral("Claim"), 14, 20));
        QVERIFY(project.code(second, coder, QStringLiteral("Source"), 0, 7));
    }
    auto report = computeAgreement(*project.store);
    VERIFY_RESULT(report);
    QCOMPARE(report->documentIds, (QList<qint64>{first, second}));
    QCOMPARE(report->tags.size(), 2);
    for (const TagAgreement &tag : std::as_const(report->tags)) {
        QCOMPARE(tag.alpha, 1.0);
        QCOMPARE(tag.kappa, 1.0);
    }
}

void TestAgreement::overlappingAnnotationsOfOneCoderMerge()
{
    // ann marks [10, 40) in two overlapping pieces, bob in one: the same characters, so full agreement.
    CodedProject project;
    QVERIFY(project.open());
    const qint64 document = project.addDocument(paragraphs(3));
    QVERIFY(project.code(document, QStringLiteral("ann"), QStringLiteral("Claim"), 10, 30));
    QVERIFY(project.code(document, QStringLiteral("ann"), QStringLiteral("Claim"), 20, 40));
    QVERIFY(project.code(document, QStringLiteral("bob"), QStringLiteral("Claim"), 10, 40));
    auto report = computeAgreement(*project.store);
    VERIFY_RESULT(report);
    QCOMPARE(report->tags.first().alpha, 1.0);
    QCOMPARE(report->tags.first().charactersBy, (QList<qint64>{30, 30}));
}

void TestAgreement::confusionTableCountsTagPairs()
{
    // Four paragraphs: both say A; ann A, bob B; ann B, bob nothing; nobody codes the last.
    CodedProject project;
    QVERIFY(project.open());
    const qint64 document = project.addDocument(paragraphs(4));
    QVERIFY(project.code(document, QStringLiteral("ann"), QStringLiteral("A"), 0, 5));
    QVERIFY(project.code(document, QStringLiteral("bob"), QStringLiteral("A"), 2, 8));
    QVERIFY(project.code(document, QStringLiteral("ann"), QStringLiteral("A"), 21, 25));
    QVERIFY(project.code(document, QStringLiteral("bob"), QStringLiteral("B"), 21, 25));
    QVERIFY(project.code(document, QStringLiteral("ann"), QStringLiteral("B"), 42, 50));
    auto report = computeAgreement(*project.store);
    VERIFY_RESULT(report);
    QCOMPARE(report->confusions.size(), 1);
    // Rows ann's tag (A, B, none), columns bob's.
    const CountTable expected = {{1, 1, 0}, {0, 0, 1}, {0, 0, 1}};
    QCOMPARE(report->confusions.first().counts, expected);
    const QString csv = agreementCsv(*report, AgreementTable::Confusion);
    QVERIFY2(csv.startsWith(QStringLiteral("\"ann \\ bob\",\"A\",\"B\",\"(none)\"\r\n\"A\",1,1,0\r\n")),
             qPrintable(csv));
}

void TestAgreement::threeCodersUseMeanPairwiseKappa()
{
    // 10 paragraphs. ann codes 0-4, bob 0-3 and 5, cy 0-4: the kappa is the mean of the three pairs' kappas.
    CodedProject project;
    QVERIFY(project.open());
    const qint64 document = project.addDocument(paragraphs(10));
    const QHash<QString, QList<int>> coded = {{QStringLiteral("ann"), {0, 1, 2, 3, 4}},
                                              {QStringLiteral("bob"), {0, 1, 2, 3, 5}},
                                              {QStringLiteral("cy"), {0, 1, 2, 3, 4}}};
    for (auto it = coded.cbegin(); it != coded.cend(); ++it)
        for (int paragraph : it.value())
            QVERIFY(project.code(document, it.key(), QStringLiteral("Claim"), 21 * paragraph, 21 * paragraph + 4));
    auto report = computeAgreement(*project.store);
    VERIFY_RESULT(report);
    QCOMPARE(report->coders.size(), 3);
    QCOMPARE(report->confusions.size(), 3);
    const double annBob = reliability::cohenKappa({{4, 1}, {1, 4}});
    const double annCy = 1.0;
    const double bobCy = annBob;
    const double expected = (annBob + annCy + bobCy) / 3;
    QVERIFY2(std::abs(report->tags.first().kappa - expected) < 1e-9, qPrintable(QString::number(expected)));
    QVERIFY(report->kappaMethod().contains(QStringLiteral("Light")));
    // Choosing two of them gives their Cohen's kappa.
    auto pair = computeAgreement(*project.store, {{QStringLiteral("ann"), QStringLiteral("bob")}, {}, {}});
    VERIFY_RESULT(pair);
    QCOMPARE(pair->coders, (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
    QVERIFY(std::abs(pair->tags.first().kappa - annBob) < 1e-9);
}

void TestAgreement::codersWithoutSharedDocumentsFail()
{
    CodedProject project;
    QVERIFY(project.open());
    const qint64 first = project.addDocument(paragraphs(2));
    const qint64 second = project.addDocument(QStringLiteral("Second document."));
    QVERIFY(project.code(first, QStringLiteral("ann"), QStringLiteral("Claim"), 0, 5));
    QVERIFY(project.code(second, QStringLiteral("bob"), QStringLiteral("Claim"), 0, 5));
    auto report = computeAgreement(*project.store);
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(QStringLiteral("no document in common")),
             qPrintable(report.error().message));
    // Sharing a document whose annotations never meet is a real (negative) result, not an error.
    QVERIFY(project.code(second, QStringLiteral("ann"), QStringLiteral("Claim"), 8, 15));
    auto shared = computeAgreement(*project.store);
    VERIFY_RESULT(shared);
    QCOMPARE(shared->documentIds, QList<qint64>{second});
    QVERIFY(shared->tags.first().alpha < 0);
}

void TestAgreement::oneCoderFails()
{
    CodedProject project;
    QVERIFY(project.open());
    const qint64 document = project.addDocument(paragraphs(2));
    QVERIFY(project.code(document, QStringLiteral("ann"), QStringLiteral("Claim"), 0, 5));
    QVERIFY(project.code(document, QString(), QStringLiteral("Claim"), 3, 9)); // no author: not a coder
    auto report = computeAgreement(*project.store);
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(QStringLiteral("at least two coders"))
                 && report.error().message.contains(QStringLiteral("only “ann”")),
             qPrintable(report.error().message));
    QCOMPARE(projectCoders(*project.store).value_or(QStringList()), QStringList{QStringLiteral("ann")});
}

void TestAgreement::unknownCoderOrTagFails()
{
    CodedProject project;
    QVERIFY(project.open());
    const qint64 document = project.addDocument(paragraphs(2));
    QVERIFY(project.code(document, QStringLiteral("ann"), QStringLiteral("Claim"), 0, 5));
    QVERIFY(project.code(document, QStringLiteral("bob"), QStringLiteral("Claim"), 0, 5));
    auto coder = computeAgreement(*project.store, {{QStringLiteral("ann"), QStringLiteral("zoe")}, {}, {}});
    QVERIFY(!coder);
    QVERIFY2(coder.error().message.contains(QStringLiteral("the coders are: ann, bob")),
             qPrintable(coder.error().message));
    auto tag = computeAgreement(*project.store, {{}, {QStringLiteral("Nope")}, {}});
    QVERIFY(!tag);
    QVERIFY(tag.error().message.contains(QStringLiteral("no tag “Nope”")));
    auto named = computeAgreement(*project.store, {{}, {QStringLiteral("claim")}, {}});
    VERIFY_RESULT(named);
    QCOMPARE(named->tags.size(), 1);
}

void TestAgreement::writersPrintTheFigures()
{
    CodedProject project;
    QVERIFY(project.open());
    const qint64 document = project.addDocument(paragraphs(50));
    for (int i = 0; i < 35; ++i) {
        if (i < 25)
            QVERIFY(project.code(document, QStringLiteral("ann"), QStringLiteral("Yes"), 21 * i, 21 * i + 5));
        if (i < 20 || i >= 25)
            QVERIFY(project.code(document, QStringLiteral("bob"), QStringLiteral("Yes"), 21 * i, 21 * i + 5));
    }
    auto report = computeAgreement(*project.store);
    VERIFY_RESULT(report);
    const QString text = agreementText(*report);
    QVERIFY2(text.contains(QStringLiteral("Yes  ")) && text.contains(QStringLiteral("0.400")), qPrintable(text));
    const QString csv = agreementCsv(*report, AgreementTable::Tags);
    QVERIFY2(csv.startsWith(QStringLiteral("tag,alpha_u,kappa,paragraphs,\"paragraphs_ann\",\"paragraphs_bob\"")),
             qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("\"Yes\",")) && csv.contains(QStringLiteral(",0.4000,35,25,30,125,150\r\n")),
             qPrintable(csv));
    const QJsonObject json = QJsonDocument::fromJson(agreementJson(*report).toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("paragraph_units")).toInt(), 50);
    QCOMPARE(json.value(QStringLiteral("tags")).toArray().first().toObject().value(QStringLiteral("kappa")).toDouble(),
             0.4);
}

void TestAgreement::editorSignsNewAnnotations()
{
    // What the GUI does with the "Your Name (Coder)" preference: the editor's author goes on every new
    // annotation, tagged by hand or accepted from a suggestion, so two coders' work can be told apart.
    CodedProject project;
    QVERIFY(project.open());
    const QString text = QStringLiteral("Alice Smith said the river was clean.");
    const qint64 document = project.addDocument(text);
    ProjectEditor editor(*project.store);
    editor.setAuthor(QStringLiteral("  ann "));
    QCOMPARE(editor.author(), QStringLiteral("ann"));
    const auto tagged = editor.createAnnotation(document, text, 0, 11, editor.tags().first().id);
    QVERIFY(tagged);
    QCOMPARE(tagged->author, QStringLiteral("ann"));
    editor.setAuthor(QStringLiteral("bob"));
    Span span;
    span.start = 0;
    span.end = 11;
    span.kind = SpanKind::Entity;
    span.label = QStringLiteral("PERSON");
    const auto accepted = editor.acceptSuggestion(document, text, span, editor.tags().first().id);
    QVERIFY(accepted);
    QCOMPARE(project.store->annotation(accepted->id).value_or(Annotation()).author, QStringLiteral("bob"));
    auto report = computeAgreement(*project.store);
    VERIFY_RESULT(report);
    QCOMPARE(report->coders, (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
    QCOMPARE(report->tags.first().alpha, 1.0);
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
