// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/text/InPlaceText.h"

#include <QtGlobal>

#include <cstring>

namespace marginalia::importdetail {

void InPlaceText::append(qsizetype from, qsizetype length, QStringView separator)
{
    Q_ASSERT(separator.size() <= 2);
    Q_ASSERT(m_pieces.empty() || from >= m_pieces.back().from + m_pieces.back().length);
    Piece piece;
    piece.from = from;
    piece.length = length;
    for (qsizetype i = 0; i < separator.size() && i < 2; ++i)
        piece.separator[i] = separator.at(i).unicode();
    m_size += separator.size();
    piece.to = m_size;
    m_size += length;
    m_pieces.push_back(piece);
}

void InPlaceText::finish()
{
    if (m_size > m_text.size())
        m_text.resize(m_size); // realloc: a large block grows in place (mremap), not by copying
    char16_t *data = reinterpret_cast<char16_t *>(m_text.data());
    auto move = [data](const Piece &piece) {
        std::memmove(data + piece.to, data + piece.from, size_t(piece.length) * sizeof(char16_t));
    };
    // Leftward moves front to back: each lands before its own source and after every earlier piece's target,
    // and a rightward piece before it ends before this one's target.
    for (const Piece &piece : m_pieces)
        if (piece.to < piece.from)
            move(piece);
    // Rightward moves back to front: each lands after every earlier piece's source.
    for (auto piece = m_pieces.rbegin(); piece != m_pieces.rend(); ++piece)
        if (piece->to > piece->from)
            move(*piece);
    for (const Piece &piece : m_pieces) {
        const qsizetype separatorLength = piece.separator[1] ? 2 : piece.separator[0] ? 1 : 0;
        for (qsizetype i = 0; i < separatorLength; ++i)
            data[piece.to - separatorLength + i] = piece.separator[i];
    }
    const bool shrunk = m_size * 8 < m_text.capacity() * 7;
    m_text.truncate(m_size);
    if (shrunk)
        m_text.squeeze(); // give back what the trimmed white space and dropped blank lines left unused
    m_pieces.clear();
    m_pieces.shrink_to_fit();
    m_size = 0;
}

} // namespace marginalia::importdetail
