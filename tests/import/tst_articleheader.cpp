// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A web page's headline, byline and date as the first blocks of its text (ArticleHeader), through the
// import entry point; the metadata stays as it was.

#include "core/import/Importer.h"
#include "core/import/html/ArticleHeader.h"
#include "core/text/Text.h"

#include <QTest>

using namespace marginalia;
using namespace marginalia::importdetail::html;
using namespace Qt::StringLiterals;

namespace {

// "kind: text" of the first `count` blocks.
QStringList firstBlocks(const ImportedDocument &doc, int count)
{
    QStringList list;
    for (int i = 0; i < count && i < doc.blocks.size(); ++i) {
        const Block &block = doc.blocks.at(i);
        list.append(blockKindName(block.kind) + u": "_s + codePointMid(doc.text, block.start, block.end));
    }
    return list;
}

// The text is exactly the blocks' texts joined by blank lines.
QString textFromBlocks(const ImportedDocument &doc)
{
    QStringList parts;
    for (const Block &block : doc.blocks)
        parts.append(codePointMid(doc.text, block.start, block.end));
    return parts.join(u"\n\n"_s);
}

const char *const kBody = "<p>The council met on Tuesday evening, and after a long debate, it voted to keep the "
                          "ferry running through the winter months.</p><p>Residents had argued, at length and "
                          "with some heat, that the crossing is the only way to reach the market town.</p>";

} // namespace

class TestArticleHeader : public QObject {
    Q_OBJECT

private slots:
    void bylineText_data();
    void bylineText();
    void headerBlocks_data();
    void headerBlocks();
};

void TestArticleHeader::bylineText_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("byline");
    QTest::newRow("both") << u"Jane Doe"_s << u"2024-05-03T10:00:00Z"_s << u"By Jane Doe · 3 May 2024"_s;
    QTest::newRow("date only") << QString() << u"2024-05-03"_s << u"3 May 2024"_s;
    QTest::newRow("author only") << u"Jane Doe"_s << QString() << u"By Jane Doe"_s;
    QTest::newRow("date as written") << u"Jane Roe"_s << u"Apr 16, 2015"_s << u"By Jane Roe · Apr 16, 2015"_s;
    QTest::newRow("author is a link") << u"https://example.invalid/jane"_s << QString() << QString();
    QTest::newRow("neither") << QString() << QString() << QString();
}

void TestArticleHeader::bylineText()
{
    QFETCH(QString, author);
    QFETCH(QString, published);
    QFETCH(QString, byline);
    QCOMPARE(importdetail::html::bylineText(author, published), byline);
}

void TestArticleHeader::headerBlocks_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QString>("title");  // the metadata, unchanged
    QTest::addColumn<QString>("author"); // the metadata, unchanged
    const QByteArray body(kBody);
    const QString headline = u"title: Ferry to run all winter"_s;
    const QString byline = u"byline: By Jane Doe · 3 May 2024"_s;
    const QString firstParagraph = u"paragraph: The council met on Tuesday evening, and after a long debate, it "
                                   "voted to keep the ferry running through the winter months."_s;
    const QByteArray head = "<html><head><title>Ferry to run all winter | The Harbour Gazette</title>"
                            "<meta property='og:title' content='Ferry to run all winter'>"
                            "<meta name='author' content='Jane Doe'>"
                            "<meta property='article:published_time' content='2024-05-03T10:00:00Z'></head><body>";
    QTest::newRow("headline, author and date")
        << head + "<article>" + body + "</article></body></html>" << QStringList{headline, byline, firstParagraph}
        << u"Ferry to run all winter"_s << u"Jane Doe"_s;
    // The article opens with its own headline (in a tag reader mode keeps): that block is the title.
    QTest::newRow("article repeats the headline")
        << head + "<article><h3>Ferry to run all winter</h3>" + body + "</article></body></html>"
        << QStringList{headline, byline, firstParagraph} << u"Ferry to run all winter"_s << u"Jane Doe"_s;
    // After a lead image's caption: the headline stays where the page has it, the byline follows it.
    QTest::newRow("caption, then the headline")
        << head
               + "<article><figure><img src='a.png'><figcaption>The ferry at dawn.</figcaption></figure>"
                 "<h3>Ferry to run all winter</h3>"
               + body + "</article></body></html>"
        << QStringList{u"caption: The ferry at dawn."_s, headline, byline} << u"Ferry to run all winter"_s
        << u"Jane Doe"_s;
    // A byline in the page and no date.
    QTest::newRow("byline in the page")
        << QByteArray("<html><head><title>Ferry to run all winter</title></head><body><article>"
                      "<div class='byline'>By Sam Poe</div>")
               + body + "</article></body></html>"
        << QStringList{headline, u"byline: By Sam Poe"_s, firstParagraph} << u"Ferry to run all winter"_s
        << u"Sam Poe"_s;
    QTest::newRow("no metadata") << QByteArray("<html><body><article>") + body + "</article></body></html>"
                                 << QStringList{firstParagraph} << QString() << QString();
}

void TestArticleHeader::headerBlocks()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, first);
    QFETCH(QString, title);
    QFETCH(QString, author);
    const auto doc = importBytes(html, u"html"_s, {});
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QCOMPARE(firstBlocks(*doc, int(first.size())), first);
    QCOMPARE(textFromBlocks(*doc), doc->text);
    QCOMPARE(doc->meta.title, title);
    QCOMPARE(doc->meta.author, author);
    // Never twice: the headline is one block.
    int headlines = 0;
    for (const Block &block : doc->blocks)
        headlines += codePointMid(doc->text, block.start, block.end) == title ? 1 : 0;
    QCOMPARE(headlines, title.isEmpty() ? 0 : 1);
    // Title and byline are read like the rest.
    QVERIFY(contentText(doc->text, doc->blocks).contains(first.at(first.size() > 1 ? 1 : 0).section(u": "_s, 1)));
}

QTEST_MAIN(TestArticleHeader)
#include "tst_articleheader.moc"
