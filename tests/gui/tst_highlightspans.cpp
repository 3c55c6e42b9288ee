// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/HighlightSpans.h"
#include "gui/reader/SpanHighlighter.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

class TestHighlightSpans final : public QObject {
    Q_OBJECT

private slots:
    void nestedAnnotationsBothVisible();
    void partialOverlapAndLayers();
    void codePointOffsetsBecomeUtf16();
    void lanes_data();
    void lanes();
    void innermostFirstAndClickCycle();
    void oneEditGivesTheLanesOfAWholeRebuild_data();
    void oneEditGivesTheLanesOfAWholeRebuild();
    void aNewNotePaintsNothing();
    void appendedBatchesPaintAsOneLayer_data();
    void appendedBatchesPaintAsOneLayer();
};

namespace {
HighlightSpan annotation(int start, int end, QRgb color, qint64 id = 0)
{
    return HighlightSpan{
        .start = start, .end = end, .layer = HighlightSpan::Layer::Annotation, .color = QColor(color), .id = id};
}
} // namespace

void TestHighlightSpans::nestedAnnotationsBothVisible()
{
    // A claim 0-20 with a figure 5-8 inside it, painted over a block 0-30.
    const QList<HighlightSpan> spans{annotation(0, 20, 0xff0000), annotation(5, 8, 0x00ff00)};
    const QList<PaintedSegment> segments = paintedSegments(std::span(spans.constData(), size_t(spans.size())), 0, 30);
    QCOMPARE(segments.size(), 3);
    QCOMPARE(segments[0].start, 0);
    QCOMPARE(segments[0].end, 5);
    QCOMPARE(segments[0].background, QColor(0xff0000));
    QCOMPARE(segments[1].start, 5);
    QCOMPARE(segments[1].end, 8);
    QCOMPARE(segments[1].background, QColor(0x00ff00)); // the inner one on top; the outer keeps its lane
    QCOMPARE(segments[2].start, 8);
    QCOMPARE(segments[2].end, 20);
}

void TestHighlightSpans::partialOverlapAndLayers()
{
    QList<HighlightSpan> spans{annotation(0, 10, 0xff0000), annotation(5, 15, 0x0000ff), annotation(6, 7, 0x00ff00)};
    spans.append(
        HighlightSpan{.start = 12, .end = 18, .layer = HighlightSpan::Layer::Suggestion, .color = QColor(0x123456)});
    // Only the part inside the block [4, 16) is painted, in block-independent positions.
    const QList<PaintedSegment> segments = paintedSegments(std::span(spans.constData(), size_t(spans.size())), 4, 16);
    QCOMPARE(segments.first().start, 4);
    QCOMPARE(segments.last().end, 16);
    const auto at = [&](int position) {
        for (const PaintedSegment &s : segments)
            if (s.start <= position && position < s.end)
                return s;
        return PaintedSegment{};
    };
    QCOMPARE(at(4).background, QColor(0xff0000));
    QCOMPARE(at(5).background, QColor(0x0000ff));
    QCOMPARE(at(6).background, QColor(0x00ff00));
    QCOMPARE(at(13).background, QColor(0x0000ff));
    QCOMPARE(at(13).suggestion, QColor(0x123456));
    QVERIFY(!at(15).background.isValid());
    QCOMPARE(at(15).suggestion, QColor(0x123456));
}

void TestHighlightSpans::codePointOffsetsBecomeUtf16()
{
    // "😀 ab": the emoji is two UTF-16 units but one code point.
    const QString text = QStringLiteral("\U0001F600 ab");
    Annotation a;
    a.id = 7;
    a.start = 2; // "a"
    a.end = 4;
    a.tagId = 1;
    const auto spans = annotationHighlights({a}, CodePointIndex(text), [](qint64) { return QColor(Qt::yellow); });
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans[0].start, 3);
    QCOMPARE(spans[0].end, 5);
    QCOMPARE(text.mid(spans[0].start, spans[0].end - spans[0].start), QStringLiteral("ab"));
}

