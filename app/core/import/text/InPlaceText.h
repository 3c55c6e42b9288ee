// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Builds a text out of pieces of itself, in the same buffer. The plain-text reader's document text is the
// decoded file's lines, trimmed, joined and separated by blank lines: built in a second buffer, a 100 MB file's
// text would be held twice (400 MB of UTF-16).
//
// Pieces are ranges of the text in increasing, disjoint order, each with a separator written before it. On
// finish() the pieces that move towards the start are moved first, front to back, then those that move
// towards the end, back to front: no move overwrites a piece that has not moved yet. Separators are written
// last, into the gaps between the moved pieces.

#include <QString>
#include <QStringView>

#include <vector>

namespace marginalia::importdetail {

class InPlaceText final {
public:
    // `text` must not be changed by anyone else until finish().
    explicit InPlaceText(QString &text)
        : m_text(text)
    {
    }

    // Appends text[from, from + length) after `separator` (empty, " ", "\n" or "\n\n": at most two units).
    void append(qsizetype from, qsizetype length, QStringView separator = {});
    qsizetype size() const { return m_size; }
    // Rewrites the text to the appended pieces and separators; views into the old text are invalid after it.
    void finish();

private:
    struct Piece {
        qsizetype from = 0;
        qsizetype to = 0; // where the piece goes
        qsizetype length = 0;
        char16_t separator[2] = {0, 0};
    };
    QString &m_text;
    std::vector<Piece> m_pieces;
    qsizetype m_size = 0;
};

} // namespace marginalia::importdetail
