// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/odt/OdtBodyReader.h"

#include "core/import/ImportUtil.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::odt {

using namespace office;

namespace {

// Deleted text of tracked changes, note citation marks, comments, alt text and form data.
bool isSkipped(QStringView name)
{
    return name == u"tracked-changes" || name == u"note-citation" || name == u"annotation" || name == u"desc"
           || name == u"title" || name == u"forms" || name == u"sequence-decls" || name == u"variable-decls";
}

} // namespace

OdtBodyReader::OdtBodyReader(const OdfStyles &styles, const ImportOptions *options)
    : m_styles(styles)
    , m_options(options)
{
}

Result<OdtBody> OdtBodyReader::read(const QByteArray &contentXml)
{
    XmlCursor cursor(contentXml, m_options);
    bool inBody = false;
    while (cursor.next()) {
        if (cursor.isStart(u"body"))
            inBody = true;
        if (!inBody)
            continue;
        if (cursor.isStart()) {
            if (!start(cursor))
                cursor.skipSubtree();
        } else if (cursor.isEnd()) {
            end(cursor.name());
        } else {
            // Line ends and tabs in the XML are white space; text:line-break and text:tab are the real ones.
            QString text = cursor.text().toString();
            text.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
            appendText(text);
        }
    }
    if (const QString problem = cursor.error(); !problem.isEmpty())
        return failure(Error::Kind::BadInput, problem);
    m_body.items = std::move(m_items);
    return std::move(m_body);
}

// Returns false when the element's subtree is to be skipped.
bool OdtBodyReader::start(XmlCursor &cursor)
{
    const QStringView name = cursor.name();
    if (isSkipped(name))
        return false;
    if (name == u"p" || name == u"h") {
        OdtParagraph paragraph;
        paragraph.styleName = cursor.attribute(u"style-name");
        if (name == u"h")
            paragraph.headingLevel = std::clamp(cursor.attribute(u"outline-level").toInt(), 1, 6);
        m_paragraphs.push_back(paragraph);
    } else if (name == u"list") {
        ++m_listDepth;
    } else if (name == u"table-of-content") {
        ++m_contentsDepth;
    } else if (name == u"table") {
        startTable();
    } else if (name == u"table-row") {
        startRow();
    } else if (name == u"table-cell") {
        startCell();
    } else if (name == u"note") {
        m_notes.push_back(Note{QString(), cursor.attribute(u"note-class") == u"endnote"});
    } else if (name == u"s") {
        const QString count = cursor.attribute(u"c");
        appendText(QString(std::clamp(count.isEmpty() ? 1 : count.toInt(), 1, 100), u' '));
    } else if (name == u"tab") {
        appendText(u" "_s);
    } else if (name == u"line-break") {
        appendText(u"\n"_s);
    }
    return true;
}

void OdtBodyReader::end(QStringView name)
{
    if ((name == u"p" || name == u"h") && !m_paragraphs.empty()) {
        endParagraph();
    } else if (name == u"list") {
        m_listDepth = std::max(0, m_listDepth - 1);
    } else if (name == u"table-of-content") {
        m_contentsDepth = std::max(0, m_contentsDepth - 1);
    } else if (name == u"table-cell") {
        endCell();
    } else if (name == u"table") {
        endTable();
    } else if (name == u"note" && !m_notes.empty()) {
        const Note note = m_notes.back();
        m_notes.pop_back();
        (note.endnote ? m_body.endnotes : m_body.footnotes).append(note.text);
    }
}

void OdtBodyReader::endParagraph()
{
    const OdtParagraph paragraph = takeParagraph();
    const QString text = foldParagraphText(paragraph.text);
    if (!m_notes.empty()) {
        QString &note = m_notes.back().text;
        note += (note.isEmpty() || text.isEmpty() ? QString() : u"\n"_s) + text;
        return;
    }
    if (addToTableCell(text))
        return;
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;
    const std::optional<StyleRole> role = m_styles.role(paragraph.styleName);
    if (paragraph.headingLevel > 0) {
        kind = BlockKind::Heading;
        level = paragraph.headingLevel;
    } else if (m_contentsDepth > 0) {
        kind = BlockKind::Contents;
    } else if (m_listDepth > 0) {
        // Word's "List Bullet 2" comes from LibreOffice as a list of its own, one deep: the style tells.
        kind = BlockKind::ListItem;
        level = std::min(std::max(m_listDepth, role && role->kind == BlockKind::ListItem ? role->level : 0), 9);
    } else if (role) {
        kind = role->kind;
        level = role->level;
    }
    addItem(kind, level, text);
}

} // namespace marginalia::importdetail::odt
