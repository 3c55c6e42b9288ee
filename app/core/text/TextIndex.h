// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace marginalia {

// Every position of a text, sorted by the first kKeyLength UTF-16 units that start there: built once
// (one sort), it finds all occurrences of any string by binary search instead of a scan of the text.
// Strings shorter than the key find the range of keys they begin; longer ones are checked in full.
// Positions are UTF-16 indices into the text, which must outlive the index.
class TextIndex final {
public:
    static constexpr int kKeyLength = 8;

    explicit TextIndex(const QString &text);

    // The positions where `needle` occurs, at most `limit` of them (in no particular order); empty for
    // an empty needle. `total`, when given, receives how many key matches there were before checking.
    QList<int> occurrences(QStringView needle, int limit = 1 << 30, int *keyMatches = nullptr) const;
    // The single position of `needle`, or -1 when it occurs never or more than once.
    int uniqueOccurrence(QStringView needle) const;

    const QString &text() const { return m_text; }

private:
    struct Entry {
        std::uint64_t high = 0; // units 0..3 of the key, the first in the top bits
        std::uint64_t low = 0;  // units 4..7
        int position = 0;
    };
    static Entry keyOf(QStringView text, int position, char16_t padding);
    // The index range of entries whose key starts with the first (up to kKeyLength) units of `needle`.
    std::pair<std::size_t, std::size_t> keyRange(QStringView needle) const;

    const QString &m_text;
    std::vector<Entry> m_entries;
};

} // namespace marginalia
