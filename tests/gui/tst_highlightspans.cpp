#include "gui/reader/HighlightSpans.h"

#include <QTest>

using namespace marginalia;

class TestHighlightSpans final : public QObject {
    Q_OBJECT

private slots:
    void nestedAnnotationsBothVisible();
    void partialOverlapAndLayers();
    void codePointOffsetsBecomeUtf16();
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
    QVERIFY(!segments[0].underline.isValid());
    QCOMPARE(segments[1].start, 5);
    QCOMPARE(segments[1].end, 8);
    QCOMPARE(segments[1].background, QColor(0x00ff00)); // the inner one on top
    QCOMPARE(segments[1].underline, QColor(0xff0000));  // the outer one still shows
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
    QCOMPARE(at(5).underline, QColor(0xff0000));
    QVERIFY(at(6).moreThanTwo);
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

QTEST_APPLESS_MAIN(TestHighlightSpans)
#include "tst_highlightspans.moc"
