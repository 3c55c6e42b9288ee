// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/HtmlDecoding.h"

#include "core/import/Importer.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail {

QString decodeHtml(const QByteArray &bytes)
{
    // WHATWG order: BOM, <meta charset> in the first 1024 bytes, UTF-8 if valid, else windows-1252.
    if (bytes.startsWith("\xef\xbb\xbf") || bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff"))
        return decodeText(bytes);
    const QByteArray head = bytes.left(1024);
    static const QRegularExpression charsetRe(u"<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.()-]+)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    // XHTML files declare their encoding in the XML declaration instead.
    static const QRegularExpression xmlRe(u"^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_:.()-]+)"_s);
    auto m = charsetRe.match(QString::fromLatin1(head));
    if (!m.hasMatch())
        m = xmlRe.match(QString::fromLatin1(head));
    if (m.hasMatch()) {
        QByteArray label = m.captured(1).toLatin1().toLower();
        // A UTF-16 label in a meta tag means UTF-8 (the bytes were read as ASCII to find it); Latin-1 and
        // ASCII labels mean windows-1252.
        if (label.startsWith("utf-16"))
            label = "utf-8";
        if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii"
            || label == "iso8859-1" || label == "l1" || label == "cp1252" || label == "x-user-defined")
            label = "windows-1252";
        if (label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8") {
            QStringDecoder utf8(QStringDecoder::Utf8);
            return utf8(bytes);
        }
        // Deviation from WHATWG for saved pages: browsers and tools often re-encode a page to UTF-8 on
        // "save as" but keep its legacy <meta charset>. Multi-byte text that is entirely valid UTF-8 is
        // practically never legacy-encoded text, so then UTF-8 wins over the declaration.
        {
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = utf8(bytes);
            bool nonAscii = false;
            for (char c : bytes) {
                if (static_cast<unsigned char>(c) >= 0x80) {
                    nonAscii = true;
                    break;
                }
            }
            if (nonAscii && !utf8.hasError())
                return text;
        }
        QStringDecoder decoder(label.constData());
        if (decoder.isValid())
            return decoder(bytes);
    }
    return decodeText(bytes);
}

} // namespace marginalia::importdetail
