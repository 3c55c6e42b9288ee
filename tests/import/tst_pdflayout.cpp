// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The PDF layout pieces on synthetic line lists: gutter and column order (PdfLayout), running headers,
// footers and page numbers (PageFurniture), contents pages (ContentsPage) and paragraphs over column and
// page breaks (PdfBlocks). Lines are written "x y width text" on an A4 page (595 x 842 pt), 10 pt high.

#include "core/import/pdf/ContentsPage.h"
#include "core/import/pdf/PageFurniture.h"
#include "core/import/pdf/PdfBlocks.h"
#include "core/import/pdf/PdfLayout.h"

#include <QTest>

#include <algorithm>

using namespace marginalia;
using namespace marginalia::importdetail::pdf;
using namespace Qt::StringLiterals;

namespace {

const QSizeF kA4(595, 842);

QList<PdfLine> parseLines(const QStringList &spec, double height = 10)
{
    QList<PdfLine> lines;
    for (const QString &entry : spec) {
        const QStringList parts = entry.split(u' ');
        PdfLine line;
        line.box = QRectF(parts.at(0).toDouble(), parts.at(1).toDouble(), parts.at(2).toDouble(), height);
        line.text = parts.mid(3).join(u' ');
        lines.append(line);
    }
    return lines;
}

QStringList texts(const QList<PdfLine> &lines)
{
    QStringList list;
    for (const PdfLine &line : lines)
        list.append(line.text);
    return list;
}

// `rows` lines of prose from `top`, 14 pt apart, in a column at `x` of `width`, named prefix1, prefix2...
QStringList column(double x, double width, double top, int rows, const QString &prefix)
{
    QStringList spec;
    for (int i = 0; i < rows; ++i)
        spec.append(u"%1 %2 %3 %4%5"_s.arg(x).arg(top + 14 * i).arg(width).arg(prefix).arg(i + 1));
    return spec;
}

// Left and right columns, as Poppler may list them: row by row.
QStringList interleaved(const QStringList &left, const QStringList &right)
{
    QStringList spec;
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        if (i < left.size())
            spec.append(left.at(i));
        if (i < right.size())
            spec.append(right.at(i));
    }
    return spec;
}

QStringList kindsOf(const QList<PdfBlock> &blocks)
{
    QStringList list;
    for (const PdfBlock &block : blocks)
        list.append(blockKindName(block.kind));
    return list;
}

} // namespace

class TestPdfLayout : public QObject {
    Q_OBJECT

private slots:
    void columnOrder_data();
    void columnOrder();
    void pageNumber_data();
    void pageNumber();
    void runningHeaders();
    void contentsEntry_data();
    void contentsEntry();
    void contentsPage_data();
    void contentsPage();
    void paragraphsOverBreaks_data();
    void paragraphsOverBreaks();
    void wholeDocument();
};

