// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 9, PDF: a generated two-column report (data/two-column-report.pdf, written by
// tests/import/make-two-column-pdf.py from data/two-column-report.txt) with a contents page, running headers
// and "Page N of M" footers reads in column order, with the contents and the furniture labelled: through the
// import entry point and through `marginalia-cli blocks --format jsonl`.

#include "CliRunner.h"

#include "core/import/Importer.h"
#include "core/text/Text.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

const QString kPdf = QStringLiteral(MARGINALIA_TEST_DATA "/two-column-report.pdf");
const QString kSource = QStringLiteral(MARGINALIA_TEST_DATA "/two-column-report.txt");

QString textOf(const ImportedDocument &doc, const Block &block)
{
    return codePointMid(doc.text, block.start, block.end);
}

} // namespace

class TestPdfReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readsInColumnOrder();
    void contentsAndFurniture();
    void cliBlocks();

private:
    ImportedDocument m_doc;
    QStringList m_sourceKinds; // "heading" or "paragraph", line by line of the source text
    QStringList m_sourceTexts;
};

void TestPdfReport::initTestCase()
{
    const auto doc = importFile(kPdf);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    m_doc = *doc;
    QFile source(kSource);
    QVERIFY(source.open(QIODevice::ReadOnly | QIODevice::Text));
    for (const QString &line : QString::fromUtf8(source.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const bool heading = line.startsWith(u'#');
        m_sourceKinds.append(heading ? u"heading"_s : u"paragraph"_s);
        m_sourceTexts.append(heading ? line.section(u' ', 1) : line);
    }
}

void TestPdfReport::readsInColumnOrder()
{
    // The reading text is the source, block for block: both columns of each page in order, paragraphs that
    // run on into the next column or page joined, no header, footer or contents line in between.
    QStringList kinds, texts;
    for (const Block &block : std::as_const(m_doc.blocks)) {
        if (!isContentKind(block.kind))
            continue;
        kinds.append(blockKindName(block.kind));
        texts.append(textOf(m_doc, block));
    }
    QCOMPARE(texts, m_sourceTexts);
    QCOMPARE(kinds, m_sourceKinds);
    QCOMPARE(m_doc.meta.title, u"Tidal Creeks of the Wending Estuary"_s);
}

void TestPdfReport::contentsAndFurniture()
{
    QStringList contents, furniture;
    for (const Block &block : std::as_const(m_doc.blocks)) {
        if (block.kind == BlockKind::Contents) {
            QCOMPARE(block.page, 2);
            contents.append(textOf(m_doc, block));
        } else if (block.kind == BlockKind::Furniture) {
            furniture.append(textOf(m_doc, block));
        }
    }
    // The heading and one entry per heading of the body, each with its page number.
    QCOMPARE(contents.size(), 1 + m_sourceKinds.count(u"heading"_s) - 1);
    QCOMPARE(contents.first(), u"Contents"_s);
    for (qsizetype i = 1; i < contents.size(); ++i)
        QVERIFY2(contents.at(i).contains(u" . . ."_s) && contents.at(i).back().isDigit(), qPrintable(contents.at(i)));
    // Four footers, and a left and a right running header on pages 2 to 4.
    QCOMPARE(furniture.count(u"Tidal Creeks of the Wending Estuary"_s), 3);
    QCOMPARE(furniture.count(u"Volunteer field notes"_s), 3);
    for (int page = 1; page <= 4; ++page)
        QVERIFY2(furniture.contains(u"Page %1 of 4"_s.arg(page)), qPrintable(furniture.join(u" | "_s)));
    QCOMPARE(furniture.size(), 10);
}

void TestPdfReport::cliBlocks()
{
    const CliRun cli = runCli({u"blocks"_s, u"--format"_s, u"jsonl"_s, kPdf});
    QCOMPARE(cli.exitCode, 0);
    QStringList kinds;
    QList<int> pages;
    for (const QJsonObject &block : jsonLines(cli.out)) {
        kinds.append(block.value(u"kind"_s).toString());
        pages.append(block.value(u"page"_s).toInt());
    }
    QStringList expected;
    QList<int> expectedPages;
    for (const Block &block : std::as_const(m_doc.blocks)) {
        expected.append(blockKindName(block.kind));
        expectedPages.append(block.page);
    }
    QCOMPARE(kinds, expected);
    QCOMPARE(pages, expectedPages);
    QVERIFY(kinds.contains(u"contents"_s));
    QCOMPARE(kinds.count(u"furniture"_s), 10);
    QCOMPARE(kinds.count(u"boilerplate"_s), 0);
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
