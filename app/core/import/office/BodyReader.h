// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the Word and OpenDocument body readers share: the paragraphs open around the current text (innermost
// last), the tables being read, and the items read so far. `Paragraph` is the reader's own paragraph record;
// it has a `text` member.

#include "core/import/office/OfficeXml.h"

#include <QList>
#include <QString>

#include <vector>

namespace marginalia::importdetail::office {

template<typename Paragraph> class BodyReader {
protected:
    // Text outside a paragraph is not content.
    void appendText(const QString &text)
    {
        if (!m_paragraphs.empty())
            m_paragraphs.back().text += text;
    }
    // The innermost paragraph, taken off the stack (there is one).
    Paragraph takeParagraph()
    {
        Paragraph paragraph = std::move(m_paragraphs.back());
        m_paragraphs.pop_back();
        return paragraph;
    }
    void startTable() { m_tables.push_back(TableCollector{}); }
    void startRow()
    {
        if (!m_tables.empty())
            m_tables.back().startRow();
    }
    void startCell()
    {
        if (!m_tables.empty())
            m_tables.back().startCell();
    }
    void endCell()
    {
        if (!m_tables.empty())
            m_tables.back().endCell();
    }
    // Inside a table a paragraph is a line of the current cell: true when `text` went there.
    bool addToTableCell(const QString &text)
    {
        if (m_tables.empty())
            return false;
        m_tables.back().addToCell(text);
        return true;
    }
    // The outermost table ends as one Table item; an inner one becomes its cell's text.
    void endTable()
    {
        if (m_tables.empty())
            return;
        if (const std::optional<QString> text = closeTable(m_tables))
            addItem(BlockKind::Table, 0, *text);
    }
    // White space folded (code keeps its own); an item without text is left out.
    void addItem(BlockKind kind, int level, const QString &text)
    {
        const QString folded = kind == BlockKind::Code ? text : foldParagraphText(text);
        if (!folded.trimmed().isEmpty())
            m_items.append(BodyItem{kind, level, folded, m_noteId});
    }

    std::vector<Paragraph> m_paragraphs;
    std::vector<TableCollector> m_tables;
    QList<BodyItem> m_items;
    QString m_noteId; // Word's notes parts: the note being read
};

} // namespace marginalia::importdetail::office
