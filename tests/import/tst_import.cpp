// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/ImportUtil.h"
#include "core/import/Importer.h"
#include "core/text/Text.h"

#include "cmd_import.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

QString blockText(const ImportedDocument &doc, int i)
{
    return codePointMid(doc.text, doc.blocks.at(i).start, doc.blocks.at(i).end);
}

QStringList blockTexts(const ImportedDocument &doc)
{
    QStringList list;
    for (int i = 0; i < doc.blocks.size(); ++i)
        list.append(blockText(doc, i));
    return list;
}

QStringList kinds(const ImportedDocument &doc)
{
    QStringList list;
    for (const Block &b : doc.blocks)
        list.append(blockKindName(b.kind));
    return list;
}

// Blocks are ordered, disjoint, in range, separated by "\n\n" only, and the text is normalized.
void checkInvariants(const ImportedDocument &doc)
{
    QCOMPARE(normalizeText(doc.text), doc.text);
    const int length = codePointLength(doc.text);
    int previousEnd = -1;
    for (int i = 0; i < doc.blocks.size(); ++i) {
        const Block &b = doc.blocks.at(i);
        QVERIFY2(b.start < b.end, qPrintable(u"block %1 empty"_s.arg(i)));
        QVERIFY(b.end <= length);
        if (previousEnd >= 0)
            QCOMPARE(codePointMid(doc.text, previousEnd, b.start), u"\n\n"_s);
        else
            QCOMPARE(b.start, 0);
        previousEnd = b.end;
        if (b.kind == BlockKind::Duplicate) {
            QVERIFY(b.duplicateOf >= 0 && b.duplicateOf < i);
        }
    }
    if (previousEnd >= 0)
        QCOMPARE(previousEnd, length);
}

QByteArray utf16(const QString &s, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xff\xfe") : QByteArray("\xfe\xff");
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (littleEndian) {
            out += char(u & 0xff);
            out += char(u >> 8);
        } else {
            out += char(u >> 8);
            out += char(u & 0xff);
        }
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(bytes) == bytes.size();
}

// A multi-page PDF with a running header, page numbers and paragraphs (one hyphenated at a line end).
QByteArray makePdf(int pages, bool withText = true)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setTitle(u"Generated Report"_s);
    QPainter painter(&writer);
    QFont body(u"DejaVu Serif"_s);
    body.setPixelSize(11);
    QFont header(u"DejaVu Sans"_s);
    header.setPixelSize(9);
    for (int p = 1; p <= pages; ++p) {
        if (p > 1)
            writer.newPage();
        if (!withText) {
            painter.fillRect(QRect(50, 50, 300, 300), Qt::gray);
            continue;
        }
        painter.setFont(header);
        painter.drawText(QPoint(60, 30), u"The Quarterly Review of Imaginary Studies"_s);
        painter.drawText(QPoint(290, 820), QString::number(p));
        painter.setFont(body);
        int y = 100;
        const QStringList lines{
            u"Page %1 opens with a paragraph that talks about the rivers and"_s.arg(p),
            u"the mountains of a country that does not exist, and it contin-"_s,
            u"ues on a third line so the hyphen at the end must go away."_s,
        };
        for (const QString &line : lines) {
            painter.drawText(QPoint(60, y), line);
            y += 14;
        }
        y += 20;
        painter.drawText(QPoint(60, y), u"A second paragraph of page %1 ends here."_s.arg(p));
        if (p == 1) {
            y += 30;
            painter.drawText(QPoint(60, y), u"\u2022"_s);
            painter.drawText(QPoint(75, y), u"A first point in a list."_s);
            y += 14;
            painter.drawText(QPoint(60, y), u"\u2022"_s);
            painter.drawText(QPoint(75, y), u"A second point in a list."_s);
        }
    }
    painter.end();
    return bytes;
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private slots:
    void decodeText_data();
    void decodeText();
    void plainTextParagraphs();
    void crlfAndNfc();
    void nonBmpOffsets();
    void badInput_data();
    void badInput();
    void unreadableFile();
    void formatByExtensionAndSniffing_data();
    void formatByExtensionAndSniffing();
    void metadataBasics();
    void markdownBlocks();
    void markdownFrontMatter();
    void htmlBasics();
    void htmlEncoding_data();
    void htmlEncoding();
    void htmlReaderMode();
    void htmlMetadata();
    void pdfImport();
    void pdfErrors();
    void ligatures();
    void specialFiles();
    void progressAndCancel();
    void classify_data();
    void classify();
    void classifyKinds_data();
    void classifyKinds();
    void robustness_data();
    void robustness();
    void deepNesting();
    void hugePage();
    void goldenBlocks_data();
    void goldenBlocks();
    void cliCommands();

private:
    QTemporaryDir m_dir;
};

void TestImport::decodeText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QString text = u"Café – “quoted” 😀"_s;
    QTest::newRow("utf-8") << text.toUtf8() << text;
    QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf") + text.toUtf8() << text;
    QTest::newRow("utf-16le bom") << utf16(text, true) << text;
    QTest::newRow("utf-16be bom") << utf16(text, false) << text;
    QTest::newRow("invalid utf-8 is windows-1252")
        << QByteArray("Caf\xe9 \x93quoted\x94 \x80 5") << u"Café “quoted” € 5"_s;
    QTest::newRow("ascii") << QByteArray("plain") << u"plain"_s;
    QTest::newRow("utf-16le without bom") << utf16(u"Plain text, no BOM."_s, true).mid(2) << u"Plain text, no BOM."_s;
    QTest::newRow("utf-16be without bom") << utf16(u"Plain text, no BOM."_s, false).mid(2) << u"Plain text, no BOM."_s;
}

void TestImport::decodeText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(marginalia::decodeText(bytes), expected);
}

