// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// FormatRegistry is the one list of import formats: lookups by extension, MIME type and content, the
// strings built from it (file dialog filter, CLI help, messages), and a format registered here, in the test,
// that the import then finds by its extension and by its content without any other change.

#include "core/import/DocumentFormat.h"
#include "core/import/FormatRegistry.h"
#include "core/import/ImportUtil.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

// A made-up format: "NOTE:" lines, each a paragraph.
class NoteFormat final : public DocumentFormat {
public:
    NoteFormat()
        : DocumentFormat({u"note"_s, "test notes", {u"text/x-marginalia-note"_s}, {u"note"_s, u"notes"_s}})
    {
    }
    int sniff(const QByteArray &bytes) const override { return bytes.startsWith("NOTE:") ? kCertain : kNotThisFormat; }
    Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &) const override
    {
        importdetail::DocumentBuilder builder;
        for (const QByteArray &line : bytes.split('\n'))
            if (line.startsWith("NOTE:"))
                builder.add(BlockKind::Paragraph, QString::fromUtf8(line.mid(5)));
        ImportedDocument document;
        builder.finish(document);
        return document;
    }
};

// A reader that never finishes by itself, as a reader caught by a hostile file would not: it waits until the import
// is stopped (cancelled or out of time), and gives up after 20 s so that a missing time limit fails the test.
class StallingFormat final : public DocumentFormat {
public:
    StallingFormat()
        : DocumentFormat({u"stall"_s, "stalling test format", {u"text/x-marginalia-stall"_s}, {u"stall"_s}})
    {
    }
    int sniff(const QByteArray &) const override { return kNotThisFormat; }
    Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &context) const override
    {
        QElapsedTimer waited;
        waited.start();
        while (!importdetail::isCancelled(context.options)) {
            if (waited.elapsed() > 20000) {
                importdetail::DocumentBuilder builder;
                builder.add(BlockKind::Paragraph, QString::fromUtf8(bytes));
                ImportedDocument document;
                builder.finish(document);
                return document;
            }
            QThread::msleep(1);
        }
        return std::unexpected(importdetail::cancelledError());
    }
};

QString idOf(const FormatPointer &format)
{
    return format ? format->id() : QString();
}

} // namespace

class TestFormatRegistry : public QObject {
    Q_OBJECT

private slots:
    void byExtension_data();
    void byExtension();
    void byMimeType_data();
    void byMimeType();
    void sniffing_data();
    void sniffing();
    void listings();
    void registeredFormatIsUsedEverywhere();
    void noFormatListsOutsideTheRegistry();
    void importsStopAtTheTimeLimit_data();
    void importsStopAtTheTimeLimit();
};

void TestFormatRegistry::byExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::newRow("txt") << u"a.txt"_s << u"txt"_s;
    QTest::newRow("text") << u"a.text"_s << u"txt"_s;
    QTest::newRow("md") << u"notes.md"_s << u"md"_s;
    QTest::newRow("markdown upper case") << u"README.MARKDOWN"_s << u"md"_s;
    QTest::newRow("html") << u"/x/page.html"_s << u"html"_s;
    QTest::newRow("htm") << u"page.htm"_s << u"html"_s;
    QTest::newRow("xhtml") << u"page.xhtml"_s << u"html"_s;
    QTest::newRow("pdf") << u"paper.pdf"_s << u"pdf"_s;
    QTest::newRow("last suffix counts") << u"archive.pdf.txt"_s << u"txt"_s;
    QTest::newRow("unknown") << u"table.csv"_s << QString();
    QTest::newRow("none") << u"README"_s << QString();
}

void TestFormatRegistry::byExtension()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QCOMPARE(idOf(FormatRegistry::instance().forPath(path)), format);
}

void TestFormatRegistry::byMimeType_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("format");
    QTest::newRow("text/plain") << u"text/plain"_s << u"txt"_s;
    QTest::newRow("text/markdown") << u"text/markdown"_s << u"md"_s;
    QTest::newRow("text/x-markdown") << u"text/x-markdown"_s << u"md"_s;
    QTest::newRow("text/html") << u"text/html"_s << u"html"_s;
    QTest::newRow("xhtml, any case") << u"Application/XHTML+XML"_s << u"html"_s;
    QTest::newRow("application/pdf") << u"application/pdf"_s << u"pdf"_s;
    QTest::newRow("image/png") << u"image/png"_s << QString();
}

void TestFormatRegistry::byMimeType()
{
    QFETCH(QString, mimeType);
    QFETCH(QString, format);
    QCOMPARE(idOf(FormatRegistry::instance().byMimeType(mimeType)), format);
}

void TestFormatRegistry::sniffing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf signature") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") << u"pdf"_s;
    QTest::newRow("pdf after junk") << QByteArray("junk\n%PDF-1.4\n") << u"pdf"_s;
    QTest::newRow("doctype") << QByteArray("<!DOCTYPE html><title>x</title>") << u"html"_s;
    QTest::newRow("three tags") << QByteArray("<p>One</p><p>Two</p><div>Three</div>") << u"html"_s;
    QTest::newRow("heading and list") << QByteArray("# Title\n\n- item\n") << u"md"_s;
    QTest::newRow("link") << QByteArray("See [the docs](http://x.invalid).") << u"md"_s;
    QTest::newRow("prose") << QByteArray("Just some words, nothing else.\n") << u"txt"_s;
}

void TestFormatRegistry::sniffing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    const FormatRegistry &registry = FormatRegistry::instance();
    const FormatPointer binary = registry.sniff(bytes, true);
    QCOMPARE(idOf(binary ? binary : registry.sniff(bytes, false)), format);
}

