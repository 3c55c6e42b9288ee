// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The plain-text import's fast paths give the same document as the plain way: the document text assembled in
// the decoded buffer (InPlaceText), the file read straight into one buffer and freed once decoded, the one-pass
// word scan for stop words and cues, and the duplicate check's sketches. The oracle below builds each document
// the plain way (DocumentBuilder, paragraph by paragraph).

#include "core/import/ClassifyCues.h"
#include "core/import/Decoding.h"
#include "core/import/ImportUtil.h"
#include "core/import/Importer.h"
#include "core/import/Sha256.h"
#include "core/import/text/LineDiscipline.h"
#include "core/import/text/TextHeadings.h"

#include "TestHelpers.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace marginalia;
using namespace marginalia::importdetail;

namespace {

// The plain-text document built the plain way: every paragraph's text copied into a DocumentBuilder.
ImportedDocument plainWay(const QByteArray &bytes)
{
    const QString text = decodeNormalizedText(bytes);
    const QList<QStringView> lines = splitLines(text);
    const QList<TextParagraph> paragraphs = splitParagraphs(lines, detectLineLayout(lines));
    DocumentBuilder builder;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString current = paragraphText(lines, paragraphs.at(i));
        const QString next = i + 1 < paragraphs.size() ? paragraphText(lines, paragraphs.at(i + 1)) : QString();
        const HeadingShape heading = i == 0 ? (paragraphs.size() > 1 ? titleShape(current) : HeadingShape())
                                            : headingShape(current, next);
        if (heading.level > 0)
            builder.addNormalized(BlockKind::Heading, QStringView(current).mid(heading.markerLength), heading.level);
        else
            builder.addNormalized(BlockKind::Paragraph, current);
    }
    ImportedDocument document;
    builder.finish(document);
    classifyBlocks(document);
    return document;
}

// Paragraphs of every layout the reader knows, `count` of them, from a fixed seed.
QByteArray mixedText(int count, quint32 seed)
{
    static const QByteArrayList vocabulary{"river",
                                           "council",
                                           "the",
                                           "of",
                                           "valley",
                                           "and",
                                           "harvest",
                                           "caf\xc3\xa9",
                                           "na\xc3\xafve",
                                           "to",
                                           "said",
                                           "\xe2\x80\x9cquoted\xe2\x80\x9d",
                                           "well-",
                                           "known",
                                           "e\xcc\x81t\xc3\xa9",
                                           "\xf0\x9f\x98\x80",
                                           "Minister"};
    QRandomGenerator random(seed);
    QByteArray out;
    for (int paragraph = 0; paragraph < count; ++paragraph) {
        const int layout = int(random.bounded(6));
        QByteArray sentence;
        for (int word = 0, wordCount = 5 + int(random.bounded(40)); word < wordCount; ++word)
            sentence += (word ? " " : "") + vocabulary.at(random.bounded(vocabulary.size()));
        sentence += '.';
        switch (layout) {
        case 0: // a heading before a paragraph
            out += "## Section " + QByteArray::number(paragraph) + "\n" + sentence + "\n";
            break;
        case 1: // blank lines, indentation and trailing white space
            out += "\n\n   " + sentence + "   \n\n\n";
            break;
        case 2: // hard-wrapped near 40 columns, with CR LF line ends
            for (qsizetype at = 0; at < sentence.size(); at += 38)
                out += sentence.mid(at, 38).trimmed() + "\r\n";
            out += "\r\n";
            break;
        case 3: // an address block
            out += "\nExample Times\n  1 Main Street\n  Springfield\n\n";
            break;
        default:
            out += sentence + "\n";
        }
    }
    return out;
}

QStringList describe(const ImportedDocument &document)
{
    QStringList out{document.text};
    for (const Block &b : document.blocks)
        out.append(
            u"%1 %2-%3 %4 %5"_s.arg(blockKindName(b.kind)).arg(b.start).arg(b.end).arg(b.level).arg(b.duplicateOf));
    return out;
}

} // namespace

class TestImportSpeed : public QObject {
    Q_OBJECT
private slots:
    void sameAsPlainWay_data();
    void sameAsPlainWay();
    void fileReadInOneBuffer();
    void stopWords_data();
    void stopWords();
    void cueFirstWords_data();
    void cueFirstWords();
    void nearDuplicates();
    void contentHash_data();
    void contentHash();
};

void TestImportSpeed::sameAsPlainWay_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("one per line") << "Title Line\nFirst paragraph, long enough to be prose for sure.\n"
                                     "Short Heading\nA second paragraph follows the heading and ends here.\n"_ba;
    QTest::newRow("marker headings") << "# Title\n\n## Part one\n\nText of part one, a sentence.\n"_ba;
    QTest::newRow("blank lines and spaces") << "\n\n   First.   \n\n\n\n  Second paragraph.  \n\n"_ba;
    QTest::newRow("hard-wrapped, hyphen") << QByteArray("This line is wrapped near forty columns and is well-\n"
                                                        "known to wrap again before it ends with the last\n"
                                                        "words of it. Then another paragraph starts here and\n"
                                                        "it wraps as well, near the same width as before it\n"
                                                        "ends.\n")
                                                 .repeated(4);
    QTest::newRow("address block") << "Letter\n\nDear reader, this is a letter.\n\nJane Roe\n  12 Main Street\n"_ba;
    QTest::newRow("surrogates and NFC") << "\xf0\x9f\x98\x80 Smile\nCafe\xcc\x81 au lait, \xf0\x9f\x98\x80 twice.\n"_ba;
    QTest::newRow("paragraph separator") << "One.\xe2\x80\xa9Two.\xe2\x80\xa8Three.\n"_ba;
    QTest::newRow("only one line") << "   just one line   "_ba;
    QTest::newRow("mixed, 300 paragraphs") << mixedText(300, 1);
    QTest::newRow("mixed, 3000 paragraphs") << mixedText(3000, 2);
}

