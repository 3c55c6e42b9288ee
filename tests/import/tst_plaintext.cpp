// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Plain-text import: line discipline, headings by shape, boilerplate cues from the data file, decoding in one
// pass, and the acceptance sample of issue 9 (tests/import/data/plaintext: one article saved one paragraph per
// line, with blank lines, and hard-wrapped at 72 columns).

#include "CliRunner.h"

#include "core/import/ClassifyCues.h"
#include "core/import/Decoding.h"
#include "core/import/Importer.h"
#include "core/import/text/LineDiscipline.h"
#include "core/import/text/TextHeadings.h"
#include "core/text/Text.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace marginalia;
using namespace marginalia::importdetail;

namespace {

const QString kSampleDir = QStringLiteral(MARGINALIA_TEST_DATA "/plaintext");

// "kind:text" per block, what the variants of a sample must agree on.
QStringList kindsAndTexts(const ImportedDocument &document)
{
    QStringList out;
    for (const Block &b : document.blocks)
        out.append(blockKindName(b.kind) + u':' + codePointMid(document.text, b.start, b.end));
    return out;
}

} // namespace

class TestPlainText : public QObject {
    Q_OBJECT
private slots:
    void lineDiscipline_data();
    void lineDiscipline();
    void headings_data();
    void headings();
    void cues_data();
    void cues();
    void userCues();
    void cueErrors();
    void decoding_data();
    void decoding();
    void titleFromFileName();
    void acceptance_data();
    void acceptance();
    void acceptanceCli();
};

void TestPlainText::lineDiscipline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");
    const QString longA = u"The first paragraph is long enough to be a paragraph of an article that was saved one "
                          "paragraph per line by a tool."_s;
    const QString longB = u"The second paragraph follows on the very next line without any blank line between the "
                          "two of them, as scrapers do."_s;
    QTest::newRow("one per line") << longA + u'\n' + longB << QStringList{longA, longB};
    QTest::newRow("blank lines") << longA + u"\n\n"_s + longB + u'\n' << QStringList{longA, longB};
    QTest::newRow("lines kept in a short block")
        << u"Dear friends,\n\nThe tea was strong.\nThe soup was hot.\n\nYours,\nAnna\n\nBye."_s
        << QStringList{u"Dear friends,"_s, u"The tea was strong.\nThe soup was hot."_s, u"Yours,\nAnna"_s, u"Bye."_s};
    // Wrapped at 40 columns by Python's textwrap.
    const QString wrapped = u"This paragraph was wrapped by a mail\nprogram at forty columns, so every line\nis nearly "
                            "full and the last one is\nshort.\n\nA second paragraph, wrapped the same way\nas the "
                            "first one, which ends with a\nshort line.\n\nAnd a third one that also comes in three\n"
                            "lines of text that end here."_s;
    const QStringList unwrapped{
        u"This paragraph was wrapped by a mail program at forty columns, so every line is nearly full and the last "
        "one is short."_s,
        u"A second paragraph, wrapped the same way as the first one, which ends with a short line."_s,
        u"And a third one that also comes in three lines of text that end here."_s};
    QTest::newRow("hard-wrapped") << wrapped << unwrapped;
    QTest::newRow("hard-wrapped without blank lines")
        << u"Falling Water\nThe river has dropped to the lowest level\nanyone can remember, and the towns are\n"
           "getting ready.\nBoats moved downstream where a weir keeps\na deeper pool of water for the summer\n"
           "months.\nThe end."_s
        << QStringList{u"Falling Water"_s,
                       u"The river has dropped to the lowest level anyone can remember, and the towns are getting "
                       "ready."_s,
                       u"Boats moved downstream where a weir keeps a deeper pool of water for the summer months."_s,
                       u"The end."_s};
    QTest::newRow("hyphen at a wrap")
        << wrapped + u"\n\nCutting a word: the rain was a well-\nknown visitor to the valley every single\nspring."_s
        << unwrapped
               + QStringList{u"Cutting a word: the rain was a well-known visitor to the valley every single spring."_s};
    // Decided run by run: the list's lines are short, so each item is a paragraph of its own.
    QTest::newRow("mixture: wrapped runs and a list")
        << wrapped + u"\n\n- one\n- two\n- three"_s << unwrapped + QStringList{u"- one"_s, u"- two"_s, u"- three"_s};
}

void TestPlainText::lineDiscipline()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);
    const QList<QStringView> lines = splitLines(text);
    const LineLayout layout = detectLineLayout(lines);
    QStringList got;
    for (const TextParagraph &p : splitParagraphs(lines, layout))
        got.append(paragraphText(lines, p));
    QCOMPARE(got, paragraphs);
}

