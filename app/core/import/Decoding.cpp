// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/Decoding.h"

#include "core/import/Importer.h"
#include "core/text/Text.h"

#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

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

// Characters that NFC leaves alone wherever they stand (no decomposition, combining class 0, never the second
// of a composed pair): ASCII and Latin-1 to Latin Extended-B and spacing modifiers, basic Cyrillic, general
// punctuation (curly quotes, dashes), currency and letterlike signs, arrows and technical signs. A line with
// anything else goes through QString::normalized; NFC never composes across a line break.
bool isNfcInert(char16_t u)
{
    return u < 0x0300 || (u >= 0x0400 && u <= 0x0482) || (u >= 0x2002 && u <= 0x2064) || (u >= 0x20A0 && u <= 0x20C0)
           || (u >= 0x2100 && u <= 0x2125) || (u >= 0x2190 && u <= 0x2328);
}

// Pictographs and emoji (U+1F000..1FBFF) are inert too: their high surrogates, and the low ones after them.
bool isInertHighSurrogate(char16_t u)
{
    return u >= 0xD83C && u <= 0xD83E;
}

// NFC line by line, only for lines with a character that NFC might change.
QString normalizeLinesNfc(QString text)
{
    qsizetype lineStart = 0;
    QString out;
    bool changed = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i <= size; ++i) {
        if (i < size && text.at(i) != u'\n')
            continue;
        const QStringView line = QStringView(text).mid(lineStart, i - lineStart);
        bool inert = true;
        for (qsizetype k = 0; k < line.size() && inert; ++k) {
            const char16_t u = line.at(k).unicode();
            if (isInertHighSurrogate(u) && k + 1 < line.size() && line.at(k + 1).isLowSurrogate())
                ++k;
            else
                inert = isNfcInert(u);
        }
        if (!inert && !changed) {
            out.reserve(size + 16);
            out += QStringView(text).first(lineStart);
            changed = true;
        }
        if (changed) {
            if (inert)
                out += line;
            else
                out += line.toString().normalized(QString::NormalizationForm_C);
            if (i < size)
                out += u'\n';
        }
        lineStart = i + 1;
    }
    return changed ? out : text;
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

namespace importdetail {

bool hasUtf16Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff");
}

bool hasTextBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xef\xbb\xbf") || hasUtf16Bom(bytes);
}

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

QString binaryFormatName(const QByteArray &bytes)
{
    struct Magic {
        const char *bytes;
        int size;
        const char16_t *name;
    };
    static const Magic magics[] = {
        {"\x89PNG\r\n\x1a\n", 8, u"a PNG image"},
        {"\xff\xd8\xff", 3, u"a JPEG image"},
        {"GIF87a", 6, u"a GIF image"},
        {"GIF89a", 6, u"a GIF image"},
        {"\x7f"
         "ELF",
         4, u"a program (ELF executable)"},
        {"PK\x03\x04", 4, u"a ZIP archive or office document"},
        {"\x1f\x8b", 2, u"a gzip archive"},
        {"MZ", 2, u"a Windows program"},
        {"RIFF", 4, u"an audio or video file"},
        {"\x00\x00\x01\x00", 4, u"an icon"},
        {"7z\xbc\xaf\x27\x1c", 6, u"a 7-Zip archive"},
        {"Rar!", 4, u"a RAR archive"},
        {"\xd0\xcf\x11\xe0", 4, u"an old Microsoft Office document"},
        {"SQLite format 3", 15, u"an SQLite database"},
        {"OggS", 4, u"an audio file"},
        {"ID3", 3, u"an MP3 file"},
        {"%!PS", 4, u"a PostScript file"},
    };
    for (const Magic &magic : magics) {
        if (bytes.startsWith(QByteArrayView(magic.bytes, magic.size)))
            return QString::fromUtf16(magic.name);
    }
    return {};
}

QString sniffingHead(const QByteArray &bytes)
{
    return decodeText(bytes.left(4096)).trimmed();
}

} // namespace importdetail

namespace importdetail {

QString decodeNormalizedText(const QByteArray &bytes)
{
    QString text = decodeText(bytes);
    if (text.contains(QChar(0x2029)))
        return normalizeText(text); // a paragraph separator becomes two characters: not done in place
    // normalizeText's steps in one pass, in place: no BOM, LF line ends, no control characters.
    char16_t *data = reinterpret_cast<char16_t *>(text.data());
    const qsizetype size = text.size();
    qsizetype out = 0;
    bool nfcInert = true; // every character is one NFC leaves alone: no second pass
    for (qsizetype i = 0; i < size; ++i) {
        char16_t u = data[i];
        if (u == u'\r') {
            if (i + 1 < size && data[i + 1] == u'\n')
                continue;
            u = u'\n';
        } else if (u == 0x2028) {
            u = u'\n';
        }
        if (u != u'\n' && u != u'\t' && (u < 0x20 || u == 0xFEFF || (u >= 0x7F && u < 0xA0)))
            continue;
        nfcInert = nfcInert && (u < 0x0300 || isNfcInert(u));
        data[out++] = u;
    }
    text.truncate(out);
    return nfcInert ? text : normalizeLinesNfc(std::move(text));
}

} // namespace importdetail

} // namespace marginalia
