// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/DocumentView.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

using namespace marginalia;
using namespace Qt::StringLiterals;

// The reader keeps their place: paging over folded passages goes on down the text, and a theme switch, a
// zoom or a font change (each rebuilds the document) leaves the view on the paragraph it showed, also after
// Qt has laid the rest of a long text out.
class TestReadingPosition final : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void pageDownOverFoldedPassagesGoesOn_data();
    void pageDownOverFoldedPassagesGoesOn();
    void rebuildKeepsTheParagraphOnScreen_data();
    void rebuildKeepsTheParagraphOnScreen();

private:
    // `paragraphs` numbered paragraphs; every `quietEvery`-th block (0: none) is boilerplate, folded away.
    void showDocument(int paragraphs, int quietEvery, bool folded);
    // Lets the layout of the rest of the document finish (Qt lays long texts out in steps).
    void waitForLayout();

    DocumentView *m_view = nullptr;
};

void TestReadingPosition::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestReadingPosition::showDocument(int paragraphs, int quietEvery, bool folded)
{
    DocumentRecord record;
    record.id = 1;
    record.format = u"txt"_s;
    QString text;
    for (int number = 0; number < paragraphs; ++number) {
        const bool quiet = quietEvery > 0 && number % quietEvery == quietEvery - 1;
        const QString paragraph =
            quiet ? u"Subscribe now for unlimited access, offer %1."_s.arg(number)
                  : u"Paragraph %1 tells how the tide rose over the quay and what the council did about it, "
                    "in words long enough to wrap over more than one line of the reading column."_s.arg(number);
        if (!text.isEmpty())
            text += u"\n\n"_s;
        Block block;
        block.start = int(text.size());
        text += paragraph;
        block.end = int(text.size());
        block.kind = quiet ? BlockKind::Boilerplate : BlockKind::Paragraph;
        record.blocks.append(block);
    }
    record.text = text;
    m_view = new DocumentView;
    m_view->resize(700, 500);
    m_view->showDocument(record);
    m_view->setBoilerplateFolded(folded);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestReadingPosition::waitForLayout()
{
    QSizeF size;
    for (int step = 0; step < 50 && size != m_view->document()->documentLayout()->documentSize(); ++step) {
        size = m_view->document()->documentLayout()->documentSize();
        QTest::qWait(100);
    }
}

void TestReadingPosition::pageDownOverFoldedPassagesGoesOn_data()
{
    QTest::addColumn<int>("quietEvery");
    QTest::addColumn<bool>("folded");
    QTest::newRow("folded every 3rd") << 3 << true;
    QTest::newRow("folded every 7th") << 7 << true;
    QTest::newRow("unfolded") << 3 << false;
    QTest::newRow("nothing to fold") << 0 << true;
}

void TestReadingPosition::pageDownOverFoldedPassagesGoesOn()
{
    QFETCH(int, quietEvery);
    QFETCH(bool, folded);
    showDocument(300, quietEvery, folded);
    m_view->setFocus();
    m_view->moveCursor(QTextCursor::Start);
    QScrollBar *bar = m_view->verticalScrollBar();
    QVERIFY(bar->maximum() > 10 * m_view->viewport()->height());
    int previous = bar->value();
    for (int press = 1; press <= 12; ++press) {
        QTest::keyClick(m_view, Qt::Key_PageDown);
        QVERIFY2(bar->value() > previous,
                 qPrintable(u"PageDown %1 went from %2 to %3"_s.arg(press).arg(previous).arg(bar->value())));
        QVERIFY(m_view->textCursor().block().isVisible()); // the caret is never in a folded passage
        previous = bar->value();
    }
    for (int press = 1; press <= 6; ++press) {
        QTest::keyClick(m_view, Qt::Key_PageUp);
        QVERIFY2(bar->value() < previous,
                 qPrintable(u"PageUp %1 went from %2 to %3"_s.arg(press).arg(previous).arg(bar->value())));
        previous = bar->value();
    }
    // Shift+PageDown extends the selection a page down.
    const int caret = m_view->textCursor().position();
    QTest::keyClick(m_view, Qt::Key_PageDown, Qt::ShiftModifier);
    QCOMPARE(m_view->textCursor().anchor(), caret);
    QVERIFY(m_view->textCursor().position() > caret);
}

void TestReadingPosition::rebuildKeepsTheParagraphOnScreen_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("dark theme") << u"theme"_s;
    QTest::newRow("zoom in") << u"zoom"_s;
    QTest::newRow("fold") << u"fold"_s;
}

void TestReadingPosition::rebuildKeepsTheParagraphOnScreen()
{
    QFETCH(QString, change);
    showDocument(2000, 9, false);
    waitForLayout();
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    const int before = m_view->readingPosition();
    const QTextBlock shown = m_view->document()->findBlock(m_view->codePoints().toUtf16(before));
    QVERIFY(shown.blockNumber() > 1000);
    const KSyntaxHighlighting::Repository repository;
    if (change == u"theme"_s)
        m_view->setTheme(repository.theme(u"Breeze Dark"_s));
    else if (change == u"zoom"_s)
        m_view->setZoomSteps(3);
    else
        m_view->setBoilerplateFolded(true);
    const auto paragraphOnTop = [&] {
        const int at = m_view->codePoints().toUtf16(m_view->readingPosition());
        return m_view->document()->findBlock(at).blockNumber();
    };
    // Right after the change and once the rest is laid out (that moved the view near the top before).
    QVERIFY2(std::abs(paragraphOnTop() - shown.blockNumber()) <= 2,
             qPrintable(u"paragraph %1 on top, was %2"_s.arg(paragraphOnTop()).arg(shown.blockNumber())));
    waitForLayout();
    QVERIFY2(std::abs(paragraphOnTop() - shown.blockNumber()) <= 2,
             qPrintable(u"after layout: paragraph %1 on top, was %2"_s.arg(paragraphOnTop()).arg(shown.blockNumber())));
    // Scrolling afterwards is the reader's: the next layout step does not pull the view back.
    bar->setValue(bar->maximum() / 4);
    const int moved = bar->value();
    m_view->resize(720, 500);
    waitForLayout();
    QVERIFY(std::abs(bar->value() - moved) < bar->maximum() / 8);
}

QTEST_MAIN(TestReadingPosition)
#include "tst_readingposition.moc"