void TestPlainText::headings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("next");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("marker");
    const QString prose = u"The council met on Tuesday and voted to extend the tram line to the northern suburbs."_s;
    QTest::newRow("title case") << u"Potential Fallout"_s << prose << 2 << 0;
    QTest::newRow("sentence case") << u"What the farmers say about it"_s << prose << 2 << 0;
    QTest::newRow("numbered") << u"2.1 Methods"_s << prose << 3 << 0;
    QTest::newRow("numbered with dot") << u"3. Results and discussion"_s << prose << 2 << 0;
    QTest::newRow("hash") << u"## Background"_s << u"Short."_s << 2 << 3;
    QTest::newRow("closing punctuation") << u"It rained."_s << prose << 0 << 0;
    QTest::newRow("lower case") << u"and then it rained"_s << prose << 0 << 0;
    QTest::newRow("too long") << u"One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen"_s << prose
                              << 0 << 0;
    QTest::newRow("shorter paragraph after") << u"The Valley Ledger"_s << u"PO Box 1077"_s << 0 << 0;
    QTest::newRow("numbered list") << u"1. Buy milk"_s << u"2. Get eggs"_s << 0 << 0;
    QTest::newRow("dateline") << u"Friday, July 21, 2017"_s << prose << 0 << 0;
    QTest::newRow("byline") << u"By Mara Ellison"_s << prose << 0 << 0;
    QTest::newRow("at the end") << u"Potential Fallout"_s << QString() << 0 << 0;
}

void TestPlainText::headings()
{
    QFETCH(QString, text);
    QFETCH(QString, next);
    QFETCH(int, level);
    QFETCH(int, marker);
    const HeadingShape shape = headingShape(text, next);
    QCOMPARE(shape.level, level);
    QCOMPARE(int(shape.markerLength), marker);
}

void TestPlainText::cues_data()
{
    QTest::addColumn<QString>("cueLines");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("phrase, any case") << u"thanks for reading"_s << u"Thanks For Reading!"_s << 1;
    QTest::newRow("whole words only") << u"share on"_s << u"The market share one year later"_s << 0;
    QTest::newRow("alternatives") << u"(thanks|thank) (you|) for reading"_s << u"Thank you for reading."_s << 1;
    QTest::newRow("several-word alternative") << u"(sign up|signup) for"_s << u"Sign-up for free"_s << 1;
    QTest::newRow("punctuation breaks a cue") << u"subscribe to"_s << u"Subscribe, to be sure"_s << 0;
    QTest::newRow("start anchor") << u"^newsletter$"_s << u"Newsletter"_s << 1;
    QTest::newRow("start anchor, later") << u"^newsletter$"_s << u"Our Newsletter"_s << 0;
    QTest::newRow("end anchor") << u"<number> (comment|comments)$"_s << u"Read all 12 comments"_s << 1;
    QTest::newRow("end anchor, text after") << u"<number> comments$"_s << u"12 comments below"_s << 0;
    QTest::newRow("year") << u"copyright (©|) <year>"_s << u"Copyright ©2024 Example Times"_s << 1;
    QTest::newRow("prefix") << u"subscri* now"_s << u"Subscription now open"_s << 1;
    QTest::newRow("counted twice") << u"donate now\nshare this"_s << u"Donate now and share this"_s << 2;
    QTest::newRow("comments ignored") << u"# a comment\n\nprivacy policy"_s << u"See our privacy policy"_s << 1;
}

void TestPlainText::cues()
{
    QFETCH(QString, cueLines);
    QFETCH(QString, text);
    QFETCH(int, count);
    const auto parsed = BoilerplateCues::parse(cueLines, u"test"_s);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->count(text), count);
}

void TestPlainText::userCues()
{
    auto bundled = BoilerplateCues::parse(u"read more\nthanks for reading"_s, u"bundled"_s);
    QVERIFY(bundled);
    const auto user = BoilerplateCues::parse(u"# mine\n!read more\nwith love from the editors"_s, u"user"_s);
    QVERIFY(user);
    bundled->merge(*user);
    QCOMPARE(bundled->size(), 2);
    QCOMPARE(bundled->count(u"Read more about it"_s), 0);
    QCOMPARE(bundled->count(u"With love from the editors"_s), 1);
    // The shipped file parses and knows the plea in the acceptance sample.
    QVERIFY(BoilerplateCues::standard().size() > 100);
    QCOMPARE(BoilerplateCues::standard().count(u"Subscribe to our weekly newsletter"_s), 2);
}

void TestPlainText::cueErrors()
{
    const auto broken = BoilerplateCues::parse(u"fine cue\n(unclosed alternative"_s, u"my-cues.txt"_s);
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.contains(u"my-cues.txt, line 2"_s), qPrintable(broken.error().message));
    const auto empty = BoilerplateCues::parse(u"(|)"_s, u"my-cues.txt"_s);
    QVERIFY(!empty);
}

