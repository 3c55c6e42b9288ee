// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/Document.h"
#include "core/text/Text.h"

#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

class TestText final : public QObject {
    Q_OBJECT
private slots:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("crlf") << u"a\r\nb\r\n"_s << u"a\nb\n"_s;
        QTest::newRow("lone cr") << u"a\rb"_s << u"a\nb"_s;
        QTest::newRow("bom") << u"\uFEFFtext"_s << u"text"_s;
        QTest::newRow("nfc") << u"Cafe\u0301"_s << u"Caf\u00E9"_s;
        QTest::newRow("controls") << u"a\u0001b\u0085c\td"_s << u"abc\td"_s;
        QTest::newRow("emoji kept") << u"\U0001F600 ok"_s << u"\U0001F600 ok"_s;
    }
    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(normalizeText(input), expected);
    }

    void codePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("codePoint");
        QTest::addColumn<int>("utf16");
        const QString emoji = u"a\U0001F600b\U0001F4A9c"_s; // a 😀 b 💩 c
        QTest::newRow("bmp start") << u"abc"_s << 0 << 0;
        QTest::newRow("bmp end") << u"abc"_s << 3 << 3;
        QTest::newRow("before emoji") << emoji << 1 << 1;
        QTest::newRow("after first emoji") << emoji << 2 << 3;
        QTest::newRow("after second emoji") << emoji << 4 << 6;
        QTest::newRow("end") << emoji << 5 << 7;
    }
    void codePoints()
    {
        QFETCH(QString, text);
        QFETCH(int, codePoint);
        QFETCH(int, utf16);
        const CodePointIndex index(text);
        QCOMPARE(index.toUtf16(codePoint), utf16);
        QCOMPARE(index.toCodePoint(utf16), codePoint);
    }

    void codePointSlices()
    {
        const QString text = u"\U0001F600 Ada said \u201Chi\u201D"_s;
        QCOMPARE(codePointLength(text), 15);
        QCOMPARE(codePointMid(text, 2, 5), u"Ada"_s);
        QCOMPARE(codePointMid(text, 0, 1), u"\U0001F600"_s);
    }

    void contentTextSkipsFoldedBlocks()
    {
        const QString text = u"One\n\nTwo\n\nOne\n\nSubscribe"_s;
        QList<Block> blocks = {{0, 3}, {5, 8}, {10, 13}, {15, 24}};
        blocks[2].kind = BlockKind::Duplicate;
        blocks[2].duplicateOf = 0;
        blocks[3].kind = BlockKind::Boilerplate;
        QCOMPARE(contentText(text, blocks), u"One\n\nTwo"_s);
    }

    void contentKinds()
    {
        // What the reader folds and the analyser skips: repeats, boilerplate, contents pages, page furniture.
        for (BlockKind kind : {BlockKind::Boilerplate, BlockKind::Duplicate, BlockKind::Contents, BlockKind::Furniture})
            QVERIFY2(!isContentKind(kind), qPrintable(blockKindName(kind)));
        for (BlockKind kind : {BlockKind::Title, BlockKind::Byline, BlockKind::Footnote, BlockKind::Paragraph})
            QVERIFY2(isContentKind(kind), qPrintable(blockKindName(kind)));
    }

    void blockKindNamesRoundTrip()
    {
        for (BlockKind kind :
             {BlockKind::Heading, BlockKind::Paragraph, BlockKind::Quote, BlockKind::ListItem, BlockKind::Code,
              BlockKind::Caption, BlockKind::Table, BlockKind::Boilerplate, BlockKind::Duplicate, BlockKind::Title,
              BlockKind::Byline, BlockKind::Footnote, BlockKind::Contents, BlockKind::Furniture}) {
            bool ok = false;
            QCOMPARE(blockKindFromName(blockKindName(kind), &ok), kind);
            QVERIFY(ok);
        }
        bool ok = true;
        blockKindFromName(u"nonsense"_s, &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