void TestImport::plainTextParagraphs()
{
    const QByteArray bytes = "A Short Title\n\nFirst paragraph line one\nline two stays.\n\n\n  Second paragraph.\n";
    const auto doc = importBytes(bytes, u"txt"_s, u"/tmp/x.txt"_s);
    QVERIFY(doc);
    checkInvariants(*doc);
    QCOMPARE(blockTexts(*doc),
             (QStringList{u"A Short Title"_s, u"First paragraph line one\nline two stays."_s, u"Second paragraph."_s}));
    QCOMPARE(doc->blocks.at(0).kind, BlockKind::Heading);
    QCOMPARE(doc->meta.title, u"A Short Title"_s);
    QCOMPARE(doc->format, u"txt"_s);
    // A first line that is a sentence is not a title; the title falls back to the file name.
    const auto doc2 = importBytes("This is a sentence.\n\nAnother one.", u"txt"_s, u"/tmp/notes.txt"_s);
    QVERIFY(doc2);
    QCOMPARE(doc2->blocks.at(0).kind, BlockKind::Paragraph);
    QCOMPARE(doc2->meta.title, u"notes"_s);
}

void TestImport::crlfAndNfc()
{
    const QString decomposed = u"Cafe\u0301 one\r\nline two\r\n\r\nnai\u0308ve"_s;
    const auto doc = importBytes(decomposed.toUtf8(), u"txt"_s, {});
    QVERIFY(doc);
    checkInvariants(*doc);
    QVERIFY(!doc->text.contains(u'\r'));
    QCOMPARE(doc->text, u"Café one\nline two\n\nnaïve"_s);
    QCOMPARE(blockTexts(*doc), (QStringList{u"Café one\nline two"_s, u"naïve"_s}));
}

void TestImport::nonBmpOffsets()
{
    const QString text = u"😀 Emoji first 𝒳.\n\nSecond 🎉🎉 block.\n\nThird."_s;
    const auto doc = importBytes(text.toUtf8(), u"txt"_s, {});
    QVERIFY(doc);
    checkInvariants(*doc);
    QCOMPARE(doc->blocks.size(), 3);
    QCOMPARE(blockText(*doc, 1), u"Second 🎉🎉 block."_s);
    QCOMPARE(blockText(*doc, 2), u"Third."_s);
    // Code points, not UTF-16 units: "😀 Emoji first 𝒳." is 16 code points (18 UTF-16 units).
    QCOMPARE(doc->blocks.at(0).end, 16);
    QCOMPARE(doc->blocks.at(1).start, 18);
    QCOMPARE(doc->blocks.at(1).end, 18 + 16);
    QCOMPARE(doc->blocks.at(2).start, 36);
}

void TestImport::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << u"empty.txt"_s << QByteArray() << int(Error::Kind::BadInput) << u"empty"_s;
    QTest::newRow("whitespace") << u"blank.txt"_s << QByteArray(" \n\t\r\n  ") << int(Error::Kind::BadInput)
                                << u"white space"_s;
    QTest::newRow("unicode whitespace") << u"blank2.md"_s << u"\u00a0\u2003\n"_s.toUtf8() << int(Error::Kind::BadInput)
                                        << u"white space"_s;
    QTest::newRow("png") << u"image.txt"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                         << int(Error::Kind::BadInput) << u"PNG"_s;
    QTest::newRow("elf") << u"program"_s
                         << QByteArray("\x7f"
                                       "ELF\x02\x01\x01\0\0\0",
                                       10)
                         << int(Error::Kind::BadInput) << u"ELF"_s;
    QTest::newRow("nul bytes") << u"data.html"_s << QByteArray("<p>hello\0world</p>", 18) << int(Error::Kind::BadInput)
                               << u"binary"_s;
    QByteArray controls;
    for (int i = 0; i < 400; ++i)
        controls += char(i % 26 + 1);
    QTest::newRow("control chars") << u"ctl.txt"_s << controls << int(Error::Kind::BadInput) << u"binary"_s;
    QTest::newRow("junk pdf") << u"junk.pdf"_s << QByteArray("this is not a pdf at all") << int(Error::Kind::BadInput)
                              << u"not a PDF"_s;
    QTest::newRow("truncated pdf") << u"cut.pdf"_s << QByteArray("%PDF-1.4\n1 0 obj\n<<") << int(Error::Kind::BadInput)
                                   << u"PDF"_s;
    QTest::newRow("html markup only") << u"tags.html"_s
                                      << QByteArray("<html><head><script>var a;</script></head></html>")
                                      << int(Error::Kind::BadInput) << u"no readable text"_s;
}

void TestImport::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, messagePart);
    const QString path = m_dir.filePath(name);
    QVERIFY(writeFile(path, bytes));
    const auto doc = importFile(path);
    QVERIFY(!doc);
    QCOMPARE(int(doc.error().kind), kind);
    QVERIFY2(doc.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(doc.error().message));
}

void TestImport::unreadableFile()
{
    // Missing path and folder.
    auto missing = importFile(m_dir.filePath(u"does-not-exist.txt"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QVERIFY(missing.error().message.contains(u"does not exist"_s));
    auto folder = importFile(m_dir.path());
    QVERIFY(!folder);
    QCOMPARE(folder.error().kind, Error::Kind::BadInput);
    QVERIFY(folder.error().message.contains(u"folder"_s));
    auto none = importFile(QString());
    QVERIFY(!none);
    // Too large for the limit.
    const QString big = m_dir.filePath(u"big.txt"_s);
    QVERIFY(writeFile(big, QByteArray(5000, 'a')));
    ImportOptions small;
    small.maxBytes = 1000;
    auto tooBig = importFile(big, small);
    QVERIFY(!tooBig);
    QCOMPARE(tooBig.error().kind, Error::Kind::BadInput);
    QVERIFY(tooBig.error().message.contains(u"limit"_s));
    // No permission (meaningless as root, which reads anything).
    const QString locked = m_dir.filePath(u"locked.txt"_s);
    QVERIFY(writeFile(locked, "secret"));
    QFile::setPermissions(locked, QFileDevice::Permissions());
    QFile probe(locked);
    if (probe.open(QIODevice::ReadOnly)) {
        probe.close();
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QSKIP("running with privileges that read any file");
    }
    auto unreadable = importFile(locked);
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!unreadable);
    QCOMPARE(unreadable.error().kind, Error::Kind::Io);
}

void TestImport::formatByExtensionAndSniffing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::newRow(".txt") << u"a.txt"_s << QByteArray("# not a heading in txt") << u"txt"_s;
    QTest::newRow(".text") << u"a.text"_s << QByteArray("hello") << u"txt"_s;
    QTest::newRow(".md") << u"a.md"_s << QByteArray("# Title\n\nText") << u"md"_s;
    QTest::newRow(".markdown") << u"a.markdown"_s << QByteArray("Text") << u"md"_s;
    QTest::newRow(".htm") << u"a.htm"_s << QByteArray("<p>Text</p>") << u"html"_s;
    QTest::newRow(".xhtml") << u"a.xhtml"_s << QByteArray("<html><body><p>Text</p></body></html>") << u"html"_s;
    QTest::newRow("sniff html") << u"page"_s << QByteArray("<!DOCTYPE html><html><body><p>Text</p></body></html>")
                                << u"html"_s;
    QTest::newRow("sniff md") << u"readme"_s << QByteArray("# Title\n\n- item\n- item two\n") << u"md"_s;
    QTest::newRow("sniff txt") << u"notes"_s << QByteArray("Just some words.\n") << u"txt"_s;
    QTest::newRow("pdf named txt") << u"paper.txt"_s << makePdf(1) << u"pdf"_s;
}

