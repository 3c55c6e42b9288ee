#include "core/import/Importer.h"

#include "core/text/Text.h"
#include "core/import/ImportUtil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace importdetail;

namespace {

const QStringList kSupported{u"txt"_s, u"md"_s, u"html"_s, u"pdf"_s};

QString formatFromExtension(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == u"txt" || ext == u"text")
        return u"txt"_s;
    if (ext == u"md" || ext == u"markdown")
        return u"md"_s;
    if (ext == u"html" || ext == u"htm" || ext == u"xhtml")
        return u"html"_s;
    if (ext == u"pdf")
        return u"pdf"_s;
    return {};
}

bool looksLikePdf(const QByteArray &bytes)
{
    // The header may be preceded by a little junk; readers accept it within the first 1024 bytes.
    return bytes.left(1024).contains("%PDF-");
}

// A name for well-known binary formats, else empty.
QString binaryFormatName(const QByteArray &bytes)
{
    struct Magic {
        const char *bytes;
        int size;
        const char16_t *name;
    };
    static const Magic magics[] = {
        {"\x89PNG\r\n\x1a\n", 8, u"a PNG image"},   {"\xff\xd8\xff", 3, u"a JPEG image"},
        {"GIF87a", 6, u"a GIF image"},             {"GIF89a", 6, u"a GIF image"},
        {"\x7f" "ELF", 4, u"a program (ELF executable)"}, {"PK\x03\x04", 4, u"a ZIP archive or office document"},
        {"\x1f\x8b", 2, u"a gzip archive"},        {"MZ", 2, u"a Windows program"},
        {"RIFF", 4, u"an audio or video file"},    {"\x00\x00\x01\x00", 4, u"an icon"},
        {"7z\xbc\xaf\x27\x1c", 6, u"a 7-Zip archive"}, {"Rar!", 4, u"a RAR archive"},
        {"\xd0\xcf\x11\xe0", 4, u"an old Microsoft Office document"}, {"SQLite format 3", 15, u"an SQLite database"},
        {"OggS", 4, u"an audio file"},             {"ID3", 3, u"an MP3 file"},
        {"%!PS", 4, u"a PostScript file"},
    };
    for (const Magic &m : magics) {
        if (bytes.startsWith(QByteArrayView(m.bytes, m.size)))
            return QString::fromUtf16(m.name);
    }
    return {};
}

bool hasUtf16Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff");
}

// UTF-16 without a BOM (some Windows tools write it): text in Latin script has a zero byte in nearly every
// pair, always on the same side. Returns QStringDecoder::Utf16LE/BE, or Utf8 for "no".
QStringDecoder::Encoding utf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192) & ~qsizetype(1);
    if (n < 8)
        return QStringDecoder::Utf8;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes.at(i) == 0 ? 1 : 0;
        oddZeros += bytes.at(i + 1) == 0 ? 1 : 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 100 < pairs)
        return QStringDecoder::Utf16LE;
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 100 < pairs)
        return QStringDecoder::Utf16BE;
    return QStringDecoder::Utf8;
}

// True when the bytes are not text: NUL bytes or mostly control characters.
bool looksBinary(const QByteArray &bytes)
{
    if (hasUtf16Bom(bytes) || utf16WithoutBom(bytes) != QStringDecoder::Utf8)
        return false;
    const QByteArrayView head(bytes.constData(), std::min<qsizetype>(bytes.size(), 64 * 1024));
    qsizetype controls = 0;
    for (char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++controls;
    }
    return head.size() > 0 && controls * 20 > head.size(); // more than 5% control bytes
}

