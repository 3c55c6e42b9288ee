// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// XML reading shared by the Word, OpenDocument and EPUB formats: a QXmlStreamReader with a nesting limit,
// Dublin Core metadata (docProps/core.xml, meta.xml and the EPUB package document all use it) and what a
// paragraph style's name says about its text.

#include "core/import/Importer.h"
#include "core/model/Document.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QXmlStreamReader>

#include <optional>
#include <vector>

namespace marginalia::importdetail::office {

// Walks start elements, end elements and text; elements are named by their local name (namespaces are not
// compared: the formats' element names do not collide where it matters). Nesting deeper than kMaxDepth
// stops the walk with an error, so a hostile file cannot make a reader keep unbounded state.
class XmlCursor final {
public:
    static constexpr int kMaxDepth = 256;

    // With `options`, next() also stops (returning false, with no error()) when the import is cancelled or
    // out of time; the format then sees importdetail::isCancelled() and says why.
    explicit XmlCursor(const QByteArray &xml, const ImportOptions *options = nullptr);

    // Moves to the next start element, end element or text; false at the end or on an error.
    bool next();
    bool isStart() const { return m_token == QXmlStreamReader::StartElement; }
    bool isEnd() const { return m_token == QXmlStreamReader::EndElement; }
    bool isText() const { return m_token == QXmlStreamReader::Characters; }
    bool isStart(QStringView name) const { return isStart() && m_reader.name() == name; }
    bool isEnd(QStringView name) const { return isEnd() && m_reader.name() == name; }
    QStringView name() const { return m_reader.name(); }
    QStringView text() const { return m_reader.text(); }
    // The attribute of the current start element with that local name, in any namespace.
    QString attribute(QStringView localName) const;
    // Elements open around the current token (a start element counts itself).
    int depth() const { return m_depth; }
    // From a start element: moves past its end element.
    void skipSubtree();
    // The text of the current start element's subtree; moves past its end element.
    QString readText();
    // Empty when the whole document was read; else what was wrong (not well-formed, nested too deep).
    QString error() const;

private:
    QXmlStreamReader m_reader;
    QXmlStreamReader::TokenType m_token = QXmlStreamReader::NoToken;
    int m_depth = 0;
    bool m_tooDeep = false;
    const ImportOptions *m_options = nullptr;
    unsigned m_tokens = 0;
};

// Title, author(s), date and language from Dublin Core elements (dc:title, dc:creator or meta:initial-creator,
// dcterms:created or meta:creation-date else dc:date, dc:language); what cannot be read stays empty.
DocumentMetadata readDublinCore(const QByteArray &xml);

// What a paragraph style's name says: "heading 2" / "Heading_20_2" a heading, "Title" the title, "Quote",
// "Block Text" or "Quotations" a quote, "List Bullet 2" a list item, "Caption", "Source Code", "TOC 1" or
// "Contents 1" a contents entry, "Author" and "Date" the byline. Nothing for other names.
struct StyleRole {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;
};
std::optional<StyleRole> roleFromStyleName(const QString &styleName);

// One block of a document's body as its reader found it: a paragraph typed by its style, outline level or
// list depth, or a whole table (rows as lines).
struct BodyItem {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;
    QString text;
    QString noteId; // Word's notes parts: the w:footnote / w:endnote the paragraph belongs to
};

// A table being read: rows of cells, each cell the paragraphs read into it, joined by spaces.
class TableCollector final {
public:
    void startRow() { m_rows.append(QStringList()); }
    void startCell() { m_cell.clear(); }
    void addToCell(const QString &text);
    void endCell();
    void dropRow();
    // A line per row that has any text, cells joined by " | " (as the HTML reader writes them).
    QString text() const;

private:
    QList<QStringList> m_rows;
    QString m_cell;
};
// Ends the innermost table: its text when it was the outermost one; a table inside a cell becomes that
// cell's text (nothing is returned).
std::optional<QString> closeTable(std::vector<TableCollector> &tables);

// Paragraph text with white space runs folded to one space on each line (line breaks kept), trimmed.
QString foldParagraphText(const QString &text);

} // namespace marginalia::importdetail::office
