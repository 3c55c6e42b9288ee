// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/Importer.h"
#include "gui/reader/DocumentView.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace marginalia;
using namespace Qt::StringLiterals;

// Clicks, drags and double-clicks in the reader land on the line under the pointer, also with the reader's
// tall lines and paragraph spacing (the layout's own hit test sends the top of a first line to the blank
// line before it, and the top of later lines to the line start).
class TestDocumentView final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickLandsOnTheLineUnderThePointer_data();
    void clickLandsOnTheLineUnderThePointer();
    void dragAlongAFirstLineSelectsOnThatLine();
    void doubleClickOnAFirstLineSelectsAWord();

private:
    struct LineBox {
        int blockPosition = 0;
        int lineStart = 0; // in the document (UTF-16)
        int lineEnd = 0;
        QRectF rect;       // viewport coordinates, the line's text box
    };
    QList<LineBox> visibleLines() const;

    QTemporaryDir m_dir;
    DocumentView *m_view = nullptr;
};

void TestDocumentView::init()
{
    // Markdown gives headings, paragraphs and a list: every line-height the reader uses.
    const QByteArray markdown =
        "# Harbour council delays the flood barrier vote\n\n"
        "The council of the port town postponed on Tuesday a vote on the flood barrier that engineers have "
        "proposed for the old harbour, after residents filled the hall and asked for more time to read.\n\n"
        "## What residents asked\n\n"
        "Fishermen asked whether the gate would narrow the channel their boats use at low tide, and shop "
        "owners on the quay asked who would pay for the months of building work in front of their doors.\n\n"
        "- a first item that is long enough to need a second line in a narrow reading column of the view\n"
        "- a second item\n\n"
        "The council will meet again in March, when the engineers are expected to present a revised plan.\n";
    const QString path = m_dir.filePath(u"article.md"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(markdown);
    file.close();
    auto imported = importFile(path);
    QVERIFY(imported.has_value());
    DocumentRecord record;
    record.id = 1;
    record.title = imported->meta.title;
    record.text = imported->text;
    record.blocks = imported->blocks;
    record.format = imported->format;
    m_view = new DocumentView;
    m_view->resize(520, 900);
    m_view->showDocument(record);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestDocumentView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

QList<TestDocumentView::LineBox> TestDocumentView::visibleLines() const
{
    QList<LineBox> lines;
    const QTextDocument *document = m_view->document();
    const qreal scrolled = m_view->verticalScrollBar()->value();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.isVisible() || block.length() <= 1)
            continue;
        const QRectF blockRect = document->documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        for (int index = 0; index < layout->lineCount(); ++index) {
            const QTextLine line = layout->lineAt(index);
            const QRectF text = line.naturalTextRect().translated(blockRect.topLeft()).translated(0, -scrolled);
            if (text.bottom() > m_view->viewport()->height())
                return lines;
            lines.append({block.position(), block.position() + line.textStart(),
                          block.position() + line.textStart() + line.textLength(), text});
        }
    }
    return lines;
}

void TestDocumentView::clickLandsOnTheLineUnderThePointer_data()
{
    QTest::addColumn<double>("height"); // where in the line's text box, 0 top .. 1 bottom
    QTest::addColumn<int>("zoom");      // the reader's zoom steps: line heights and spacing grow with it
    for (const int zoom : {0, 4}) {
        const QByteArray suffix = zoom == 0 ? QByteArray() : " at zoom " + QByteArray::number(zoom);
        QTest::addRow("top pixel row%s", suffix.constData()) << 0.04 << zoom;
        QTest::addRow("upper quarter%s", suffix.constData()) << 0.25 << zoom;
        QTest::addRow("middle%s", suffix.constData()) << 0.5 << zoom;
        QTest::addRow("lower quarter%s", suffix.constData()) << 0.75 << zoom;
        QTest::addRow("bottom pixel row%s", suffix.constData()) << 0.96 << zoom;
    }
}

void TestDocumentView::clickLandsOnTheLineUnderThePointer()
{
    QFETCH(double, height);
    QFETCH(int, zoom);
    m_view->setZoomSteps(zoom);
    QCoreApplication::processEvents(); // the view rebuilds its layout after a zoom
    const QList<LineBox> lines = visibleLines();
    QVERIFY2(lines.size() >= 8, "the test document should show several paragraphs and lines");
    for (const LineBox &line : lines) {
        const qreal x = line.rect.left() + line.rect.width() * 0.6;
        // Where a click in the middle of the line goes: the reference for every other height.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(int(x), int(line.rect.center().y())));
        const int expected = m_view->textCursor().position();
        QVERIFY2(
            expected > line.lineStart && expected < line.lineEnd,
            qPrintable(
                u"a click in the middle of [%1, %2) went to %3"_s.arg(line.lineStart).arg(line.lineEnd).arg(expected)));
        const QPoint point(int(x), int(line.rect.top() + line.rect.height() * height));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(m_view->textCursor().position(), expected);
    }
}

void TestDocumentView::dragAlongAFirstLineSelectsOnThatLine()
{
    const QList<LineBox> lines = visibleLines();
    QVERIFY(lines.size() >= 4);
    // The first line of each paragraph, dragged along its upper third.
    for (const LineBox &line : lines) {
        if (line.lineStart != line.blockPosition)
            continue;
        const int y = int(line.rect.top() + line.rect.height() / 3);
        QWidget *viewport = m_view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, QPoint(int(line.rect.left() + 4), y));
        QMouseEvent move(QEvent::MouseMove, QPointF(line.rect.left() + line.rect.width() / 2, y),
                         viewport->mapToGlobal(QPointF(line.rect.left() + line.rect.width() / 2, y)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, QPoint(int(line.rect.left() + line.rect.width() / 2), y));
        const QTextCursor cursor = m_view->textCursor();
        QVERIFY2(cursor.hasSelection(), qPrintable(u"nothing selected on the line at %1"_s.arg(line.lineStart)));
        QVERIFY(cursor.selectionStart() >= line.lineStart);
        QVERIFY(cursor.selectionEnd() <= line.lineEnd);
    }
}

void TestDocumentView::doubleClickOnAFirstLineSelectsAWord()
{
    for (const LineBox &line : visibleLines()) {
        if (line.lineStart != line.blockPosition)
            continue;
        const QPoint point(int(line.rect.left() + line.rect.width() * 0.3), int(line.rect.top() + 2));
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, point);
        const QString word = m_view->textCursor().selectedText();
        QVERIFY2(!word.isEmpty() && !word.contains(u' '),
                 qPrintable(
                     u"double-click at the top of the line at %1 selected “%2”"_s.arg(line.lineStart).arg(word)));
    }
}

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"