void TestImport::formatByExtensionAndSniffing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    const QString path = m_dir.filePath(name);
    QVERIFY(writeFile(path, bytes));
    const auto doc = importFile(path);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->format, format);
    checkInvariants(*doc);
}

void TestImport::metadataBasics()
{
    const QByteArray bytes = "Body text only, no heading.\n";
    const QString path = m_dir.filePath(u"My Notes.txt"_s);
    QVERIFY(writeFile(path, bytes));
    const auto doc = importFile(path);
    QVERIFY(doc);
    QCOMPARE(doc->sourcePath, QFileInfo(path).absoluteFilePath());
    QCOMPARE(doc->contentHash,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(doc->meta.title, u"My Notes"_s);
}

void TestImport::markdownBlocks()
{
    const QByteArray md =
        "# The *Title*\n\nSome **bold** and `code` with a [link](http://x.invalid)![a cat](cat.png).\n\n"
        "- first item\n- second item\n  - nested item\n\n> A quoted line\n> continues.\n\n"
        "```python\nprint('hi')\n\nprint('bye')\n```\n\n"
        "| Name | Value |\n|------|-------|\n| a | 1 |\n| b | 2 |\n\n## Second &amp; last\n\nEnd.\n";
    const auto doc = importBytes(md, u"md"_s, {});
    QVERIFY(doc);
    checkInvariants(*doc);
    QCOMPARE(blockTexts(*doc),
             (QStringList{u"The Title"_s, u"Some bold and code with a link."_s, u"first item"_s, u"second item"_s,
                          u"nested item"_s, u"A quoted line\ncontinues."_s, u"print('hi')\n\nprint('bye')"_s,
                          u"Name | Value\na | 1\nb | 2"_s, u"Second & last"_s, u"End."_s}));
    QCOMPARE(kinds(*doc), (QStringList{u"heading"_s, u"paragraph"_s, u"list"_s, u"list"_s, u"list"_s, u"quote"_s,
                                       u"code"_s, u"table"_s, u"heading"_s, u"paragraph"_s}));
    QCOMPARE(doc->blocks.at(0).level, 1);
    QCOMPARE(doc->blocks.at(8).level, 2);
    QCOMPARE(doc->blocks.at(4).level, 2);
    QCOMPARE(doc->blocks.at(6).language, u"python"_s);
    QCOMPARE(doc->meta.title, u"The Title"_s);
}

void TestImport::markdownFrontMatter()
{
    const QByteArray md =
        "---\ntitle: \"Front Title\"\nauthor: Sam Poe\ndate: 2024-02-01\ntags: [a, b]\n---\n\n# Heading\n\nBody.\n";
    const auto doc = importBytes(md, u"md"_s, {});
    QVERIFY(doc);
    checkInvariants(*doc);
    QCOMPARE(doc->meta.title, u"Front Title"_s);
    QCOMPARE(doc->meta.author, u"Sam Poe"_s);
    QCOMPARE(doc->meta.published, u"2024-02-01"_s);
    QCOMPARE(kinds(*doc), (QStringList{u"boilerplate"_s, u"heading"_s, u"paragraph"_s}));
    QVERIFY(doc->text.startsWith(u"---\ntitle:"_s));
    QCOMPARE(contentText(doc->text, doc->blocks), u"Heading\n\nBody."_s);
}

void TestImport::htmlBasics()
{
    const QByteArray html = "<html><head><title>Basic</title><style>p{}</style></head><body>"
                            "<h1>Heading &amp; more</h1><p>First <b>para</b>graph.</p>"
                            "<script>alert('x')</script><p>Second<br>line.</p></body></html>";
    const auto doc = importBytes(html, u"html"_s, {});
    QVERIFY(doc);
    checkInvariants(*doc);
    QVERIFY(!doc->text.contains(u"alert"_s));
    QVERIFY(!doc->text.contains(u"p{}"_s));
    QVERIFY(doc->text.contains(u"First paragraph."_s));
    QVERIFY(doc->text.contains(u"Second\nline."_s));
    QCOMPARE(doc->meta.title, u"Basic"_s);
}

void TestImport::htmlEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QString word = u"Größe €"_s;
    QTest::newRow("utf-8") << (u"<p>"_s + word + u"</p>"_s).toUtf8() << word;
    QTest::newRow("meta charset latin1") << QByteArray("<meta charset=\"iso-8859-1\"><p>Gr\xf6\xdf"
                                                       "e \x80</p>")
                                         << word;
    QTest::newRow("meta http-equiv 1252")
        << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>Gr\xf6\xdf"
                      "e \x80</p>")
        << word;
    QTest::newRow("no charset, invalid utf-8") << QByteArray("<p>Gr\xf6\xdf"
                                                             "e \x80</p>")
                                               << word;
    QTest::newRow("bom wins over meta") << QByteArray("\xef\xbb\xbf<meta charset=\"iso-8859-1\"><p>") + word.toUtf8()
                                               + "</p>"
                                        << word;
    QTest::newRow("utf-16le bom") << utf16(u"<p>"_s + word + u"</p>"_s, true) << word;
    QTest::newRow("xml declaration") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>Gr\xf6\xdf"
                                                   "e \x80</p>")
                                     << word;
}