bool onlyAsciiWhitespace(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

QString sniffTextFormat(const QByteArray &bytes)
{
    const QString head = decodeText(bytes.left(4096)).trimmed();
    const QString lower = head.left(1024).toLower();
    if (lower.startsWith(u"<!doctype html") || lower.startsWith(u"<html") || lower.startsWith(u"<?xml")
        || lower.contains(u"<body") || lower.contains(u"<head"))
        return u"html"_s;
    static const QRegularExpression md(u"^(#{1,6} \\S|```|~~~|\\s{0,3}[-*+] \\S|\\s{0,3}\\d+\\. \\S|> \\S)|\\]\\([^)]+\\)"_s,
                                       QRegularExpression::MultilineOption);
    static const QRegularExpression html(u"<(p|div|br|h[1-6]|a href|span|table|ul|li)\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    int htmlTags = 0;
    auto it = html.globalMatch(head);
    while (it.hasNext() && htmlTags < 3) {
        it.next();
        ++htmlTags;
    }
    if (htmlTags >= 3)
        return u"html"_s;
    if (md.match(head).hasMatch())
        return u"md"_s;
    return u"txt"_s;
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString decodeText(const QByteArray &bytes)
{
    if (bytes.startsWith("\xef\xbb\xbf"))
        return QString::fromUtf8(bytes.sliced(3));
    if (bytes.startsWith("\xff\xfe")) {
        QStringDecoder decoder(QStringDecoder::Utf16LE);
        return decoder(bytes.sliced(2));
    }
    if (bytes.startsWith("\xfe\xff")) {
        QStringDecoder decoder(QStringDecoder::Utf16BE);
        return decoder(bytes.sliced(2));
    }
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(bytes);
        if (!utf8.hasError() && !bytes.contains('\0'))
            return text;
    }
    if (const auto utf16 = utf16WithoutBom(bytes); utf16 != QStringDecoder::Utf8) {
        QStringDecoder decoder(utf16);
        return decoder(bytes);
    }
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid())
        return cp1252(bytes);
    return QString::fromLatin1(bytes);
}

Result<ImportedDocument> importPlainText(const QByteArray &bytes, const ImportOptions &options)
{
    const QString text = normalizeText(decodeText(bytes));
    DocumentBuilder builder;
    const QStringList lines = text.split(u'\n');
    QStringList paragraph;
    int paragraphs = 0;
    bool firstIsTitle = false;
    auto flush = [&] {
        if (paragraph.isEmpty())
            return;
        const QString body = paragraph.join(u'\n');
        paragraph.clear();
        if (body.trimmed().isEmpty())
            return;
        BlockKind kind = BlockKind::Paragraph;
        if (paragraphs == 0 && firstIsTitle)
            kind = BlockKind::Heading;
        builder.add(kind, body, kind == BlockKind::Heading ? 1 : 0);
        ++paragraphs;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            if (paragraphs == 0 && paragraph.size() == 1) {
                // A short first line on its own, without closing punctuation, reads as a title.
                const QString first = paragraph.first().trimmed();
                static const QRegularExpression sentenceEnd(u"[.,;:!?]$"_s);
                firstIsTitle = first.size() <= 120 && !sentenceEnd.match(first).hasMatch();
            }
            flush();
            continue;
        }
        paragraph.append(line);
        if ((i & 0xfff) == 0 && isCancelled(options))
            return std::unexpected(cancelledError());
    }
    flush();
    ImportedDocument document;
    // A lone "title" with nothing after it is just a paragraph.
    builder.finish(document);
    if (document.blocks.size() == 1 && document.blocks.first().kind == BlockKind::Heading) {
        document.blocks.first().kind = BlockKind::Paragraph;
        document.blocks.first().level = 0;
    }
    document.format = u"txt"_s;
    return document;
}