void TestFormatRegistry::listings()
{
    const FormatRegistry &registry = FormatRegistry::instance();
    // The text formats and PDF first; the office formats (tst_officeformats) follow.
    QVERIFY(registry.nameFilterPatterns().startsWith(u"*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf"_s));
    QVERIFY(registry.usualExtensions().startsWith(u".txt .md .html .pdf"_s));
    QVERIFY(registry.formatNames().startsWith(u"plain text, Markdown, HTML, PDF"_s));
    QCOMPARE(idOf(registry.byName(u"MARKDOWN"_s)), u"md"_s);
    QCOMPARE(idOf(registry.byName(u"html"_s)), u"html"_s);
    QVERIFY(!registry.byName(QString()));
}

void TestFormatRegistry::registeredFormatIsUsedEverywhere()
{
    FormatRegistry &registry = FormatRegistry::instance();
    registry.add(std::make_shared<NoteFormat>());
    auto cleanup = qScopeGuard([&] { registry.remove(u"note"_s); });

    // The listings the GUI's file dialog and the CLI's help are built from.
    QVERIFY(registry.nameFilterPatterns().endsWith(u" *.note *.notes"_s));
    QVERIFY(registry.usualExtensions().endsWith(u" .note"_s));
    QVERIFY(registry.formatNames().startsWith(u"plain text, Markdown, HTML, PDF, "_s));
    QVERIFY(registry.formatNames().endsWith(u" and test notes"_s));
    QCOMPARE(idOf(registry.byMimeType(u"text/x-marginalia-note"_s)), u"note"_s);

    // The import finds it by extension and by content.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"today.notes"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("NOTE:Buy milk.\nignored\nNOTE:Call the council about the tram line.\n");
    file.close();
    const auto byExtension = importFile(path);
    QVERIFY2(byExtension, byExtension ? "" : qPrintable(byExtension.error().message));
    QCOMPARE(byExtension->format, u"note"_s);
    QCOMPARE(byExtension->blocks.size(), 2);
    QCOMPARE(byExtension->meta.title, u"today"_s);
    const auto byContent = importBytes("NOTE:# Not a Markdown heading", QString(), {});
    QVERIFY(byContent);
    QCOMPARE(byContent->format, u"note"_s);
    // Messages that list the formats list it too.
    const auto binary = importBytes(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), u"txt"_s, u"x.txt"_s);
    QVERIFY(!binary);
    const QString listed = u" and test notes files."_s;
    QVERIFY2(binary.error().message.endsWith(listed), qPrintable(binary.error().message));

    cleanup.dismiss();
    QVERIFY(registry.remove(u"note"_s));
    QVERIFY(!registry.forPath(path));
    const auto afterwards = importFile(path);
    QVERIFY(afterwards);
    QCOMPARE(afterwards->format, u"txt"_s);
}

// The GUI and the CLI ask the registry: no list of article extensions is written out anywhere else.
void TestFormatRegistry::noFormatListsOutsideTheRegistry()
{
    const QString app = QStringLiteral(MARGINALIA_SOURCE_DIR "/app");
    QDirIterator it(app, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList offenders;
    while (it.hasNext()) {
        const QString source = it.next();
        if (source.startsWith(app + u"/core/import/"_s))
            continue;
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        if (text.contains("*.pdf") || text.contains(".html .pdf") || text.contains("*.xhtml"))
            offenders.append(source);
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_s)));
}

void TestFormatRegistry::importsStopAtTheTimeLimit_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("limitMs");
    QTest::newRow("a reader that never ends") << u"stall"_s << QByteArray("anything") << 100;
    // Built-in formats with a tiny limit on a few megabytes: each stops with the same message.
    const QByteArray paragraph("A paragraph of the long report, with a few words in it and a number, 42.");
    QTest::newRow("plain text") << u"txt"_s << QByteArray(paragraph + "\n\n").repeated(60000) << 1;
    QTest::newRow("markdown") << u"md"_s
                              << QByteArray("# Part\n\n" + paragraph + "\n\n- item *one*\n\n").repeated(40000) << 1;
    QTest::newRow("html") << u"html"_s
                          << QByteArray("<html><body><article>"
                                        + QByteArray("<h2>Part</h2><p>" + paragraph + "</p>").repeated(40000)
                                        + "</article></body></html>")
                          << 1;
}

void TestFormatRegistry::importsStopAtTheTimeLimit()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(int, limitMs);
    FormatRegistry &registry = FormatRegistry::instance();
    registry.add(std::make_shared<StallingFormat>());
    auto cleanup = qScopeGuard([&] { registry.remove(u"stall"_s); });

    ImportOptions options;
    options.timeLimit = std::chrono::milliseconds(limitMs);
    const auto stopped = importBytes(bytes, format, u"/tmp/hostile."_s + format, options);
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().kind, Error::Kind::BadInput);
    const QString expected = u"hostile.%1 took longer than %2 s to import"_s.arg(format,
                                                                                 QString::number(limitMs / 1000.0));
    QVERIFY2(stopped.error().message.startsWith(expected), qPrintable(stopped.error().message));
    QVERIFY2(stopped.error().message.contains(u"--import-timeout"_s), qPrintable(stopped.error().message));

    // The user's cancel is still a cancel, not a time limit.
    std::atomic<bool> cancelled{true};
    options.cancelled = &cancelled;
    const auto cancel = importBytes(bytes, format, u"/tmp/hostile."_s + format, options);
    QVERIFY(!cancel);
    QCOMPARE(cancel.error().kind, Error::Kind::Cancelled);
}

QTEST_MAIN(TestFormatRegistry)
#include "tst_formatregistry.moc"