void TestImport::htmlEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const auto doc = importBytes(bytes, u"html"_s, {});
    QVERIFY(doc);
    QCOMPARE(doc->text, expected);
}

void TestImport::htmlReaderMode()
{
    QString article;
    for (int i = 0; i < 6; ++i)
        article += u"<p>This is paragraph %1 of the article, and it has enough words, commas, and substance to be "
                   "scored as real content by the extractor, which is what we want here.</p>"_s.arg(i);
    const QString html = u"<html><head><title>A story title that is long - Example Site</title></head><body>"
                         "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                         "<div class='sidebar'><ul><li><a href='/a'>Other story one</a></li><li><a href='/b'>Other "
                         "story two</a></li></ul></div>"
                         "<div class='article-body'><h2>Section heading</h2>"_s
                         + article
                         + u"<blockquote>A quotation, said someone, long enough to matter here.</blockquote>"
                           "<pre class='language-cpp'>int main() {}</pre>"
                           "<figure><img src='x.png'><figcaption>A caption for the figure.</figcaption></figure>"
                           "<p>Subscribe to our newsletter for more stories like this.</p></div>"
                           "<div class='footer'>Copyright 2024 Example Site. All rights reserved.</div>"
                           "<iframe src='https://ads.invalid'></iframe><form><input name=q><button>Go</button></form>"
                           "</body></html>"_s;
    const auto doc = importBytes(html.toUtf8(), u"html"_s, {});
    QVERIFY(doc);
    checkInvariants(*doc);
    QVERIFY(!doc->text.contains(u"Home"_s));
    QVERIFY(!doc->text.contains(u"Other story"_s));
    QVERIFY(!doc->text.contains(u"All rights reserved"_s));
    QVERIFY(doc->text.contains(u"paragraph 5 of the article"_s));
    QStringList k = kinds(*doc);
    QVERIFY(k.contains(u"heading"_s));
    QVERIFY(k.contains(u"quote"_s));
    QVERIFY(k.contains(u"code"_s));
    QVERIFY(k.contains(u"caption"_s));
    // Boilerplate inside the article is kept, but marked.
    QCOMPARE(k.last(), u"boilerplate"_s);
    QVERIFY(blockText(*doc, int(doc->blocks.size()) - 1).startsWith(u"Subscribe"_s));
    for (const Block &b : doc->blocks)
        if (b.kind == BlockKind::Code)
            QCOMPARE(b.language, u"cpp"_s);
    QCOMPARE(doc->meta.title, u"A story title that is long"_s);
}

void TestImport::htmlMetadata()
{
    const QByteArray html =
        "<html lang='de'><head><title>Ignored | Site</title>"
        "<meta property='og:title' content='The OG title'>"
        "<meta property='og:site_name' content='Example News'>"
        "<meta property='article:published_time' content='2024-05-01T10:00:00Z'>"
        "<meta name='author' content='Jane Doe'>"
        "<link rel='canonical' href='https://example.invalid/story'>"
        "</head><body><article><p>Text of the article that is long enough, with commas, to count as content.</p>"
        "</article></body></html>";
    const auto doc = importBytes(html, u"html"_s, {});
    QVERIFY(doc);
    QCOMPARE(doc->meta.title, u"The OG title"_s);
    QCOMPARE(doc->meta.site, u"Example News"_s);
    QCOMPARE(doc->meta.published, u"2024-05-01T10:00:00Z"_s);
    QCOMPARE(doc->meta.author, u"Jane Doe"_s);
    QCOMPARE(doc->meta.url, u"https://example.invalid/story"_s);
    QCOMPARE(doc->meta.language, u"de"_s);
    // <time datetime> and JSON-LD.
    const QByteArray html2 =
        "<html><head><title>A long enough page title here</title><script type='application/ld+json'>"
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"LD headline\","
        "\"author\":{\"@type\":\"Person\",\"name\":\"Ann Writer\"}}</script></head>"
        "<body><article><time datetime='2023-02-03'>3 Feb</time><p>Body text of the article, with a comma.</p>"
        "</article></body></html>";
    const auto doc2 = importBytes(html2, u"html"_s, {});
    QVERIFY(doc2);
    QCOMPARE(doc2->meta.title, u"LD headline"_s);
    QCOMPARE(doc2->meta.author, u"Ann Writer"_s);
    QCOMPARE(doc2->meta.published, u"2023-02-03"_s);
    // A byline in the page, reduced to the name.
    const QByteArray html3 = "<html><head><title>Some page title for the test</title></head><body><article>"
                             "<div class='byline'>By Jane Roe - Apr 16, 2015 8:02 pm UTC</div>"
                             "<p>Body text of the article, with a comma, long enough to be the article itself.</p>"
                             "</article></body></html>";
    const auto doc3 = importBytes(html3, u"html"_s, {});
    QVERIFY(doc3);
    QCOMPARE(doc3->meta.author, u"Jane Roe"_s);
}