void TestHighlightSpans::lanes_data()
{
    // Spans as "start-end", sorted by start; the lane each gets.
    QTest::addColumn<QStringList>("spans");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("apart") << QStringList{u"0-5"_s, u"10-15"_s} << QList<int>{0, 0};
    QTest::newRow("adjacent stay apart") << QStringList{u"0-5"_s, u"5-9"_s, u"9-12"_s} << QList<int>{0, 1, 0};
    QTest::newRow("nested: inner nearer the text") << QStringList{u"0-20"_s, u"5-8"_s} << QList<int>{1, 0};
    QTest::newRow("same range") << QStringList{u"3-9"_s, u"3-9"_s} << QList<int>{0, 1};
    QTest::newRow("partial overlap") << QStringList{u"0-10"_s, u"5-15"_s} << QList<int>{1, 0};
    QTest::newRow("three deep") << QStringList{u"0-30"_s, u"2-20"_s, u"4-6"_s} << QList<int>{2, 1, 0};
    QTest::newRow("outer around two apart") << QStringList{u"0-30"_s, u"2-6"_s, u"10-14"_s} << QList<int>{1, 0, 0};
}

void TestHighlightSpans::lanes()
{
    QFETCH(QStringList, spans);
    QFETCH(QList<int>, expected);
    QList<HighlightSpan> highlights;
    for (const QString &range : std::as_const(spans))
        highlights.append(annotation(range.section(u'-', 0, 0).toInt(), range.section(u'-', 1, 1).toInt(), 0xff0000));
    assignLanes(highlights);
    QList<int> lanes;
    for (const HighlightSpan &span : std::as_const(highlights))
        lanes.append(span.lane);
    QCOMPARE(lanes, expected);
}

void TestHighlightSpans::innermostFirstAndClickCycle()
{
    QList<HighlightSpan> spans{annotation(0, 30, 0xff0000, 1), annotation(2, 20, 0x00ff00, 2),
                               annotation(4, 6, 0x0000ff, 3), annotation(25, 28, 0x00ffff, 4)};
    spans.append(HighlightSpan{.start = 4, .end = 9, .layer = HighlightSpan::Layer::Suggestion, .id = 9});
    QList<qint64> ids;
    for (const HighlightSpan &span : annotationsInnermostFirst(spans, 5))
        ids.append(span.id);
    QCOMPARE(ids, (QList<qint64>{3, 2, 1})); // no suggestion among them

    ClickCycle cycle;
    QCOMPARE(cycle.choose(ids), 3);
    QCOMPARE(cycle.choose(ids), 2);
    QCOMPARE(cycle.choose(ids), 1);
    QCOMPARE(cycle.choose(ids), 3); // round again
    QCOMPARE(cycle.choose({4, 1}), 4); // another place starts with its innermost
    QCOMPARE(cycle.choose({}), 0);
    QCOMPARE(cycle.choose({4, 1}), 4);
}

void TestHighlightSpans::oneEditGivesTheLanesOfAWholeRebuild_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("textLength");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("sparse") << 40 << 2000 << 1u;
    QTest::newRow("dense, long chains") << 300 << 1500 << 2u;
    QTest::newRow("nested and touching") << 200 << 400 << 3u;
}