void TestImportSpeed::sameAsPlainWay()
{
    QFETCH(QByteArray, bytes);
    const auto imported = importBytes(bytes, u"txt"_s, QString());
    VERIFY_RESULT(imported);
    QCOMPARE(describe(*imported), describe(plainWay(bytes)));
}

void TestImportSpeed::fileReadInOneBuffer()
{
    // Larger than two of importFile's 4 MB chunks; the file's only copy of the bytes goes to the reader.
    QByteArray bytes = mixedText(80000, 3);
    QVERIFY(bytes.size() > 9 * 1024 * 1024);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const auto fromFile = importFile(path);
    VERIFY_RESULT(fromFile);
    const auto fromBytes = importBytes(bytes, u"txt"_s, path);
    VERIFY_RESULT(fromBytes);
    QCOMPARE(describe(*fromFile), describe(*fromBytes));
    QCOMPARE(fromFile->contentHash,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(fromBytes->contentHash, fromFile->contentHash);
    QCOMPARE(fromFile->meta.title, fromBytes->meta.title);
}

void TestImportSpeed::stopWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("stopWords");
    QTest::newRow("plain") << u"The river and the valley"_s << 5 << 3;
    QTest::newRow("any case") << u"THE The tHe"_s << 3 << 3;
    QTest::newRow("apostrophe joins") << u"don't stop, it's here"_s << 4 << 1;
    QTest::newRow("quoted stop word") << u"'the' the"_s << 2 << 1;
    QTest::newRow("apostrophe alone") << u"rock ' roll"_s << 3 << 0;
    QTest::newRow("copyright sign") << u"\u00a9 2024 by the"_s << 3 << 2;
    QTest::newRow("long words") << u"themselves themselvesx"_s << 2 << 1;
    QTest::newRow("non-ASCII letters") << u"\u00c9t\u00e9 was caf\u00e9"_s << 3 << 1;
    QTest::newRow("empty") << QString() << 0 << 0;
}

void TestImportSpeed::stopWords()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QFETCH(int, stopWords);
    int counted = -1;
    const double density = stopWordDensity(text, &counted);
    QCOMPARE(counted, words);
    QCOMPARE(density, words ? double(stopWords) / words : 0.0);
    TextWords scanned;
    scanWords(text, scanned, true, 1);
    QCOMPARE(scanned.words, std::min(words, 2)); // stops after the word past the limit
}

void TestImportSpeed::cueFirstWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("number first") << u"Read all 12 comments"_s << 1;
    QTest::newRow("number first, not a number") << u"Read all twelve comments"_s << 0;
    QTest::newRow("prefix first") << u"Subscribers only: log in"_s << 1;
    QTest::newRow("prefix first, digits") << u"2fa codes are sent"_s << 1;
    QTest::newRow("word first") << u"Thanks for reading"_s << 1;
}

void TestImportSpeed::cueFirstWords()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    const auto cues = BoilerplateCues::parse(u"<number> comments$\nsubscri* only\n2fa* codes\nthanks for reading"_s,
                                             u"test"_s);
    VERIFY_RESULT(cues);
    QCOMPARE(cues->count(text), count);
}

void TestImportSpeed::nearDuplicates()
{
    // A paragraph with a phrase said twice (fewer distinct 5-grams than 5-grams), its copy with one word changed
    // (a near duplicate), and one with a third of its words changed (not one).
    const QString phrase = u"the council met in the valley after the harvest"_s;
    QString tail;
    for (int word = 0; word < 90; ++word)
        tail += u" w%1"_s.arg(word);
    const QString first = phrase + u" and then "_s + phrase + tail + u" while the river rose."_s;
    QString nearCopy = first;
    nearCopy.replace(u"rose."_s, u"fell."_s);
    QString farCopy = first;
    farCopy.replace(u"council"_s, u"mayor"_s).replace(u"valley"_s, u"town"_s).replace(u" w4"_s, u" x4"_s);
    const QByteArray bytes = (u"Opening paragraph that is long enough and unlike the others in every way.\n"_s + first
                              + u'\n' + nearCopy + u'\n' + farCopy + u'\n')
                                 .toUtf8();
    const auto imported = importBytes(bytes, u"txt"_s, QString());
    VERIFY_RESULT(imported);
    QCOMPARE(imported->blocks.size(), 4);
    QCOMPARE(imported->blocks.at(2).kind, BlockKind::Duplicate);
    QCOMPARE(imported->blocks.at(2).duplicateOf, 1);
    QCOMPARE(imported->blocks.at(3).kind, BlockKind::Paragraph);
    QCOMPARE(describe(*imported), describe(plainWay(bytes)));
}

void TestImportSpeed::contentHash_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("abc") << "abc"_ba;
    // Around the padding's edges: the length must fit after the tail, else a second block follows.
    QRandomGenerator random(4);
    for (int size : {1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        QTest::addRow("%d random bytes", size) << bytes;
    }
    QTest::newRow("3 MB of text") << mixedText(25000, 5);
}

void TestImportSpeed::contentHash()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(sha256(bytes), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QCOMPARE(sha256Hex("abc"), u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
}

QTEST_GUILESS_MAIN(TestImportSpeed)
#include "tst_importspeed.moc"
