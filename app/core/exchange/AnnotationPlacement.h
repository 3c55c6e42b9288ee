// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/text/Text.h"

#include <QString>

#include <optional>

namespace marginalia {

// Where an annotation from elsewhere lands in a document's normalized text: its position when the text
// there is its quote (or it has no quote), else the quote found in the text, the occurrence whose
// surroundings match its prefix and suffix best (and, among equals, the one nearest the position given).
// Offsets are code points. Errors say why in words a person can act on, without naming the row.
class AnnotationPlacement final {
public:
    explicit AnnotationPlacement(const QString &text);

    struct Range {
        int start = 0;
        int end = 0;
    };
    // `hasPosition`: start/end were given. `quote` may be empty when they were.
    Result<Range> place(bool hasPosition, int start, int end, const QString &quote, const QString &prefix,
                        const QString &suffix) const;

    int length() const { return m_index.codePointCount(); }

private:
    bool quoteIsAt(int start, int end, const QString &quote) const;
    std::optional<Range> search(const QString &quote, const QString &prefix, const QString &suffix,
                                std::optional<int> near) const;

    QString m_text;
    CodePointIndex m_index;
};

} // namespace marginalia