void TestPdfLayout::columnOrder_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<bool>("twoColumns");
    QTest::addColumn<QStringList>("order");
    const QStringList left = column(60, 227, 100, 4, u"L"_s);
    const QStringList right = column(309, 226, 100, 4, u"R"_s);
    const QStringList both{u"L1"_s, u"L2"_s, u"L3"_s, u"L4"_s, u"R1"_s, u"R2"_s, u"R3"_s, u"R4"_s};
    QTest::newRow("single column") << column(60, 475, 100, 8, u"S"_s) << false
                                   << QStringList{u"S1"_s, u"S2"_s, u"S3"_s, u"S4"_s,
                                                  u"S5"_s, u"S6"_s, u"S7"_s, u"S8"_s};
    QTest::newRow("two columns, row by row") << interleaved(left, right) << true << both;
    QTest::newRow("two columns, column by column") << left + right << true << both;
    // Columns need not share baselines (a heading in one shifts its lines), and a centred page number may
    // sit across the gutter.
    QTest::newRow("offset baselines") << interleaved(left, column(309, 226, 107, 4, u"R"_s)) << true << both;
    QTest::newRow("page number across the gutter")
        << interleaved(left, right) + QStringList{u"280 800 30 Page 3"_s} << true << both + QStringList{u"Page 3"_s};
    // A full-width title above and a full-width figure caption between two bands of columns.
    QStringList banded{u"60 70 475 Title"_s};
    banded += interleaved(left, right);
    banded += u"60 170 475 Caption"_s;
    banded += interleaved(column(60, 227, 190, 3, u"l"_s), column(309, 226, 190, 3, u"r"_s));
    QTest::newRow("bands") << banded << true
                           << QStringList{u"Title"_s, u"L1"_s, u"L2"_s, u"L3"_s,      u"L4"_s, u"R1"_s,
                                          u"R2"_s,    u"R3"_s, u"R4"_s, u"Caption"_s, u"l1"_s, u"l2"_s,
                                          u"l3"_s,    u"r1"_s, u"r2"_s, u"r3"_s};
    // Short pieces on both sides (a table's cells, a date at the right margin) are not columns.
    QStringList table;
    for (int row = 0; row < 6; ++row)
        table += {u"60 %1 60 name%2"_s.arg(100 + 14 * row).arg(row), u"400 %1 40 n%2"_s.arg(100 + 14 * row).arg(row)};
    QTest::newRow("narrow table") << table << false << texts(parseLines(table));
    QStringList dated = column(60, 475, 120, 6, u"S"_s);
    dated.prepend(u"450 100 85 3 May 2024"_s);
    QTest::newRow("date at the right") << dated << false << texts(parseLines(dated));
    // Left column only (the last page of a two-column article): nothing to reorder.
    QTest::newRow("left column only") << left << false << QStringList{u"L1"_s, u"L2"_s, u"L3"_s, u"L4"_s};
}

void TestPdfLayout::columnOrder()
{
    QFETCH(QStringList, spec);
    QFETCH(bool, twoColumns);
    QFETCH(QStringList, order);
    const QList<PdfLine> lines = parseLines(spec);
    QCOMPARE(findGutter(lines, kA4).has_value(), twoColumns);
    QCOMPARE(texts(importdetail::pdf::columnOrder(lines, kA4)), order);
}

void TestPdfLayout::pageNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("pageNumber");
    QTest::newRow("bare") << u"7"_s << true;
    QTest::newRow("dashes") << u"- 12 -"_s << true;
    QTest::newRow("page of") << u"Page 3 of 12"_s << true;
    QTest::newRow("slash") << u"3 / 12"_s << true;
    QTest::newRow("roman") << u"xiv"_s << true;
    QTest::newRow("p.") << u"p. 4"_s << true;
    QTest::newRow("chapter") << u"Chapter 7"_s << false;
    QTest::newRow("year and words") << u"2024 annual report"_s << false;
    QTest::newRow("sentence") << u"Page numbers are furniture."_s << false;
}

void TestPdfLayout::pageNumber()
{
    QFETCH(QString, text);
    QFETCH(bool, pageNumber);
    QCOMPARE(PageFurniture::isPageNumber(text), pageNumber);
}

void TestPdfLayout::runningHeaders()
{
    // Four pages: a header that repeats (with the page number in it), a chapter header on three pages only,
    // a footer, and a first body line near the top that does not repeat.
    const QStringList openings{u"Rivers rise."_s, u"Tides fall."_s, u"Silt settles."_s, u"Banks slump."_s};
    QList<PageLines> pages;
    for (int p = 1; p <= 4; ++p) {
        QStringList spec{u"60 40 200 Field notes, issue %1"_s.arg(p), u"60 80 475 "_s + openings.at(p - 1),
                         u"60 400 475 Middle line"_s, u"280 800 40 Page %1 of 4"_s.arg(p)};
        if (p > 1)
            spec.append(u"400 40 135 Chapter Two"_s);
        pages.append(PageLines{parseLines(spec), kA4});
    }
    const PageFurniture furniture(pages);
    bool footer = true;
    const PageLines &second = pages.at(1);
    QVERIFY(furniture.isFurniture(second.lines.at(0), kA4, &footer));
    QVERIFY(!footer);
    QVERIFY(!furniture.isFurniture(second.lines.at(1), kA4, &footer)); // top edge, but differs on every page
    QVERIFY(!furniture.isFurniture(second.lines.at(2), kA4, &footer)); // repeats, but not at an edge
    QVERIFY(furniture.isFurniture(second.lines.at(3), kA4, &footer));
    QVERIFY(footer);
    QVERIFY(furniture.isFurniture(second.lines.at(4), kA4, &footer)); // on three of four pages
    // Section headings that open a page now and then (pages 1, 4, 7 and 10 of 10) are not running headers.
    QList<PageLines> sections;
    for (int p = 1; p <= 10; ++p) {
        QStringList spec{u"60 75 475 Rivers rise and tides fall."_s};
        if (p % 3 == 1)
            spec.prepend(u"60 60 200 Section %1"_s.arg(p));
        sections.append(PageLines{parseLines(spec), kA4});
    }
    QVERIFY(!PageFurniture(sections).isFurniture(sections.at(3).lines.at(0), kA4, &footer));
    // The same text as the running header, but larger and lower: a title page's headline.
    PdfLine headline = second.lines.at(0);
    headline.box = QRectF(60, 70, 300, 22);
    QVERIFY(PageFurniture::isEdgeLine(headline, kA4, nullptr));
    QVERIFY(!furniture.isFurniture(headline, kA4, &footer));
}