void TestImport::pdfImport()
{
    const QString path = m_dir.filePath(u"report.pdf"_s);
    QVERIFY(writeFile(path, makePdf(3)));
    const auto doc = importFile(path);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    checkInvariants(*doc);
    QCOMPARE(doc->format, u"pdf"_s);
    QCOMPARE(doc->meta.title, u"Generated Report"_s);
    const QString content = contentText(doc->text, doc->blocks);
    // Running header and page numbers are not in the reading text, but are still in the text.
    QVERIFY2(!content.contains(u"Quarterly Review"_s), qPrintable(content));
    QVERIFY(doc->text.contains(u"Quarterly Review"_s));
    // The running header (41 characters, long enough to count as a repeat) is furniture on every page.
    for (int i = 0; i < doc->blocks.size(); ++i)
        if (blockText(*doc, i).contains(u"Quarterly Review"_s))
            QCOMPARE(blockKindName(doc->blocks.at(i).kind), u"furniture"_s);
    // De-hyphenation and paragraphs.
    QVERIFY2(content.contains(u"and it continues on a third line"_s), qPrintable(content));
    QVERIFY(content.contains(u"Page 2 opens with a paragraph"_s));
    int paragraphs = 0;
    QList<int> pagesSeen;
    for (int i = 0; i < doc->blocks.size(); ++i) {
        const Block &b = doc->blocks.at(i);
        QVERIFY(b.page >= 1 && b.page <= 3);
        if (!pagesSeen.contains(b.page))
            pagesSeen.append(b.page);
        if (b.kind == BlockKind::Paragraph)
            ++paragraphs;
        if (blockText(*doc, i).startsWith(u"A second paragraph of page 3"_s))
            QCOMPARE(b.page, 3);
    }
    QCOMPARE(pagesSeen.size(), 3);
    QCOMPARE(paragraphs, 6);
    QStringList items;
    for (int i = 0; i < doc->blocks.size(); ++i)
        if (doc->blocks.at(i).kind == BlockKind::ListItem)
            items.append(blockText(*doc, i));
    QCOMPARE(items, (QStringList{u"\u2022 A first point in a list."_s, u"\u2022 A second point in a list."_s}));
}

void TestImport::ligatures()
{
    QCOMPARE(importdetail::expandLigatures(u"\uFB01rst \uFB02ow e\uFB03cient \uFB00 \uFB04 \uFB06"_s),
             u"first flow efficient ff ffl st"_s);
}

void TestImport::specialFiles()
{
#ifdef Q_OS_UNIX
    if (QFileInfo::exists(u"/dev/null"_s)) {
        const auto dev = importFile(u"/dev/null"_s);
        QVERIFY(!dev);
        QVERIFY(dev.error().message.contains(u"not a regular file"_s));
    }
#endif
}

void TestImport::progressAndCancel()
{
    QList<double> seen;
    ImportOptions options;
    options.progress = [&](double f) { seen.append(f); };
    QVERIFY(importBytes("<p>Progress test paragraph.</p>", u"html"_s, {}, options));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), 1.0);
    std::atomic<bool> cancel{true};
    ImportOptions cancelled;
    cancelled.cancelled = &cancel;
    const auto doc = importBytes("Some text.", u"txt"_s, {}, cancelled);
    QVERIFY(!doc);
    QCOMPARE(doc.error().kind, Error::Kind::Cancelled);
}

void TestImport::pdfErrors()
{
    // Encrypted with a user password (fixture written by tests/import/make-encrypted-pdf.py).
    const auto locked = importFile(QStringLiteral(MARGINALIA_TEST_DATA "/encrypted.pdf"));
    QVERIFY(!locked);
    QCOMPARE(locked.error().kind, Error::Kind::BadInput);
    QVERIFY2(locked.error().message.contains(u"encrypted"_s) && locked.error().message.contains(u"password"_s),
             qPrintable(locked.error().message));
    const auto images = importBytes(makePdf(2, false), u"pdf"_s, u"scan.pdf"_s);
    QVERIFY(!images);
    QVERIFY2(images.error().message.contains(u"no text layer"_s), qPrintable(images.error().message));
    QByteArray corrupt = makePdf(1);
    corrupt.truncate(corrupt.size() / 3);
    corrupt.replace("stream", "xxxxxx");
    const auto broken = importBytes(corrupt, u"pdf"_s, u"broken.pdf"_s);
    QVERIFY(!broken);
    QCOMPARE(broken.error().kind, Error::Kind::BadInput);
}

// Three ordinary paragraphs of news prose for the classify tests.
const QString kCouncilParagraphs[] = {
    u"The council voted on Tuesday to extend the tram line to the northern suburbs, a plan that has been debated "
    "for more than a decade."_s,
    u"Residents who spoke at the meeting were divided, with some welcoming faster journeys and others worried "
    "about years of roadworks."_s,
    u"Construction is expected to start next spring, according to the city's transport office, and to last about "
    "three years."_s,
};

