// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/Importer.h"
#include "core/import/html/NestingGuard.h"

#include <QTest>

using namespace Qt::StringLiterals;
using marginalia::importdetail::html::limitNesting;

namespace {

// How many start tags named `name` are left, in any letter case: each one gumbo would push on its stack.
qsizetype startTags(const QByteArray &html, const QByteArray &name)
{
    return html.toLower().count(QByteArray("<" + name.toLower()));
}

} // namespace

// Gumbo's tree building is quadratic in nesting depth, so the guard must see every trick that makes the
// tokenizer and a naive scan disagree about where a tag or a raw text element ends.
class TestNestingGuard final : public QObject {
    Q_OBJECT
private slots:
    void hostilePagesAreBounded_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("nestedTag");
        const int depth = 20000;
        QTest::newRow("plain deep divs") << QByteArray("<body>" + QByteArray("<div>").repeated(depth) + "text")
                                         << QByteArray("div");
        // Before: the scan looked for "</script" only, so it skipped the rest of the page as script text.
        QTest::newRow("upper-case end tag")
            << QByteArray("<body><script>x</SCRIPT>" + QByteArray("<div><span>").repeated(depth) + "text")
            << QByteArray("span");
        QTest::newRow("mixed-case style end tag")
            << QByteArray("<body><style>p{}</StYlE >" + QByteArray("<div>").repeated(depth) + "text")
            << QByteArray("div");
        // Before: the apostrophe opened a "quoted value" that swallowed the following tags.
        QTest::newRow("apostrophe in an unquoted value")
            << QByteArray("<body>" + QByteArray("<p class=it's><b>").repeated(depth) + "text") << QByteArray("b");
        // Before: the scan took everything after <svg><script> for script text, but in SVG a script is an
        // ordinary element, so gumbo built the whole depth (and crashed at 480,000 levels).
        QTest::newRow("script inside svg")
            << QByteArray("<body><p>text</p><svg><script>" + QByteArray("<g>").repeated(depth * 3)) << QByteArray("g");
        QTest::newRow("style inside math")
            << QByteArray("<body><MATH><style>" + QByteArray("<mi>").repeated(depth) + "text") << QByteArray("mi");
        QTest::newRow("quote in an attribute name")
            << QByteArray("<body>" + QByteArray("<div a\"b=1>").repeated(depth) + "text") << QByteArray("div");
    }
    void hostilePagesAreBounded()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, nestedTag);
        const int limit = 400;
        const QByteArray guarded = limitNesting(html, limit);
        QVERIFY2(startTags(guarded, nestedTag) <= limit,
                 qPrintable(
                     u"%1 <%2> tags left"_s.arg(startTags(guarded, nestedTag)).arg(QString::fromLatin1(nestedTag))));
        // The text is kept, and the page still imports.
        QVERIFY(guarded.contains("text"));
        const auto document = marginalia::importBytes(html, u"html"_s, {});
        QVERIFY(document);
        QVERIFY(document->text.contains(u"text"_s));
    }

    void scriptsKeepTheirText_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("unclosed script: the rest is script text")
            << QByteArray("<body><p>Before.</p><script>" + QByteArray("<div>").repeated(5000));
        QTest::newRow("a tag-like string inside a script")
            << QByteArray("<body><p>Before.</p><script>var s = '</scriptx>';" + QByteArray("<div>").repeated(5000)
                          + "</script><p>After.</p>");
    }
    void scriptsKeepTheirText()
    {
        QFETCH(QByteArray, html);
        // Script text is never nesting: nothing in it is dropped or counted.
        const QByteArray guarded = limitNesting(html, 400);
        QCOMPARE(startTags(guarded, "div"), 5000);
    }
};

QTEST_GUILESS_MAIN(TestNestingGuard)
#include "tst_nestingguard.moc"
