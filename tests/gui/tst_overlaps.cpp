// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestDocuments.h"

#include "gui/reader/AnnotationLanes.h"
#include "gui/reader/DocumentView.h"
#include "gui/reader/SpanHighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace marginalia;
using namespace Qt::StringLiterals;

// Overlapping and adjacent annotations in the real reader: each keeps its own underline, a suggestion
// inside a highlight still shows, hovering lists them all and clicking the same place cycles through them.
class TestOverlaps final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyAnnotationHasItsUnderline();
    void suggestionInsideAHighlightShows();
    void toolTipListsEveryAnnotation();
    void clickCyclesThroughOverlaps();
    void escapeClearsTheSelection();

private:
    // The viewport rectangle of the text [start, end) on its (first) line.
    QRectF textRect(int start, int end) const;

    DocumentView *m_view = nullptr;
    QString m_text;
    int m_outerStart = 0, m_outerEnd = 0, m_innerStart = 0, m_innerEnd = 0, m_nextEnd = 0;
    const QColor m_outerColor = QColor(0xf4, 0xb4, 0xb4);
    const QColor m_innerColor = QColor(0xb4, 0xd4, 0xf4);
    const QColor m_nextColor = QColor(0xb4, 0xf0, 0xb4);
};

void TestOverlaps::init()
{
    const ImportedDocument imported = test::textDocument(
        u"The council of the port town postponed a vote on the flood barrier on Tuesday."_s);
    DocumentRecord record;
    record.id = 1;
    record.text = imported.text;
    record.blocks = imported.blocks;
    record.format = imported.format;
    m_text = record.text;
    m_view = new DocumentView;
    m_view->resize(900, 400);
    m_view->showDocument(record);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));

    // "council of the port town" holds "port town"; " postponed" touches both on the right.
    m_outerStart = int(m_text.indexOf(u"council"_s));
    m_outerEnd = int(m_text.indexOf(u" postponed"_s));
    m_innerStart = int(m_text.indexOf(u"port town"_s));
    m_innerEnd = m_outerEnd;
    m_nextEnd = int(m_text.indexOf(u" a vote"_s));
    QList<HighlightSpan> spans{
        {.start = m_outerStart, .end = m_outerEnd, .color = m_outerColor, .id = 1, .toolTip = u"<b>Place</b>"_s},
        {.start = m_innerStart, .end = m_innerEnd, .color = m_innerColor, .id = 2, .toolTip = u"<b>Actor</b>"_s},
        {.start = m_outerEnd, .end = m_nextEnd, .color = m_nextColor, .id = 3, .toolTip = u"<b>Event</b>"_s},
    };
    assignLanes(spans);
    m_view->highlighter()->setLayer(HighlightSpan::Layer::Annotation, spans);
    const int suggestionStart = int(m_text.indexOf(u"town"_s));
    m_view->highlighter()->setLayer(HighlightSpan::Layer::Suggestion, {{.start = suggestionStart,
                                                                        .end = suggestionStart + 4,
                                                                        .layer = HighlightSpan::Layer::Suggestion,
                                                                        .color = QColor(0x20, 0x60, 0xc0),
                                                                        .toolTip = u"suggested place"_s}});
    QTest::qWait(50); // the coalesced repaint
}

void TestOverlaps::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

QRectF TestOverlaps::textRect(int start, int end) const
{
    const QTextBlock block = m_view->document()->findBlock(start);
    const QTextLayout *layout = block.layout();
    const QTextLine line = layout->lineForTextPosition(start - block.position());
    const QPointF origin = layout->position() - QPointF(0, m_view->verticalScrollBar()->value());
    const qreal left = line.cursorToX(start - block.position());
    const qreal right = line.cursorToX(end - block.position());
    return QRectF(origin.x() + left, origin.y() + line.y(), right - left, line.ascent() + line.descent());
}