void TestPdfLayout::contentsEntry_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("entry");
    QTest::addColumn<bool>("leaders");
    QTest::newRow("leaders") << u"1 Introduction ........ 3"_s << true << true;
    QTest::newRow("spaced leaders") << u"2.1 The northern transects . . . . . 7"_s << true << true;
    QTest::newRow("ellipsis") << u"Methods… 12"_s << true << true;
    QTest::newRow("roman") << u"Preface ..... iv"_s << true << true;
    QTest::newRow("no leaders") << u"Results 14"_s << true << false;
    QTest::newRow("prose") << u"The tide carries silt into the creeks."_s << false << false;
    QTest::newRow("word like a numeral") << u"a civil"_s << false << false;
    QTest::newRow("bare number") << u"12"_s << false << false;
}

void TestPdfLayout::contentsEntry()
{
    QFETCH(QString, text);
    QFETCH(bool, entry);
    QFETCH(bool, leaders);
    QCOMPARE(isContentsEntry(text), entry);
    QCOMPARE(hasDotLeaders(text), leaders);
}

void TestPdfLayout::contentsPage_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<bool>("continues");
    QTest::addColumn<bool>("contents");
    QTest::addColumn<QStringList>("blocks");
    const QStringList entries{u"60 120 475 1 Introduction ........ 3"_s, u"60 134 475 2 Study area ........ 4"_s,
                              u"60 148 475 2.1 Transects ........ 4"_s, u"60 162 475 3 Methods ........ 5"_s};
    QTest::newRow("heading and leaders") << (QStringList{u"60 90 120 Contents"_s} + entries) << false << true
                                         << QStringList{u"Contents"_s, u"1 Introduction ........ 3"_s,
                                                        u"2 Study area ........ 4"_s, u"2.1 Transects ........ 4"_s,
                                                        u"3 Methods ........ 5"_s};
    QTest::newRow("leaders, no heading") << entries << false << true
                                         << QStringList{u"1 Introduction ........ 3"_s, u"2 Study area ........ 4"_s,
                                                        u"2.1 Transects ........ 4"_s, u"3 Methods ........ 5"_s};
    // Numbers at the right margin, no leaders: joined to their titles; a wrapped title joins its entry.
    const QStringList margin{
        u"60 90 120 Table of Contents"_s,          u"60 120 150 Introduction"_s,           u"520 120 15 3"_s,
        u"60 134 300 A long chapter title that"_s, u"60 148 200 wraps to a second line"_s, u"520 148 15 9"_s};
    QTest::newRow("numbers at the margin") << margin << false << true
                                           << QStringList{u"Table of Contents"_s, u"Introduction 3"_s,
                                                          u"A long chapter title that wraps to a second line 9"_s};
    const QStringList plain{u"60 120 150 Introduction 3"_s, u"60 134 150 Methods 5"_s, u"60 148 150 Results 8"_s};
    QTest::newRow("no leaders, no heading") << plain << false << false << QStringList();
    QTest::newRow("no leaders, continued")
        << plain << true << true << QStringList{u"Introduction 3"_s, u"Methods 5"_s, u"Results 8"_s};
    const QStringList prose{u"60 120 475 In 2019 the marsh lost ground at post 3"_s,
                            u"60 134 475 and the walkers noted slumping banks."_s,
                            u"60 148 475 Where the silt fails the creeks widen."_s};
    QTest::newRow("prose") << (QStringList{u"60 90 120 Contents"_s} + prose) << false << false << QStringList();
}