Result<ImportedDocument> importBytes(const QByteArray &bytes, const QString &requestedFormat,
                                     const QString &sourcePath, const ImportOptions &options)
{
    const QString name = sourcePath.isEmpty() ? u"The input"_s : QFileInfo(sourcePath).fileName();
    if (bytes.size() > options.maxBytes)
        return failure(Error::Kind::BadInput,
                       u"%1 is %2, larger than the import limit of %3. Split it or save a smaller version."_s
                           .arg(name, humanSize(bytes.size()), humanSize(options.maxBytes)));
    if (bytes.isEmpty())
        return failure(Error::Kind::BadInput, u"%1 is empty (0 bytes): there is nothing to import."_s.arg(name));

    QString format = requestedFormat.toLower();
    if (format == u"markdown")
        format = u"md"_s;
    else if (format == u"htm" || format == u"xhtml")
        format = u"html"_s;
    else if (format == u"text")
        format = u"txt"_s;
    if (looksLikePdf(bytes) && !bytes.startsWith("\xef\xbb\xbf") && !hasUtf16Bom(bytes)
        && (format.isEmpty() || format == u"pdf" || looksBinary(bytes) || bytes.startsWith("%PDF-")))
        format = u"pdf"_s;
    if (format == u"pdf" && !looksLikePdf(bytes)) {
        const QString kind = binaryFormatName(bytes);
        return failure(Error::Kind::BadInput,
                       u"%1 is not a PDF%2: it does not start with the %PDF- header. Check that the file is "
                       "complete, or rename it to its real type."_s
                           .arg(name, kind.isEmpty() ? QString() : u" (it looks like %1)"_s.arg(kind)));
    }
    if (format != u"pdf") {
        const QString kind = binaryFormatName(bytes);
        if (!kind.isEmpty() || looksBinary(bytes))
            return failure(Error::Kind::BadInput,
                           u"%1 is not a text document (it looks like %2). Marginalia imports plain text, "
                           "Markdown, HTML and PDF files."_s
                               .arg(name, kind.isEmpty() ? u"binary data"_s : kind));
        if (onlyAsciiWhitespace(bytes))
            return failure(Error::Kind::BadInput,
                           u"%1 contains only white space: there is no text to import."_s.arg(name));
        if (!kSupported.contains(format))
            format = sniffTextFormat(bytes);
    }
    if (isCancelled(options))
        return std::unexpected(cancelledError());

    Result<ImportedDocument> result;
    if (format == u"pdf")
        result = importPdf(bytes, options);
    else if (format == u"html")
        result = importHtml(bytes, options);
    else if (format == u"md")
        result = importMarkdown(bytes, options);
    else
        result = importPlainText(bytes, options);
    if (!result) {
        Error error = result.error();
        if (!sourcePath.isEmpty() && error.message.startsWith(u"This PDF"_s))
            error.message.replace(0, 8, name); // name the file
        return std::unexpected(error);
    }

    ImportedDocument &document = *result;
    if (document.blocks.isEmpty())
        return failure(Error::Kind::BadInput,
                       format == u"html" ? u"%1 has no readable text (only markup, scripts or white space)."_s.arg(name)
                                         : u"%1 contains only white space: there is no text to import."_s.arg(name));
    document.format = format;
    document.contentHash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    document.sourcePath = sourcePath;
    if (document.meta.title.trimmed().isEmpty())
        document.meta.title = firstHeading(document);
    if (document.meta.title.trimmed().isEmpty() && !sourcePath.isEmpty())
        document.meta.title = QFileInfo(sourcePath).completeBaseName();
    document.meta.title = simplifyWhitespace(document.meta.title);
    QElapsedTimer timer;
    timer.start();
    classifyBlocks(document);
    if (qEnvironmentVariableIsSet("MARGINALIA_DEBUG_READER"))
        qInfo("classify: %lld ms", timer.elapsed());
    if (options.progress)
        options.progress(1.0);
    return result;
}

Result<ImportedDocument> importFile(const QString &path, const ImportOptions &options)
{
    if (path.trimmed().isEmpty())
        return failure(Error::Kind::BadInput, u"No file was given to import."_s);
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!info.exists())
        return failure(Error::Kind::NotFound,
                       u"%1 does not exist. Check the spelling of the path and that the file was not moved."_s
                           .arg(QDir::toNativeSeparators(absolute)));
    if (info.isDir())
        return failure(Error::Kind::BadInput,
                       u"%1 is a folder, not a file. Choose a document inside it."_s.arg(QDir::toNativeSeparators(absolute)));
    if (!info.isFile())
        return failure(Error::Kind::BadInput,
                       u"%1 is not a regular file (a device, socket or pipe). Save the document to a file first."_s
                           .arg(QDir::toNativeSeparators(absolute)));
    if (info.size() > options.maxBytes)
        return failure(Error::Kind::BadInput,
                       u"%1 is %2, larger than the import limit of %3. Split it or save a smaller version."_s
                           .arg(info.fileName(), humanSize(info.size()), humanSize(options.maxBytes)));
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Io,
                       u"%1 cannot be read: %2. Check that you have permission to read it."_s
                           .arg(QDir::toNativeSeparators(absolute), file.errorString()));
    QByteArray bytes;
    {
        // Read in chunks so a large file can be cancelled, and never past the limit.
        const qint64 chunk = 4 * 1024 * 1024;
        while (!file.atEnd()) {
            if (isCancelled(options))
                return std::unexpected(cancelledError());
            const QByteArray part = file.read(chunk);
            if (part.isEmpty()) {
                if (file.error() != QFileDevice::NoError)
                    return failure(Error::Kind::Io, u"%1 cannot be read: %2."_s.arg(QDir::toNativeSeparators(absolute),
                                                                                     file.errorString()));
                break;
            }
            bytes += part;
            if (bytes.size() > options.maxBytes)
                return failure(Error::Kind::BadInput,
                               u"%1 is larger than the import limit of %2. Split it or save a smaller version."_s
                                   .arg(info.fileName(), humanSize(options.maxBytes)));
        }
    }
    if (bytes.isEmpty())
        return failure(Error::Kind::BadInput, u"%1 is empty (0 bytes): there is nothing to import."_s.arg(info.fileName()));
    return importBytes(bytes, formatFromExtension(absolute), absolute, options);
}

} // namespace marginalia