void TestPlainText::decoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("ascii") << QByteArray("plain words\nand lines");
    QTest::newRow("crlf and cr") << QByteArray("one\r\ntwo\rthree\r\r\nfour");
    QTest::newRow("controls") << QByteArray("a\x01"
                                            "b\x7f"
                                            "c\td\xc2\x85"
                                            "e");
    QTest::newRow("bom inside") << QByteArray("\xef\xbb\xbf"
                                              "start\xef\xbb\xbfmiddle");
    QTest::newRow("decomposed") << QString(u"Cafe\u0301 na\u0308ive\nplain line").toUtf8();
    QTest::newRow("singleton") << QString(u"\u212B ring and \u2126 ohm").toUtf8();
    QTest::newRow("curly quotes and emoji") << QString(u"\u201CQuote\u201D \u2014 dash \U0001F30A wave").toUtf8();
    QTest::newRow("line separators") << QString(u"one\u2028two\u2029three").toUtf8();
    QTest::newRow("hangul jamo") << QString(u"\u1100\u1161\u11A8 and \uAC00\u11A8").toUtf8();
    QTest::newRow("windows-1252") << QByteArray("caf\xe9 \x93quoted\x94");
}

void TestPlainText::decoding()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(decodeNormalizedText(bytes), normalizeText(decodeText(bytes)));
}

void TestPlainText::titleFromFileName()
{
    const auto doc = importBytes("lower case words only.\nand more of them.", u"txt"_s, u"/tmp/field_notes_2024.txt"_s);
    QVERIFY(doc);
    QCOMPARE(doc->meta.title, u"field notes 2024"_s);
}

void TestPlainText::acceptance_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("one paragraph per line") << u"river-towns.one-per-line.txt"_s;
    QTest::newRow("blank lines") << u"river-towns.blank-lines.txt"_s;
    QTest::newRow("hard-wrapped at 72") << u"river-towns.wrapped-72.txt"_s;
}

void TestPlainText::acceptance()
{
    QFETCH(QString, file);
    const auto doc = importFile(QDir(kSampleDir).filePath(file));
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
    const QStringList blocks = kindsAndTexts(*doc);
    // 2 + 3 intro, heading, 7 run, heading, 3, the run again, heading, 3, and 13 lines of boilerplate.
    QCOMPARE(blocks.size(), 41);
    QCOMPARE(blocks.at(0), u"heading:River Towns Brace for a Dry Summer"_s);
    QCOMPARE(doc->blocks.at(0).level, 1);
    QCOMPARE(doc->meta.title, u"River Towns Brace for a Dry Summer"_s);
    for (int index : {5, 13, 24})
        QVERIFY2(blocks.at(index).startsWith(u"heading:"_s), qPrintable(blocks.at(index)));
    QCOMPARE(doc->blocks.at(24).level, 2);
    for (int index = 17; index < 24; ++index) {
        QCOMPARE(doc->blocks.at(index).kind, BlockKind::Duplicate);
        QCOMPARE(doc->blocks.at(index).duplicateOf, index - 11);
    }
    for (int index = 28; index < 41; ++index)
        QVERIFY2(blocks.at(index).startsWith(u"boilerplate:"_s), qPrintable(blocks.at(index)));
    // Nothing of the body is hidden: every block before the trailing run that is not a repeat is content.
    for (int index = 0; index < 28; ++index)
        if (index < 17 || index >= 24)
            QVERIFY2(isContentKind(doc->blocks.at(index).kind), qPrintable(blocks.at(index)));
    // The three saves of the article give the same blocks.
    const auto reference = importFile(QDir(kSampleDir).filePath(u"river-towns.one-per-line.txt"_s));
    QVERIFY(reference);
    QCOMPARE(blocks, kindsAndTexts(*reference));
}

void TestPlainText::acceptanceCli()
{
    const CliRun cli = runCli(
        {u"blocks"_s, u"--format"_s, u"jsonl"_s, QDir(kSampleDir).filePath(u"river-towns.wrapped-72.txt"_s)});
    QCOMPARE(cli.exitCode, 0);
    QStringList kinds;
    for (const QJsonObject &block : jsonLines(cli.out))
        kinds.append(block.value(u"kind"_s).toString());
    QCOMPARE(kinds.size(), 41);
    QCOMPARE(kinds.count(u"heading"_s), 4);
    QCOMPARE(kinds.count(u"duplicate"_s), 7);
    QCOMPARE(kinds.count(u"boilerplate"_s), 13);
    QCOMPARE(kinds.count(u"paragraph"_s), 17);
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
