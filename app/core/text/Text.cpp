// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/Text.h"

#include <algorithm>

namespace marginalia {

QString normalizeText(const QString &input)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QChar(u'\r'), QChar(u'\n'));
    text.replace(QChar(0x2028), QChar(u'\n'));
    text.replace(QChar(0x2029), QStringLiteral("\n\n"));
    QString cleaned;
    cleaned.reserve(text.size());
    for (QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t' || u >= 0x20) {
            if (u == 0xFEFF || (u >= 0x7F && u < 0xA0))
                continue; // stray BOMs and C1 controls carry no text
            cleaned.append(c);
        }
    }
    return cleaned.normalized(QString::NormalizationForm_C);
}

CodePointIndex::CodePointIndex(const QString &text)
    : m_utf16Length(int(text.size()))
{
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.append(i);
    }
    m_codePointCount = m_utf16Length - int(m_lowSurrogates.size());
}

int CodePointIndex::toUtf16(int codePoint) const
{
    if (m_lowSurrogates.isEmpty())
        return std::clamp(codePoint, 0, m_utf16Length);
    // Find u such that u - (surrogates before u) == codePoint.
    int lo = codePoint, hi = codePoint + int(m_lowSurrogates.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (toCodePoint(mid) < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return std::clamp(lo, 0, m_utf16Length);
}

int CodePointIndex::toCodePoint(int utf16) const
{
    const auto before = std::upper_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16)
                        - m_lowSurrogates.cbegin();
    // An index pointing at a low surrogate maps to its pair's code point (floor).
    return utf16 - int(before);
}

QString codePointMid(const QString &text, int start, int end)
{
    const CodePointIndex index(text);
    const int from = index.toUtf16(start);
    return text.mid(from, index.toUtf16(end) - from);
}

int codePointLength(const QString &text)
{
    return CodePointIndex(text).codePointCount();
}

} // namespace marginalia
