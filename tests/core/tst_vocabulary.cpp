// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/Vocabulary.h"

#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

// The stored names are part of the project format and of every export: they must never drift.
class TestVocabulary : public QObject {
    Q_OBJECT

private slots:
    void storedNames_data();
    void storedNames();
    void unknownNamesAreRefused_data();
    void unknownNamesAreRefused();
    void everyValueRoundTrips();
    void namesInDeclarationOrder();
};

void TestVocabulary::storedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored");
    QTest::newRow("highlight") << nameOf(AnnotationKind::Highlight) << u"highlight"_s;
    QTest::newRow("entity kind") << nameOf(AnnotationKind::Entity) << u"entity"_s;
    QTest::newRow("claim kind") << nameOf(AnnotationKind::Claim) << u"claim"_s;
    QTest::newRow("person") << nameOf(EntityLabel::Person) << u"PERSON"_s;
    QTest::newRow("organisation") << nameOf(EntityLabel::Organisation) << u"ORG"_s;
    QTest::newRow("place") << nameOf(EntityLabel::Place) << u"LOC"_s;
    QTest::newRow("quantity") << nameOf(EntityLabel::Quantity) << u"QUANTITY"_s;
    QTest::newRow("statistic") << nameOf(ClaimLabel::Statistic) << u"STATISTIC"_s;
    QTest::newRow("needs source") << nameOf(ClaimStatus::NeedsSource) << u"needs source"_s;
    QTest::newRow("false") << nameOf(ClaimStatus::False) << u"false"_s;
    QTest::newRow("markdown") << nameOf(ExportFormat::Markdown) << u"markdown"_s;
    QTest::newRow("qdpx") << nameOf(ExportFormat::Qdpx) << u"qdpx"_s;
    QTest::newRow("w3c") << nameOf(ExportFormat::W3c) << u"w3c"_s;
}

void TestVocabulary::storedNames()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);
    QCOMPARE(name, stored);
}

void TestVocabulary::unknownNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("other case") << u"Supported"_s;
    QTest::newRow("display name") << u"Needs source"_s;
    QTest::newRow("padded") << u" csv"_s;
}

void TestVocabulary::unknownNamesAreRefused()
{
    QFETCH(QString, name);
    QVERIFY(!fromName<ClaimStatus>(name));
    QVERIFY(!fromName<ExportFormat>(name));
    QVERIFY(!fromName<AnnotationKind>(name));
}

template<typename Enum> static int checkRoundTrip()
{
    int count = 0;
    for (const auto &entry : vocabulary<Enum>()) {
        const auto back = fromName<Enum>(nameOf(entry.value));
        if (!back || *back != entry.value)
            return -1;
        ++count;
    }
    return count;
}

void TestVocabulary::everyValueRoundTrips()
{
    QCOMPARE(checkRoundTrip<AnnotationKind>(), 3);
    QCOMPARE(checkRoundTrip<EntityLabel>(), 6);
    QCOMPARE(checkRoundTrip<ClaimLabel>(), 3);
    QCOMPARE(checkRoundTrip<ClaimStatus>(), 5);
    QCOMPARE(checkRoundTrip<ExportFormat>(), 8);
}

void TestVocabulary::namesInDeclarationOrder()
{
    QCOMPARE(namesOf<ClaimStatus>(),
             QStringList({u"unreviewed"_s, u"supported"_s, u"disputed"_s, u"false"_s, u"needs source"_s}));
    QCOMPARE(namesOf<ExportFormat>(), QStringList({u"csv"_s, u"matrix"_s, u"codebook"_s, u"markdown"_s, u"xlsx"_s,
                                                   u"cooccurrence"_s, u"qdpx"_s, u"w3c"_s}));
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