// Adding, moving, retagging and removing one annotation at a time gives every annotation the lane that
// assignLanes over the whole list gives it.
void TestHighlightSpans::oneEditGivesTheLanesOfAWholeRebuild()
{
    QFETCH(int, count);
    QFETCH(int, textLength);
    QFETCH(quint32, seed);
    QRandomGenerator random{seed};
    const auto randomSpan = [&](qint64 id) {
        const int start = int(random.bounded(textLength - 1));
        const int end = std::min(textLength, start + 1 + int(random.bounded(40)));
        return annotation(start, end, random.bounded(2) ? 0xffcc00 : 0x66ccff, id);
    };
    QList<HighlightSpan> spans;
    for (qint64 id = 1; id <= count; ++id)
        spans.append(randomSpan(id));
    std::ranges::stable_sort(spans, {}, &HighlightSpan::start);
    assignLanes(spans);
    SpanHighlighter highlighter;
    highlighter.setLayer(HighlightSpan::Layer::Annotation, spans);
    QHash<qint64, HighlightSpan> current;
    for (const HighlightSpan &span : std::as_const(spans))
        current.insert(span.id, span);
    for (int edit = 0; edit < 200; ++edit) {
        const qint64 id = 1 + random.bounded(count + 20);
        if (random.bounded(4) == 0) {
            highlighter.removeAnnotation(id);
            current.remove(id);
        } else {
            const HighlightSpan span = randomSpan(id);
            highlighter.putAnnotation(span);
            current.insert(id, span);
        }
        const QList<HighlightSpan> shown = highlighter.annotationsBetween(0, textLength + 1);
        QCOMPARE(shown.size(), current.size());
        QList<HighlightSpan> rebuilt = shown;
        assignLanes(rebuilt);
        for (qsizetype i = 0; i < shown.size(); ++i) {
            QCOMPARE(shown[i].start, current.value(shown[i].id).start);
            QVERIFY2(shown[i].lane == rebuilt[i].lane,
                     qPrintable(u"edit %1: annotation %2 on lane %3, a rebuild puts it on %4"_s.arg(edit)
                                    .arg(shown[i].id)
                                    .arg(shown[i].lane)
                                    .arg(rebuilt[i].lane)));
        }
    }
}

void TestHighlightSpans::aNewNotePaintsNothing()
{
    SpanHighlighter highlighter;
    highlighter.setLayer(HighlightSpan::Layer::Annotation, {annotation(0, 10, 0xffcc00, 1)});
    QSignalSpy changed(&highlighter, &SpanHighlighter::changed);
    highlighter.putAnnotation(annotation(0, 10, 0xffcc00, 1)); // the same look: a note was typed
    QCOMPARE(changed.size(), 0);
    highlighter.putAnnotation(annotation(0, 10, 0x66ccff, 1)); // retagged
    QCOMPARE(changed.size(), 1);
    QCOMPARE(highlighter.spansAt(5).value(0).color, QColor(0x66ccff));
}

void TestHighlightSpans::appendedBatchesPaintAsOneLayer_data()
{
    QTest::addColumn<QList<int>>("starts"); // find matches in the order they arrive
    QTest::addColumn<int>("batch");
    QTest::newRow("in order, small batches") << QList<int>{0, 3, 9, 20, 21, 40, 77, 90} << 3;
    QTest::newRow("in order, one batch") << QList<int>{5, 6, 7, 50} << 10;
    QTest::newRow("a batch before the last") << QList<int>{30, 40, 50, 2, 8, 60} << 3;
    QTest::newRow("unsorted inside a batch") << QList<int>{10, 4, 70, 65} << 2;
}

// Find results streamed in batches look exactly like the whole list set at once, whatever their order.
void TestHighlightSpans::appendedBatchesPaintAsOneLayer()
{
    QFETCH(QList<int>, starts);
    QFETCH(int, batch);
    const auto match = [](int start) {
        return HighlightSpan{.start = start, .end = start + 4 + start % 7, .layer = HighlightSpan::Layer::FindMatch};
    };
    SpanHighlighter streamed;
    SpanHighlighter whole;
    QList<HighlightSpan> all;
    for (qsizetype first = 0; first < starts.size(); first += batch) {
        QList<HighlightSpan> spans;
        for (int start : starts.mid(first, batch))
            spans.append(match(start));
        streamed.appendToLayer(HighlightSpan::Layer::FindMatch, spans);
        all += spans;
    }
    whole.setLayer(HighlightSpan::Layer::FindMatch, all);
    for (int position = 0; position < 100; ++position) {
        QCOMPARE(streamed.spansAt(position).size(), whole.spansAt(position).size());
        QCOMPARE(streamed.segmentsBetween(position, position + 1).size(),
                 whole.segmentsBetween(position, position + 1).size());
    }
    QCOMPARE(streamed.segmentsBetween(0, 100).size(), whole.segmentsBetween(0, 100).size());
}

QTEST_APPLESS_MAIN(TestHighlightSpans)
#include "tst_highlightspans.moc"
