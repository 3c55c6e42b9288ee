// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Byte-level checks shared by the import detection and the text formats (not part of the public interface;
// decodeText itself is declared in Importer.h).

#include <QByteArray>
#include <QString>

namespace marginalia::importdetail {

// A UTF-8 or UTF-16 byte order mark: the bytes say they are text.
bool hasTextBom(const QByteArray &bytes);
bool hasUtf16Bom(const QByteArray &bytes);
// True when the bytes are not text: NUL bytes or mostly control characters.
bool looksBinary(const QByteArray &bytes);
bool onlyAsciiWhitespace(const QByteArray &bytes);
// A name for well-known binary formats ("a PNG image"), else empty.
QString binaryFormatName(const QByteArray &bytes);
// decodeText and normalizeText (core/text) in one: the same text, without the copies and the NFC pass where
// the text has nothing NFC could change (most text in Latin script).
QString decodeNormalizedText(const QByteArray &bytes);
// The first 4 KB decoded and trimmed: what the text formats sniff.
QString sniffingHead(const QByteArray &bytes);

} // namespace marginalia::importdetail
