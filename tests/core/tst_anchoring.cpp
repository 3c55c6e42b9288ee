// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RevisedArticle.h"
#include "core/model/Model.h"
#include "core/text/Anchoring.h"
#include "core/text/Text.h"
#include "core/text/TextIndex.h"

#include <QElapsedTimer>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

// The passage `quote` (its `occurrence`-th appearance) of `text` as an annotation would store it.
AnchorTarget targetOf(const QString &text, const QString &quote, int occurrence = 0)
{
    int at = -1;
    for (int seen = 0; seen <= occurrence; ++seen)
        at = int(text.indexOf(quote, at + 1));
    const CodePointIndex codePoints(text);
    Annotation annotation;
    annotation.start = codePoints.toCodePoint(at);
    annotation.end = codePoints.toCodePoint(at + int(quote.size()));
    fillContext(annotation, text);
    return {annotation.start, annotation.end, annotation.quote, annotation.prefix, annotation.suffix};
}

const QString kArticle = u"The council met on Tuesday to discuss the budget. The mayor said \"we will not raise taxes "
                         u"this year\" and left early. Critics were not convinced by the promise. A spokesperson for "
                         u"the opposition called the plan a gimmick that would not survive the winter."_s;

} // namespace

class TestAnchoring final : public QObject {
    Q_OBJECT
private slots:
    void textIndex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("long, twice") << u"abcdefghij--abcdefghij"_s << u"cdefghij"_s << QList<int>{2, 14};
        QTest::newRow("longer than the key")
            << u"the red pear and the red pen"_s << u"the red pe"_s << QList<int>{0, 17};
        QTest::newRow("longer, checked in full")
            << u"the red pear and the red pen"_s << u"the red pen"_s << QList<int>{17};
        QTest::newRow("short") << u"abab"_s << u"ab"_s << QList<int>{0, 2};
        QTest::newRow("at the very end") << u"xxab"_s << u"ab"_s << QList<int>{2};
        QTest::newRow("past the end") << u"xxa"_s << u"ab"_s << QList<int>{};
        QTest::newRow("absent") << u"abcdefgh"_s << u"zz"_s << QList<int>{};
    }
    void textIndex()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(QList<int>, expected);
        const TextIndex index(text);
        QList<int> found = index.occurrences(needle);
        std::sort(found.begin(), found.end());
        QCOMPARE(found, expected);
    }

    void place_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<AnchorStatus>("status");
        QTest::addColumn<QString>("expectedQuote"); // what the place in the new text says; empty for an orphan
        QTest::addColumn<int>("expectedOccurrence"); // which appearance of it in the new text

        const QString quote = u"we will not raise taxes this year"_s;
        QTest::newRow("unchanged") << kArticle << kArticle << quote << 0 << AnchorStatus::Exact << quote << 0;
        QTest::newRow("text inserted far before")
            << kArticle << (u"An added first sentence, quite long, about nothing. "_s + kArticle) << quote << 0
            << AnchorStatus::Exact << quote << 0;
        QTest::newRow("sentence inserted right before")
            << kArticle << QString(kArticle).replace(u"The mayor said"_s, u"Rain fell. The mayor then told us"_s)
            << quote << 0 << AnchorStatus::Moved << quote << 0;
        QTest::newRow("typographic quotes around it")
            << kArticle
            << QString(kArticle).replace(u"said \"we"_s, u"said \u201Cwe"_s).replace(u"year\""_s, u"year\u201D"_s)
            << quote << 0 << AnchorStatus::Moved << quote << 0;
        QTest::newRow("typographic quotes inside it")
            << kArticle
            << QString(kArticle).replace(u"said \"we"_s, u"said \u201Cwe"_s).replace(u"year\""_s, u"year\u201D"_s)
            << u"said \"we will not raise taxes this year\""_s << 0 << AnchorStatus::Fuzzy
            << u"said \u201Cwe will not raise taxes this year\u201D"_s << 0;
        QTest::newRow("typo fixed inside a quote")
            << QString(kArticle).replace(u"raise"_s, u"riase"_s) << kArticle << u"we will not riase taxes this year"_s
            << 0 << AnchorStatus::Fuzzy << quote << 0;
        QTest::newRow("sentence removed")
            << kArticle << QString(kArticle).remove(u"Critics were not convinced by the promise. "_s)
            << u"Critics were not convinced"_s << 0 << AnchorStatus::Orphaned << QString() << 0;
        QTest::newRow("removed, its short quote still elsewhere")
            << kArticle << QString(kArticle).remove(u"Critics were not convinced by the promise. "_s) << u"promise"_s
            << 0 << AnchorStatus::Orphaned << QString() << 0;
        const QString twice = u"First: the budget passed. Later: the budget passed. End."_s;
        QTest::newRow("repeated quote, the context decides")
            << twice << (u"Intro. "_s + twice) << u"the budget passed"_s << 1 << AnchorStatus::Exact
            << u"the budget passed"_s << 1;
        QTest::newRow("repeated quote, the position decides")
            << u"A: budget. B: budget. C: budget."_s << u"X: budget. Y: budget. Z: budget."_s << u"budget"_s << 1
            << AnchorStatus::Moved << u"budget"_s << 1;
        QTest::newRow("emoji before: code points")
            << (u"\U0001F600 "_s + kArticle) << (u"\U0001F600\U0001F600 Intro. "_s + kArticle) << quote << 0
            << AnchorStatus::Exact << quote << 0;
        QTest::newRow("nothing left") << kArticle << u"Entirely new words."_s << quote << 0 << AnchorStatus::Orphaned
                                      << QString() << 0;
    }
    void place()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QString, quote);
        QFETCH(int, occurrence);
        QFETCH(AnchorStatus, status);
        QFETCH(QString, expectedQuote);
        QFETCH(int, expectedOccurrence);
        const Reanchoring reanchoring(oldText, newText);
        const AnchorPlacement placed = reanchoring.place(targetOf(oldText, quote, occurrence));
        QCOMPARE(nameOf(placed.status), nameOf(status));
        if (status == AnchorStatus::Orphaned) {
            QCOMPARE(placed.start, placed.end);
            return;
        }
        QCOMPARE(codePointMid(newText, placed.start, placed.end), expectedQuote);
        const AnchorTarget expected = targetOf(newText, expectedQuote, expectedOccurrence);
        QCOMPARE(placed.start, expected.start);
        QVERIFY(placed.score > 0.5 && placed.score <= 1.0);
        if (status == AnchorStatus::Exact)
            QCOMPARE(placed.score, 1.0);
    }

    // The acceptance case at a smaller size (the bench runs the 1 MB one): every passage that still
    // exists lands on what it says now, the others become orphans.
    void revisedArticle_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {7u, 11u, 23u, 42u, 99u, 1234u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void revisedArticle()
    {
        QFETCH(quint32, seed);
        const auto article = testdata::makeRevisedArticle(200'000, 2'000, seed);
        const Reanchoring reanchoring(article.oldText, article.newText);
        int orphans = 0, fuzzy = 0;
        for (const auto &passage : article.passages) {
            Annotation annotation;
            annotation.start = passage.start;
            annotation.end = passage.end;
            fillContext(annotation, article.oldText);
            const AnchorPlacement placed = reanchoring.place(
                {passage.start, passage.end, annotation.quote, annotation.prefix, annotation.suffix});
            const QString where = u"passage at %1: “%2”"_s.arg(passage.start).arg(annotation.quote);
            if (passage.removed) {
                QVERIFY2(placed.status == AnchorStatus::Orphaned, qPrintable(where + u" was placed"_s));
                ++orphans;
                continue;
            }
            QVERIFY2(placed.status != AnchorStatus::Orphaned, qPrintable(where + u" became an orphan"_s));
            const QString landed = article.newText.mid(placed.start, placed.end - placed.start);
            if (passage.changed) {
                QVERIFY2(placed.status == AnchorStatus::Fuzzy, qPrintable(where + u" not fuzzy"_s));
                QVERIFY2(textSimilarity(landed, passage.expectedQuote) >= 0.9,
                         qPrintable(where + u" landed on “"_s + landed + u"”"_s));
                ++fuzzy;
            } else {
                QVERIFY2(landed == passage.expectedQuote, qPrintable(where + u" landed on “"_s + landed + u"”"_s));
            }
        }
        QVERIFY(orphans > 20);
        QVERIFY(fuzzy > 20);
    }
};

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