void TestOverlaps::everyAnnotationHasItsUnderline()
{
    const QImage shot = m_view->viewport()->grab().toImage();
    QVERIFY(shot.save(QCoreApplication::applicationDirPath() + u"/marginalia-gui-overlaps.png"_s));
    // Under "port town" both the inner and the outer annotation show their own line; under "council" only
    // the outer; under "postponed" the next one, on another lane than "port town" beside it.
    const auto rowsWith = [&](const QRectF &text, const QColor &color) {
        QList<int> rows;
        const int x = int(text.center().x());
        for (int y = int(text.bottom()); y < int(text.bottom()) + 16 && y < shot.height(); ++y)
            if (shot.pixel(x, y) == AnnotationLanes::lineColor(color).rgb())
                rows.append(y);
        return rows;
    };
    const QRectF inner = textRect(m_innerStart, m_innerEnd);
    const QRectF outerOnly = textRect(m_outerStart, m_outerStart + 7);
    const QRectF next = textRect(m_outerEnd + 1, m_nextEnd);
    const QList<int> innerRows = rowsWith(inner, m_innerColor);
    const QList<int> outerRows = rowsWith(inner, m_outerColor);
    QString column; // what is under "port town", for the message
    for (int y = int(inner.bottom()); y < int(inner.bottom()) + 16; ++y)
        column += shot.pixelColor(int(inner.center().x()), y).name() + u' ';
    QVERIFY2(!innerRows.isEmpty(), qPrintable(u"the inner annotation has no underline: "_s + column + u" want "_s
                                              + AnnotationLanes::lineColor(m_innerColor).name()));
    QVERIFY2(!outerRows.isEmpty(), "the outer annotation's underline is hidden under the inner one");
    QVERIFY(innerRows.first() < outerRows.first()); // the innermost nearest the text
    QCOMPARE(rowsWith(outerOnly, m_outerColor), outerRows);
    QVERIFY(rowsWith(outerOnly, m_innerColor).isEmpty());
    const QList<int> nextRows = rowsWith(next, m_nextColor);
    QVERIFY(!nextRows.isEmpty());
    QVERIFY(nextRows.first() != innerRows.first()); // adjacent ones do not read as one
    // The background is the innermost annotation's.
    QCOMPARE(shot.pixelColor(int(inner.left()) + 2, int(inner.top()) + 1), m_innerColor);
}

void TestOverlaps::suggestionInsideAHighlightShows()
{
    // Highlights are painted as the view's extra selections, only for the blocks on screen.
    const int position = int(m_text.indexOf(u"town"_s)) + 1;
    bool underlined = false;
    for (const QTextEdit::ExtraSelection &selection : m_view->extraSelections()) {
        if (selection.cursor.selectionStart() <= position && position < selection.cursor.selectionEnd())
            underlined = selection.format.underlineStyle() == QTextCharFormat::DotLine;
    }
    QVERIFY2(underlined, "the suggestion inside the highlighted passage has no underline");
}

void TestOverlaps::toolTipListsEveryAnnotation()
{
    const QString tip = m_view->toolTipAt(m_innerStart + 6); // in "town": two annotations and the suggestion
    QVERIFY(tip.contains(u"2 annotations here"_s));
    const qsizetype actor = tip.indexOf(u"Actor"_s), place = tip.indexOf(u"Place"_s);
    QVERIFY(actor > 0 && place > actor); // innermost first
    QVERIFY(tip.indexOf(u"suggested place"_s) > place);
    QVERIFY(!m_view->toolTipAt(m_outerStart + 1).contains(u"Actor"_s));
}

void TestOverlaps::clickCyclesThroughOverlaps()
{
    QSignalSpy clicked(m_view, &DocumentView::annotationClicked);
    const QPoint overlap = textRect(m_innerStart + 1, m_innerStart + 3).center().toPoint();
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, overlap);
    QCOMPARE(clicked.size(), 3);
    QCOMPARE(clicked.at(0).at(0).toLongLong(), 2); // the innermost first
    QCOMPARE(clicked.at(1).at(0).toLongLong(), 1);
    QCOMPARE(clicked.at(2).at(0).toLongLong(), 2);
    QCOMPARE(m_view->activeAnnotation(), 2);
    // A place with one annotation chooses it, whatever came before.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      textRect(m_outerEnd + 2, m_outerEnd + 4).center().toPoint());
    QCOMPARE(clicked.last().at(0).toLongLong(), 3);
}

void TestOverlaps::escapeClearsTheSelection()
{
    m_view->setFocus();
    m_view->selectRange(m_outerStart, m_outerEnd);
    QVERIFY(m_view->textCursor().hasSelection());
    QTest::keyClick(m_view, Qt::Key_Escape);
    QVERIFY(!m_view->textCursor().hasSelection());
    QCOMPARE(m_view->textCursor().position(), m_outerEnd);
}

QTEST_MAIN(TestOverlaps)
#include "tst_overlaps.moc"