void TestImport::classify_data()
{
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<QStringList>("expected"); // kind per block, "duplicate:N" for duplicates
    const QString &p1 = kCouncilParagraphs[0];
    const QString &p2 = kCouncilParagraphs[1];
    const QString &p3 = kCouncilParagraphs[2];
    QTest::newRow("exact duplicate") << QStringList{p1, p2, p1, p3}
                                     << QStringList{u"paragraph"_s, u"paragraph"_s, u"duplicate:0"_s, u"paragraph"_s};
    QString folded = p2.toUpper();
    folded.replace(u"'"_s, u"\u2019"_s);
    QTest::newRow("case and quotes") << QStringList{p2, p1, folded, p3}
                                     << QStringList{u"paragraph"_s, u"paragraph"_s, u"duplicate:0"_s, u"paragraph"_s};
    QString near = p1;
    near.replace(u"decade."_s, u"decade!"_s);
    const QString longer = p1 + u" " + p2 + u" " + p3;
    const QString nearLonger = longer + u" Indeed."_s;
    QTest::newRow("near duplicate") << QStringList{longer, p2, nearLonger, p3}
                                    << QStringList{u"paragraph"_s, u"paragraph"_s, u"duplicate:0"_s, u"paragraph"_s};
    QTest::newRow("different enough") << QStringList{p1, p2, p3}
                                      << QStringList{u"paragraph"_s, u"paragraph"_s, u"paragraph"_s};
    QTest::newRow("short repeats stay") << QStringList{u"Ingredients"_s, p1, u"Ingredients"_s, p2}
                                        << QStringList{u"paragraph"_s, u"paragraph"_s, u"paragraph"_s, u"paragraph"_s};
    QTest::newRow("newsletter plea")
        << QStringList{p1, p2, p3, u"Sign up for our newsletter to get the best stories in your inbox."_s}
        << QStringList{u"paragraph"_s, u"paragraph"_s, u"paragraph"_s, u"boilerplate"_s};
    QTest::newRow("advertisement") << QStringList{p1, u"Advertisement"_s, p2, p3}
                                   << QStringList{u"paragraph"_s, u"boilerplate"_s, u"paragraph"_s, u"paragraph"_s};
    QTest::newRow("donation") << QStringList{p1, p2, p3,
                                             u"Please donate today: your support helps keep our reporting free."_s}
                              << QStringList{u"paragraph"_s, u"paragraph"_s, u"paragraph"_s, u"boilerplate"_s};
    QTest::newRow("share and comments") << QStringList{p1, p2, p3, u"Share this article"_s, u"Leave a comment"_s}
                                        << QStringList{u"paragraph"_s, u"paragraph"_s, u"paragraph"_s, u"boilerplate"_s,
                                                       u"boilerplate"_s};
    QTest::newRow("cookie notice") << QStringList{u"We use cookies to improve your experience. Accept cookies?"_s, p1,
                                                  p2, p3}
                                   << QStringList{u"boilerplate"_s, u"paragraph"_s, u"paragraph"_s, u"paragraph"_s};
    QTest::newRow("sign-off") << QStringList{p1, p2, p3, u"Thanks for reading, see you next week!"_s}
                              << QStringList{u"paragraph"_s, u"paragraph"_s, u"paragraph"_s, u"boilerplate"_s};
    QTest::newRow("postal address") << QStringList{p1, p2, p3,
                                                   u"Example Times\n123 Main Street\nSpringfield, IL 62701"_s}
                                    << QStringList{u"paragraph"_s, u"paragraph"_s, u"paragraph"_s, u"boilerplate"_s};
    QTest::newRow("cookies in a recipe stay")
        << QStringList{u"Chocolate chip cookies"_s, p1, p2, p3}
        << QStringList{u"paragraph"_s, u"paragraph"_s, u"paragraph"_s, u"paragraph"_s};
    QTest::newRow("md: table of contents then headings") << QStringList{
        u"- Getting a sense of the data we collected\n- Finding the anomalies in the data we collected"_s,
        p1,
        u"## Getting a sense of the data we collected"_s,
        p2,
        u"## Finding the anomalies in the data we collected"_s,
        p3} << QStringList{u"list"_s,      u"list"_s,    u"paragraph"_s, u"heading"_s,
                           u"paragraph"_s, u"heading"_s, u"paragraph"_s};
    QTest::newRow("md: repeated code and short steps stay")
        << QStringList{p1, u"Then run this command:"_s, u"```\n$ hg -R alice config --edit --local\n```"_s,
                       p2, u"Then run this command:"_s, u"```\n$ hg -R alice config --edit --local\n```"_s,
                       p3}
        << QStringList{u"paragraph"_s, u"paragraph"_s, u"code"_s,     u"paragraph"_s,
                       u"paragraph"_s, u"code"_s,      u"paragraph"_s};
    QTest::newRow("long cue in the middle stays")
        << QStringList{p1,
                       u"The newsletter, which the mayor's office sends to every household, said the council had "
                       "consulted residents for years before the vote, and it promised regular updates on the work."_s,
                       p2,
                       p3,
                       u"Officials said the first trams could run within five years if funding arrives on time."_s,
                       u"Opposition members called the decision rushed and demanded a second public consultation."_s,
                       u"The mayor is expected to respond to the criticism at a press conference later this week."_s}
        << QStringList{u"paragraph"_s, u"paragraph"_s, u"paragraph"_s, u"paragraph"_s,
                       u"paragraph"_s, u"paragraph"_s, u"paragraph"_s};
}

void TestImport::classify()
{
    QFETCH(QStringList, blocks);
    QFETCH(QStringList, expected);
    const bool markdown = QByteArray(QTest::currentDataTag()).startsWith("md:");
    const auto doc = importBytes(blocks.join(u"\n\n"_s).toUtf8(), markdown ? u"md"_s : u"txt"_s, {});
    QVERIFY(doc);
    checkInvariants(*doc);
    if (!markdown)
        QCOMPARE(doc->blocks.size(), blocks.size());
    QStringList got;
    for (const Block &b : doc->blocks) {
        if (b.kind == BlockKind::Duplicate)
            got.append(u"duplicate:%1"_s.arg(b.duplicateOf));
        else
            got.append(blockKindName(b.kind));
    }
    // The plain-text importer reads short lines before longer paragraphs as headings (the title, "Ingredients");
    // this test is about duplicates and boilerplate, so compare them as paragraphs.
    if (!markdown)
        got.replaceInStrings(u"heading"_s, u"paragraph"_s);
    QCOMPARE(got, expected);
    // Nothing is deleted.
    if (!markdown)
        for (const QString &b : blocks)
            QVERIFY(doc->text.contains(normalizeText(b)));
}

