// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/models/AnnotationListModel.h"
#include "gui/models/DocumentListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace marginalia;

// The list models find rows by id through a hash (RowListModel); these tests check that the hash follows every
// change of the rows: what is found by id must be what a walk over the rows finds.
class TestRowListModel final : public QObject {
    Q_OBJECT

private slots:
    void lookupFollowsEdits_data();
    void lookupFollowsEdits();
    void documentCountsByIndex();
};

namespace {

constexpr qint64 kDocument = 7;

Annotation annotationWithId(qint64 id, qint64 documentId = kDocument)
{
    Annotation a;
    a.id = id;
    a.documentId = documentId;
    a.start = int(id) * 10;
    a.end = a.start + 5;
    a.quote = u"quote %1"_s.arg(id);
    return a;
}

// Applies "set 1 2 3", "add 4", "add-other 5" (another document: ignored), "update 2", "remove 1".
void apply(AnnotationListModel &model, const QString &step)
{
    const QStringList words = step.split(u' ', Qt::SkipEmptyParts);
    const QString verb = words.first();
    QList<qint64> ids;
    for (const QString &word : words.mid(1))
        ids.append(word.toLongLong());
    if (verb == u"set") {
        QList<Annotation> annotations;
        for (qint64 id : std::as_const(ids))
            annotations.append(annotationWithId(id));
        model.setAnnotations(kDocument, annotations);
    } else if (verb == u"add") {
        model.addAnnotation(annotationWithId(ids.first()));
    } else if (verb == u"add-other") {
        model.addAnnotation(annotationWithId(ids.first(), kDocument + 1));
    } else if (verb == u"update") {
        Annotation changed = annotationWithId(ids.first());
        changed.note = u"changed"_s;
        model.updateAnnotation(changed);
    } else if (verb == u"remove") {
        model.removeAnnotation(annotationWithId(ids.first()));
    } else {
        QFAIL(qPrintable(u"unknown step "_s + step));
    }
}

} // namespace

void TestRowListModel::lookupFollowsEdits_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QList<qint64>>("expectedIds"); // in row order
    QTest::addColumn<QList<qint64>>("absentIds");

    QTest::newRow("reset") << QStringList{u"set 1 2 3"_s} << QList<qint64>{1, 2, 3} << QList<qint64>{4};
    QTest::newRow("reset replaces") << QStringList{u"set 1 2 3"_s, u"set 4 5"_s} << QList<qint64>{4, 5}
                                    << QList<qint64>{1, 2, 3};
    QTest::newRow("append") << QStringList{u"set 1"_s, u"add 2"_s, u"add 3"_s} << QList<qint64>{1, 2, 3}
                            << QList<qint64>{};
    QTest::newRow("append to empty") << QStringList{u"add 9"_s} << QList<qint64>{9} << QList<qint64>{};
    QTest::newRow("duplicate add ignored")
        << QStringList{u"set 1 2"_s, u"add 2"_s} << QList<qint64>{1, 2} << QList<qint64>{};
    QTest::newRow("other document ignored")
        << QStringList{u"set 1"_s, u"add-other 2"_s} << QList<qint64>{1} << QList<qint64>{2};
    QTest::newRow("remove first renumbers")
        << QStringList{u"set 1 2 3 4"_s, u"remove 1"_s} << QList<qint64>{2, 3, 4} << QList<qint64>{1};
    QTest::newRow("remove middle renumbers")
        << QStringList{u"set 1 2 3 4"_s, u"remove 3"_s} << QList<qint64>{1, 2, 4} << QList<qint64>{3};
    QTest::newRow("remove last") << QStringList{u"set 1 2 3"_s, u"remove 3"_s} << QList<qint64>{1, 2}
                                 << QList<qint64>{3};
    QTest::newRow("remove unknown") << QStringList{u"set 1 2"_s, u"remove 8"_s} << QList<qint64>{1, 2}
                                    << QList<qint64>{8};
    QTest::newRow("remove then add back")
        << QStringList{u"set 1 2 3"_s, u"remove 2"_s, u"add 2"_s} << QList<qint64>{1, 3, 2} << QList<qint64>{};
    QTest::newRow("update keeps place") << QStringList{u"set 1 2 3"_s, u"update 2"_s} << QList<qint64>{1, 2, 3}
                                        << QList<qint64>{};
    QTest::newRow("update unknown") << QStringList{u"set 1"_s, u"update 5"_s} << QList<qint64>{1} << QList<qint64>{5};
    QTest::newRow("remove all") << QStringList{u"set 1 2"_s, u"remove 2"_s, u"remove 1"_s} << QList<qint64>{}
                                << QList<qint64>{1, 2};
}

void TestRowListModel::lookupFollowsEdits()
{
    QFETCH(QStringList, steps);
    QFETCH(QList<qint64>, expectedIds);
    QFETCH(QList<qint64>, absentIds);

    AnnotationListModel model;
    // Fails the test on any inconsistent signal or index while the rows change.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (!steps.first().startsWith(u"set"))
        model.setAnnotations(kDocument, {});
    for (const QString &step : std::as_const(steps))
        apply(model, step);

    QCOMPARE(model.rowCount(), expectedIds.size());
    for (int row = 0; row < expectedIds.size(); ++row) {
        const qint64 id = expectedIds.at(row);
        QCOMPARE(model.annotations().at(row).id, id);
        QCOMPARE(model.indexOfAnnotation(id).row(), row);
        QCOMPARE(model.index(row).data(AnnotationListModel::IdRole).toLongLong(), id);
        const auto found = model.annotation(id);
        QVERIFY(found);
        QCOMPARE(found->id, id);
    }
    for (qint64 id : std::as_const(absentIds)) {
        QVERIFY(!model.annotation(id));
        QVERIFY(!model.indexOfAnnotation(id).isValid());
    }
    if (steps.contains(u"update 2"_s))
        QCOMPARE(model.annotation(2)->note, u"changed"_s);
}

void TestRowListModel::documentCountsByIndex()
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<DocumentRecord> documents;
    for (qint64 id : {3, 1, 2}) {
        DocumentRecord record;
        record.id = id;
        record.title = u"Document %1"_s.arg(id);
        documents.append(record);
    }
    model.setDocuments(documents);
    model.addAnnotationCount(1, 2);
    model.addAnnotationCount(1, 1);
    model.addAnnotationCount(9, 5); // no such document: nothing happens
    QCOMPARE(model.documentCount(), 3);
    QCOMPARE(model.indexOfDocument(1).row(), 1);
    QCOMPARE(model.indexOfDocument(1).data(DocumentListModel::AnnotationCountRole).toInt(), 3);
    QCOMPARE(model.indexOfDocument(3).data(DocumentListModel::AnnotationCountRole).toInt(), 0);
    QVERIFY(!model.indexOfDocument(9).isValid());
}

QTEST_MAIN(TestRowListModel)
#include "tst_rowlistmodel.moc"
