// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace marginalia {

// Line ends to LF, Unicode NFC, no BOM, no control characters other than LF and TAB.
QString normalizeText(const QString &text);

// Maps between UTF-16 indices (QString, QTextDocument) and Unicode code point offsets (what the store,
// CSV, CLI and JSON expose). Cheap when the text has no surrogate pairs.
class CodePointIndex final {
public:
    CodePointIndex() = default;
    explicit CodePointIndex(const QString &text);

    int toUtf16(int codePoint) const;
    int toCodePoint(int utf16) const;
    int codePointCount() const { return m_codePointCount; }

private:
    // UTF-16 positions of the low surrogates; empty when the text is all BMP.
    QList<int> m_lowSurrogates;
    int m_codePointCount = 0;
    int m_utf16Length = 0;
};

// Slice by code points.
QString codePointMid(const QString &text, int start, int end);
int codePointLength(const QString &text);

} // namespace marginalia