void TestPdfLayout::contentsPage()
{
    QFETCH(QStringList, spec);
    QFETCH(bool, continues);
    QFETCH(bool, contents);
    QFETCH(QStringList, blocks);
    const QList<PdfLine> lines = joinTrailingNumbers(parseLines(spec));
    QCOMPARE(isContentsPage(lines, continues), contents);
    if (contents)
        QCOMPARE(contentsBlocks(lines), blocks);
}

void TestPdfLayout::paragraphsOverBreaks_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<QStringList>("paragraphs");
    // Column order already applied: the left column, then the right one from the top again.
    const QStringList left{u"60 100 227 The tide carries silt"_s, u"60 114 227 into the creeks and"_s,
                           u"60 128 227 each ebb leaves a film"_s};
    QTest::newRow("runs on into the next column")
        << (left + QStringList{u"309 100 226 of it on the banks."_s, u"309 114 100 Short end."_s})
        << QStringList{
               u"The tide carries silt into the creeks and each ebb leaves a film of it on the banks. Short end."_s};
    QTest::newRow("ends before the next column")
        << (left
            + QStringList{u"60 142 90 on the banks."_s, u"309 100 226 A new paragraph starts"_s,
                          u"309 114 226 at the top of the column."_s})
        << QStringList{u"The tide carries silt into the creeks and each ebb leaves a film on the banks."_s,
                       u"A new paragraph starts at the top of the column."_s};
    // A full line that ends a sentence at the foot of the column: the next column starts a new paragraph.
    QTest::newRow("full line ends the paragraph")
        << QStringList{u"60 100 227 The tide carries silt"_s, u"60 114 227 into the creeks today."_s,
                       u"309 100 226 Each ebb leaves a film"_s, u"309 114 100 on the banks."_s}
        << QStringList{u"The tide carries silt into the creeks today."_s, u"Each ebb leaves a film on the banks."_s};
}

void TestPdfLayout::paragraphsOverBreaks()
{
    QFETCH(QStringList, spec);
    QFETCH(QStringList, paragraphs);
    QStringList found;
    for (const PdfBlock &block : bodyParagraphs(parseLines(spec), 1, 10))
        found.append(block.text);
    QCOMPARE(found, paragraphs);
}

void TestPdfLayout::wholeDocument()
{
    // A contents page, then two body pages whose paragraph runs over the page break; each page has a running
    // header and a page number.
    const auto page = [](const QStringList &body, int number) {
        QStringList spec{u"60 40 200 Tidal Creeks"_s};
        spec += body;
        spec.append(u"290 800 20 %1"_s.arg(number));
        return PageLines{parseLines(spec), kA4};
    };
    const QList<PageLines> pages{
        page({u"60 90 120 Contents"_s, u"60 120 475 1 Introduction ........ 2"_s, u"60 134 475 2 Methods ........ 3"_s},
             1),
        page({u"60 100 475 The tide carries silt into the creeks"_s, u"60 114 475 and each ebb leaves a film of it"_s},
             2),
        page({u"60 100 475 continued at the top of the page."_s, u"60 124 475 A second paragraph begins"_s,
              u"60 138 475 and runs to a second"_s, u"60 152 200 short line."_s},
             3),
    };
    const QList<PdfBlock> blocks = layoutPages(pages);
    QCOMPARE(kindsOf(blocks),
             (QStringList{u"furniture"_s, u"contents"_s, u"contents"_s, u"contents"_s, u"furniture"_s, u"furniture"_s,
                          u"paragraph"_s, u"furniture"_s, u"furniture"_s, u"paragraph"_s, u"furniture"_s}));
    QCOMPARE(
        blocks.at(6).text,
        u"The tide carries silt into the creeks and each ebb leaves a film of it continued at the top of the page."_s);
    QCOMPARE(blocks.at(6).page, 2);
}

QTEST_MAIN(TestPdfLayout)
#include "tst_pdflayout.moc"
