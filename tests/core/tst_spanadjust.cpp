// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/SpanAdjust.h"

#include <QTest>

using namespace marginalia;

class TestSpanAdjust : public QObject {
    Q_OBJECT

private slots:
    void movesAnEndByAWord_data();
    void movesAnEndByAWord();
};

void TestSpanAdjust::movesAnEndByAWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("edge"); // 0 start, 1 end
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("quote");

    const QString text = QStringLiteral("The harbour board's well-known plan, said Ms Ørsted, failed.");
    //                                   0123456789012345678901234567890123456789012345678901234567890
    // "harbour board's" = [4, 19)
    QTest::newRow("end takes in the next word") << text << 4 << 19 << 1 << 1 << "harbour board's well-known";
    QTest::newRow("end lets the last word go") << text << 4 << 19 << 1 << -1 << "harbour";
    QTest::newRow("start takes in the previous word") << text << 4 << 19 << 0 << -1 << "The harbour board's";
    QTest::newRow("start lets the first word go") << text << 4 << 19 << 0 << 1 << "board's";
    QTest::newRow("end crosses punctuation") << text << 20 << 30 << 1 << 1 << "well-known plan";
    QTest::newRow("end from inside a word") << text << 4 << 7 << 1 << 1 << "harbour";
    QTest::newRow("start from inside a word") << text << 7 << 11 << 0 << -1 << "harbour";
    QTest::newRow("letters beyond Latin-1") << text << 37 << 44 << 1 << 1 << "said Ms Ørsted";
    QTest::newRow("never empty: last word kept") << text << 4 << 11 << 1 << -1 << "harbour";
    QTest::newRow("never empty: start stops") << text << 4 << 11 << 0 << 1 << "harbour";
    QTest::newRow("no word before the start") << text << 0 << 3 << 0 << -1 << "The";
    QTest::newRow("no word after the end") << text << 53 << 59 << 1 << 1 << "failed";
    const QString astral = QStringLiteral("Read \U0001D400\U0001D401 notes here");
    QTest::newRow("code points, not UTF-16 units") << astral << 0 << 4 << 1 << 1 << "Read \U0001D400\U0001D401";
}

void TestSpanAdjust::movesAnEndByAWord()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, edge);
    QFETCH(int, step);
    QFETCH(QString, quote);
    const auto [newStart, newEnd] = adjustedSpan(text, start, end, edge == 0 ? SpanEdge::Start : SpanEdge::End, step);
    const QList<uint> codePoints = text.toUcs4();
    QVERIFY(newStart < newEnd);
    const QString got = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + newStart,
                                          newEnd - newStart);
    QCOMPARE(got, quote);
}

QTEST_GUILESS_MAIN(TestSpanAdjust)
#include "tst_spanadjust.moc"