// Blocks whose kind an importer has already set (a web page's Title and Byline, a PDF's Furniture and
// Contents), given as "kind: text", classified directly.
void TestImport::classifyKinds_data()
{
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<QStringList>("expected"); // kind per block, "duplicate:N" for duplicates
    const QString p1 = u"paragraph: "_s + kCouncilParagraphs[0];
    const QString p2 = u"paragraph: "_s + kCouncilParagraphs[1];
    const QString p3 = u"paragraph: "_s + kCouncilParagraphs[2];
    const QString header = u"The Quarterly Review of Imaginary Studies, Volume 12"_s;
    const QString title = u"Council votes to extend the tram line to the north"_s;
    const QStringList body{u"paragraph"_s, u"paragraph"_s, u"paragraph"_s};
    QTest::newRow("running header stays furniture")
        << QStringList{u"furniture: "_s + header, p1, p2, u"furniture: "_s + header, p3, u"furniture: "_s + header}
        << QStringList{u"furniture"_s, u"paragraph"_s, u"paragraph"_s, u"furniture"_s, u"paragraph"_s, u"furniture"_s};
    QTest::newRow("title repeated as the first body block")
        << QStringList{u"title: "_s + title, u"byline: By Jane Roe"_s, u"paragraph: "_s + title, p1, p2, p3}
        << QStringList{u"title"_s, u"byline"_s} + QStringList{u"paragraph"_s} + body;
    QTest::newRow("contents entry repeated in the body")
        << QStringList{u"contents: Getting a sense of the data we collected in the field"_s, p1,
                       u"paragraph: Getting a sense of the data we collected in the field"_s, p2}
        << QStringList{u"contents"_s, u"paragraph"_s, u"paragraph"_s, u"paragraph"_s};
    QTest::newRow("body repeats still found after a header")
        << QStringList{u"title: "_s + title, p1, p2, p1, p3}
        << QStringList{u"title"_s, u"paragraph"_s, u"paragraph"_s, u"duplicate:1"_s, u"paragraph"_s};
    QTest::newRow("slide counter after title and byline")
        << QStringList{u"title: "_s + title, u"byline: By Jane Roe"_s, u"paragraph: 1 / 5"_s, p1, p2, p3}
        << QStringList{u"title"_s, u"byline"_s, u"boilerplate"_s} + body;
    QTest::newRow("slide counter without a header")
        << QStringList{u"paragraph: 1 / 5"_s, p1, p2, p3} << QStringList{u"boilerplate"_s} + body;
    QTest::newRow("slide counter further down stays")
        << QStringList{u"title: "_s + title, p1, u"paragraph: 1 / 5"_s, p2, p3}
        << QStringList{u"title"_s, u"paragraph"_s, u"paragraph"_s, u"paragraph"_s, u"paragraph"_s};
    QTest::newRow("long cookie notice after the byline")
        << QStringList{u"title: "_s + title,
                       u"byline: By Jane Roe"_s,
                       u"paragraph: We use cookies to give you the best experience on our website. By continuing to "
                       "browse the site you agree to our use of cookies."_s,
                       p1,
                       p2,
                       p3}
        << QStringList{u"title"_s, u"byline"_s, u"boilerplate"_s} + body;
}

void TestImport::classifyKinds()
{
    QFETCH(QStringList, blocks);
    QFETCH(QStringList, expected);
    ImportedDocument doc;
    for (const QString &entry : blocks) {
        const qsizetype colon = entry.indexOf(u": "_s);
        bool known = false;
        Block block;
        block.kind = blockKindFromName(entry.left(colon), &known);
        QVERIFY2(known, qPrintable(entry));
        if (!doc.text.isEmpty())
            doc.text += u"\n\n"_s;
        block.start = codePointLength(doc.text);
        doc.text += entry.mid(colon + 2);
        block.end = codePointLength(doc.text);
        doc.blocks.append(block);
    }
    classifyBlocks(doc);
    checkInvariants(doc);
    QStringList got;
    for (const Block &b : doc.blocks)
        got.append(b.kind == BlockKind::Duplicate ? u"duplicate:%1"_s.arg(b.duplicateOf) : blockKindName(b.kind));
    QCOMPARE(got, expected);
}

void TestImport::robustness_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::newRow("malformed html") << u"bad.html"_s
                                    << QByteArray("<html><body><p>Unclosed <b>bold <i>both</b> text<div><p>more</table>"
                                                  "</span><p>last paragraph <a href='x'>link")
                                    << true;
    QTest::newRow("junk html") << u"junk.html"_s << QByteArray("\x01\x02\x03\xff\xfe\x00\x00garbage", 14) << false;
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk += char((i * 7919) % 256);
    QTest::newRow("junk bytes .pdf") << u"random.pdf"_s << junk << false;
    QTest::newRow("junk bytes .html") << u"random.html"_s << junk << false;
    QTest::newRow("pdf header then junk") << u"fake.pdf"_s << QByteArray("%PDF-1.7\n") + junk << false;
    QTest::newRow("zero bytes .pdf") << u"zero.pdf"_s << QByteArray() << false;
    QTest::newRow("zero bytes .html") << u"zero.html"_s << QByteArray() << false;
    QTest::newRow("unbalanced markdown") << u"bad.md"_s << QByteArray("```\nunclosed code\n\n> quote\n- [link(")
                                         << true;
    QTest::newRow("text without newline") << u"one.txt"_s << QByteArray("one line") << true;
    QTest::newRow("utf-16 without bom is text")
        << u"windows.txt"_s << utf16(u"Notes\r\n\r\nFrom a Windows tool."_s, true).mid(2) << true;
}

void TestImport::robustness()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    const QString path = m_dir.filePath(name);
    QVERIFY(writeFile(path, bytes));
    const auto doc = importFile(path);
    QCOMPARE(bool(doc), ok);
    if (doc)
        checkInvariants(*doc);
    else
        QVERIFY(!doc.error().message.isEmpty());
}

void TestImport::deepNesting()
{
    const int depth = 100000;
    QByteArray html = "<html><body>";
    html += QByteArray("<div>").repeated(depth);
    html += "<p>Deep text.</p>";
    html += QByteArray("</div>").repeated(depth);
    html += QByteArray("<span>").repeated(depth);
    html += "Unclosed spans.";
    html += "</body></html>";
    QElapsedTimer timer;
    timer.start();
    const auto doc = importBytes(html, u"html"_s, {});
    QVERIFY(doc);
    checkInvariants(*doc);
    QVERIFY(doc->text.contains(u"Deep text."_s));
    QVERIFY(doc->text.contains(u"Unclosed spans."_s));
    QVERIFY2(timer.elapsed() < 30000, "deep nesting must not be quadratic");
    // Markdown nesting too.
    const auto md = importBytes(QByteArray("> ").repeated(20000) + "quoted\n", u"md"_s, {});
    QVERIFY(md);
}

void TestImport::hugePage()
{
    QByteArray html = "<html><head><title>Huge page</title></head><body><article>";
    const QByteArray paragraph = "<p>Paragraph number filler text with several words, commas, and a little more to "
                                 "make it long enough for the scorer to care about it at all.</p>\n";
    while (html.size() < 50 * 1024 * 1024)
        html += paragraph;
    html += "</article></body></html>";
    const QString path = m_dir.filePath(u"huge.html"_s);
    QVERIFY(writeFile(path, html));
    html.clear();
    QElapsedTimer timer;
    timer.start();
    const auto doc = importFile(path);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QVERIFY(doc->blocks.size() > 1000);
    QCOMPARE(doc->meta.title, u"Huge page"_s);
    // The headline leads; then the same paragraph over and over: all but the first are duplicates.
    QCOMPARE(doc->blocks.at(0).kind, BlockKind::Title);
    QCOMPARE(doc->blocks.at(2).kind, BlockKind::Duplicate);
    qInfo() << "50 MB page imported in" << timer.elapsed() << "ms";
    QVERIFY(timer.elapsed() < 300000);
}

