// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/TextIndex.h"

#include <algorithm>

namespace marginalia {

namespace {

bool keyLess(std::uint64_t leftHigh, std::uint64_t leftLow, std::uint64_t rightHigh, std::uint64_t rightLow)
{
    return leftHigh < rightHigh || (leftHigh == rightHigh && leftLow < rightLow);
}

} // namespace

TextIndex::Entry TextIndex::keyOf(QStringView text, int position, char16_t padding)
{
    Entry entry;
    entry.position = position;
    for (int unit = 0; unit < kKeyLength; ++unit) {
        const qsizetype at = position + unit;
        const std::uint64_t value = at < text.size() ? text.at(at).unicode() : padding;
        if (unit < 4)
            entry.high |= value << (16 * (3 - unit));
        else
            entry.low |= value << (16 * (7 - unit));
    }
    return entry;
}

TextIndex::TextIndex(const QString &text)
    : m_text(text)
{
    m_entries.reserve(std::size_t(text.size()));
    // The text ends in zero units, which sort before every character: a short tail is a prefix match.
    for (int position = 0; position < text.size(); ++position)
        m_entries.push_back(keyOf(text, position, 0));
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &left, const Entry &right) {
        if (left.high != right.high || left.low != right.low)
            return keyLess(left.high, left.low, right.high, right.low);
        return left.position < right.position;
    });
}

std::pair<std::size_t, std::size_t> TextIndex::keyRange(QStringView needle) const
{
    const QStringView head = needle.left(kKeyLength);
    const Entry lowest = keyOf(head, 0, 0);
    const Entry highest = keyOf(head, 0, 0xFFFF);
    const auto first = std::lower_bound(m_entries.begin(), m_entries.end(), lowest, [](const Entry &e, const Entry &k) {
        return keyLess(e.high, e.low, k.high, k.low);
    });
    const auto last = std::upper_bound(first, m_entries.end(), highest, [](const Entry &k, const Entry &e) {
        return keyLess(k.high, k.low, e.high, e.low);
    });
    return {std::size_t(first - m_entries.begin()), std::size_t(last - m_entries.begin())};
}

QList<int> TextIndex::occurrences(QStringView needle, int limit, int *keyMatches) const
{
    QList<int> found;
    if (needle.isEmpty()) {
        if (keyMatches)
            *keyMatches = 0;
        return found;
    }
    const auto [first, last] = keyRange(needle);
    if (keyMatches)
        *keyMatches = int(last - first);
    const QStringView text(m_text);
    for (std::size_t entry = first; entry < last && found.size() < limit; ++entry) {
        const int position = m_entries[entry].position;
        // A short needle's range may hold the text's tail, where the key was padded.
        if (position + needle.size() > text.size())
            continue;
        if (needle.size() <= kKeyLength || text.mid(position, needle.size()) == needle)
            found.append(position);
    }
    return found;
}

int TextIndex::uniqueOccurrence(QStringView needle) const
{
    const QList<int> found = occurrences(needle, 2);
    return found.size() == 1 ? found.first() : -1;
}

} // namespace marginalia
