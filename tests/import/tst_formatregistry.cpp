// FormatRegistry is the one list of import formats: lookups by extension, MIME type and content, the
// strings built from it (file dialog filter, CLI help, messages), and a format registered here, in the test,
// that the import then finds by its extension and by its content without any other change.

#include "core/import/DocumentFormat.h"
#include "core/import/FormatRegistry.h"
#include "core/import/ImportUtil.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_MAIN(TestFormatRegistry)
#include "tst_formatregistry.moc"
