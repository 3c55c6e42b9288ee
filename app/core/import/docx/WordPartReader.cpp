// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/docx/WordPartReader.h"

#include "core/import/ImportUtil.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::docx {

using namespace office;

WordPartReader::WordPartReader(const WordStyles &styles, const ImportOptions *options)
    : m_styles(styles)
    , m_options(options)
{
}

Result<WordPart> WordPartReader::read(const QByteArray &xml)
{
    if (xml.isEmpty())
        return WordPart{}; // an optional part that is not there
    XmlCursor cursor(xml, m_options);
    while (cursor.next()) {
        if (cursor.isStart()) {
            start(cursor);
        } else if (cursor.isEnd()) {
            end(cursor.name());
        } else if (!m_open.empty() && m_open.back() == u"t") {
            appendText(cursor.text().toString());
        }
    }
    if (const QString problem = cursor.error(); !problem.isEmpty())
        return failure(Error::Kind::BadInput, problem);
    if (!m_carried.isEmpty())
        addItem(BlockKind::Paragraph, 0, m_carried);
    m_part.items = std::move(m_items);
    return std::move(m_part);
}

// Deleted text, field codes, and the copy of a drawing kept for old readers.
bool WordPartReader::isSkipped(QStringView name) const
{
    return name == u"del" || name == u"moveFrom" || name == u"instrText" || name == u"delInstrText"
           || name == u"delText" || name == u"Fallback";
}

void WordPartReader::start(XmlCursor &cursor)
{
    const QStringView name = cursor.name();
    const QString parent = m_open.empty() ? QString() : m_open.back();
    if (isSkipped(name)) {
        // A w:del mark on a paragraph mark or a table row: the mark or the row goes.
        if (name == u"del" && parent == u"rPr" && m_open.size() >= 2 && m_open[m_open.size() - 2] == u"pPr"
            && !m_paragraphs.empty())
            m_paragraphs.back().markDeleted = true;
        else if (name == u"del" && parent == u"trPr")
            m_rowDeleted = true;
        cursor.skipSubtree();
        return;
    }
    if (name == u"footnote" || name == u"endnote") {
        const QString type = cursor.attribute(u"type");
        if (!type.isEmpty() && type != u"normal") {
            cursor.skipSubtree(); // separators and continuation notices
            return;
        }
        m_noteId = cursor.attribute(u"id");
    }
    m_open.push_back(name.toString());
    WordParagraph *paragraph = m_paragraphs.empty() ? nullptr : &m_paragraphs.back();
    if (name == u"p") {
        m_paragraphs.push_back(WordParagraph{});
    } else if (name == u"tbl") {
        startTable();
    } else if (name == u"tr") {
        startRow();
        m_rowDeleted = false;
    } else if (name == u"tc") {
        startCell();
    } else if (name == u"footnoteReference") {
        m_part.footnoteReferences.append(cursor.attribute(u"id"));
    } else if (name == u"endnoteReference") {
        m_part.endnoteReferences.append(cursor.attribute(u"id"));
    } else if (paragraph && parent == u"pPr" && name == u"pStyle") {
        paragraph->styleId = cursor.attribute(u"val");
    } else if (paragraph && parent == u"pPr" && name == u"outlineLvl") {
        paragraph->outlineLevel = cursor.attribute(u"val").toInt();
    } else if (paragraph && parent == u"numPr" && name == u"numId") {
        paragraph->numberingId = cursor.attribute(u"val");
    } else if (paragraph && parent == u"numPr" && name == u"ilvl") {
        paragraph->listLevel = cursor.attribute(u"val").toInt();
    } else if (parent == u"r" && name == u"tab") {
        appendText(u" "_s);
    } else if (parent == u"r" && (name == u"br" || name == u"cr")) {
        const QString type = cursor.attribute(u"type");
        appendText(type == u"page" || type == u"column" ? u" "_s : u"\n"_s);
    } else if (parent == u"r" && name == u"noBreakHyphen") {
        appendText(u"-"_s);
    }
}

void WordPartReader::end(QStringView name)
{
    if (m_open.empty())
        return;
    m_open.pop_back();
    if (name == u"p" && !m_paragraphs.empty()) {
        endParagraph();
    } else if (name == u"tc") {
        endCell();
    } else if (name == u"tr" && !m_tables.empty()) {
        if (m_rowDeleted)
            m_tables.back().dropRow();
        m_rowDeleted = false;
    } else if (name == u"tbl") {
        endTable();
    } else if (name == u"footnote" || name == u"endnote") {
        m_noteId.clear();
    }
}

void WordPartReader::endParagraph()
{
    const WordParagraph paragraph = takeParagraph();
    if (addToTableCell(paragraph.text)) // paragraphs of a cell read as one line of it
        return;
    const QString text = m_carried + paragraph.text;
    if (paragraph.markDeleted) {
        m_carried = text;
        return;
    }
    m_carried.clear();
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;
    if (paragraph.outlineLevel >= 0 && paragraph.outlineLevel < 9) {
        kind = BlockKind::Heading;
        level = std::min(paragraph.outlineLevel + 1, 6);
    } else if (const std::optional<StyleRole> role = m_styles.role(paragraph.styleId)) {
        kind = role->kind;
        level = role->level;
    }
    if (kind == BlockKind::Paragraph && !paragraph.numberingId.isEmpty() && paragraph.numberingId != u"0") {
        kind = BlockKind::ListItem;
        level = std::clamp(paragraph.listLevel + 1, 1, 9);
    } else if (kind == BlockKind::ListItem && paragraph.numberingId == u"0") {
        kind = BlockKind::Paragraph; // the style's numbering switched off
        level = 0;
    }
    addItem(kind, level, text);
}

} // namespace marginalia::importdetail::docx