void TestImport::goldenBlocks_data()
{
    QTest::addColumn<QString>("fixture");
    const QDir data(QStringLiteral(MARGINALIA_TEST_DATA));
    const QStringList golden = data.entryList({u"*.blocks.jsonl"_s}, QDir::Files, QDir::Name);
    if (golden.isEmpty())
        QTest::newRow("none") << QString();
    for (const QString &g : golden) {
        const QString fixture = g.chopped(QStringLiteral(".blocks.jsonl").size());
        QTest::newRow(qPrintable(fixture)) << fixture;
    }
}

void TestImport::goldenBlocks()
{
    QFETCH(QString, fixture);
    if (fixture.isEmpty())
        QSKIP("no golden fixtures");
    const QDir data(QStringLiteral(MARGINALIA_TEST_DATA));
    // MARGINALIA_REGENERATE_GOLDEN=1 rewrites the expected files from the current output
    // (tests/import/regenerate-golden.sh); review the diff before committing.
    if (qEnvironmentVariableIntValue("MARGINALIA_REGENERATE_GOLDEN") == 1) {
        QBuffer out, err, text;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        text.open(QIODevice::WriteOnly);
        QCOMPARE(cli::runBlocks({u"--format"_s, u"jsonl"_s, data.filePath(fixture)}, out, err), 0);
        QCOMPARE(cli::runText({data.filePath(fixture)}, text, err), 0);
        QFile blocksFile(data.filePath(fixture + u".blocks.jsonl"_s));
        QVERIFY(blocksFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        blocksFile.write(out.data());
        QFile textFile(data.filePath(fixture + u".text"_s));
        QVERIFY(textFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        textFile.write(text.data());
    }
    QFile expectedFile(data.filePath(fixture + u".blocks.jsonl"_s));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QByteArray expected = expectedFile.readAll();
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    QCOMPARE(cli::runBlocks({u"--format"_s, u"jsonl"_s, data.filePath(fixture)}, out, err), 0);
    QCOMPARE(QString::fromUtf8(out.data()), QString::fromUtf8(expected));
    QFile textFile(data.filePath(fixture + u".text"_s));
    if (textFile.open(QIODevice::ReadOnly)) {
        QBuffer textOut;
        textOut.open(QIODevice::WriteOnly);
        QCOMPARE(cli::runText({data.filePath(fixture)}, textOut, err), 0);
        QCOMPARE(QString::fromUtf8(textOut.data()), QString::fromUtf8(textFile.readAll()));
    }
}

void TestImport::cliCommands()
{
    const QString path = m_dir.filePath(u"cli.md"_s);
    QVERIFY(writeFile(path, "# Cli Title\n\nOne paragraph of text that repeats itself.\n\nAdvertisement\n\nOne "
                            "paragraph of text that repeats itself.\n"));
    auto run = [](auto fn, const QStringList &args, QByteArray *stdoutBytes = nullptr,
                  QByteArray *stderrBytes = nullptr) {
        QBuffer out, err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        const int code = fn(args, out, err);
        if (stdoutBytes)
            *stdoutBytes = out.data();
        if (stderrBytes)
            *stderrBytes = err.data();
        return code;
    };
    QByteArray out, err;
    QCOMPARE(run(qOverload<const QStringList &, QIODevice &, QIODevice &>(&cli::runText), {path}, &out), 0);
    QCOMPARE(out, QByteArray("Cli Title\n\nOne paragraph of text that repeats itself.\n\nAdvertisement\n\nOne "
                             "paragraph of text that repeats itself."));
    QCOMPARE(run(qOverload<const QStringList &, QIODevice &, QIODevice &>(&cli::runText), {u"--content-only"_s, path},
                 &out),
             0);
    QCOMPARE(out, QByteArray("Cli Title\n\nOne paragraph of text that repeats itself."));
    QCOMPARE(run(qOverload<const QStringList &, QIODevice &, QIODevice &>(&cli::runInfo),
                 {path, u"--field"_s, u"title"_s}, &out),
             0);
    QCOMPARE(out, QByteArray("Cli Title\n"));
    QCOMPARE(run(qOverload<const QStringList &, QIODevice &, QIODevice &>(&cli::runInfo), {path}, &out), 0);
    QVERIFY(out.contains("title: Cli Title\n"));
    QVERIFY(out.contains("format: md\n"));
    QCOMPARE(run(qOverload<const QStringList &, QIODevice &, QIODevice &>(&cli::runBlocks),
                 {u"--format"_s, u"jsonl"_s, path}, &out),
             0);
    QCOMPARE(out.count('\n'), 4);
    QVERIFY(out.contains("{\"end\":9,\"index\":0,\"kind\":\"heading\",\"start\":0}\n"));
    QVERIFY(out.contains("\"duplicate_of\":1"));
    // Errors: 1 for input, 2 for usage.
    QCOMPARE(run(qOverload<const QStringList &, QIODevice &, QIODevice &>(&cli::runText),
                 {m_dir.filePath(u"nope.txt"_s)}, &out, &err),
             1);
    QVERIFY(err.contains("does not exist"));
    QCOMPARE(run(qOverload<const QStringList &, QIODevice &, QIODevice &>(&cli::runText), {}, &out, &err), 2);
    QCOMPARE(run(qOverload<const QStringList &, QIODevice &, QIODevice &>(&cli::runInfo),
                 {path, u"--field"_s, u"colour"_s}, &out, &err),
             2);
    QCOMPARE(run(qOverload<const QStringList &, QIODevice &, QIODevice &>(&cli::runBlocks),
                 {u"--format"_s, u"xml"_s, path}, &out, &err),
             2);
}

QTEST_MAIN(TestImport)
#include "tst_import.moc"
