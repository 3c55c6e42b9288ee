// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/BlockEmitter.h"

#include "core/import/html/FlatDom.h"
#include "core/import/html/HtmlCommon.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::html {

namespace {

int visibleChars(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        n += c.isSpace() ? 0 : 1;
    return n;
}

} // namespace

BlockEmitter::BlockEmitter(FlatDom &dom, DocumentBuilder &builder, const ImportOptions &options, bool readerMode)
    : m_dom(dom)
    , m_nodes(dom.nodes())
    , m_builder(builder)
    , m_options(options)
    , m_readerMode(readerMode)
{
}

void BlockEmitter::addBlock(BlockKind kind, const QString &text, int level, const QString &language, double density)
{
    const int index = m_builder.add(kind, text, level, -1, language);
    if (index >= 0 && density > 0)
        m_linkDensities.insert(index, density);
}

void BlockEmitter::flush(BlockKind kind, int level, const QString &language)
{
    if (m_buffer.trimmed().isEmpty()) {
        m_buffer.clear();
        m_linkChars = 0;
        return;
    }
    const int total = visibleChars(m_buffer);
    const double density = total > 0 ? std::min(1.0, double(m_linkChars) / total) : 0.0;
    m_linkChars = 0;
    if (kind == BlockKind::Code) {
        addBlock(kind, m_buffer, 0, language, 0);
    } else if (kind == BlockKind::Table) {
        QStringList rows = m_buffer.split(u'\n');
        for (QString &row : rows)
            row = simplifyWhitespace(row);
        rows.removeAll(QString());
        addBlock(kind, rows.join(u'\n'), level, {}, 0);
    } else {
        // A blank line (from <br><br>) separates paragraphs; other white space folds.
        static const QRegularExpression paragraphBreak(u"\n[ \t]*\n"_s);
        const QStringList parts = m_buffer.split(paragraphBreak);
        for (const QString &part : parts) {
            QStringList lines = part.split(u'\n');
            for (QString &line : lines)
                line = simplifyWhitespace(line);
            lines.removeAll(QString());
            if (!lines.isEmpty())
                addBlock(kind, lines.join(u'\n'), level, {}, density);
        }
    }
    m_buffer.clear();
}

void BlockEmitter::push(const Open &open)
{
    if (m_nodes[size_t(open.index)].tag == GUMBO_TAG_A)
        ++m_linkDepth;
    m_stack.push_back(open);
}

// Flushes the text so far as the kind of the innermost typed element (a paragraph when none).
void BlockEmitter::flushCurrent()
{
    for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
        if (it->typed) {
            flush(it->kind, it->level, m_codeLanguage);
            return;
        }
    }
    flush(BlockKind::Paragraph, 0, m_codeLanguage);
}

void BlockEmitter::close()
{
    const Open open = m_stack.back();
    const Node &n = m_nodes[size_t(open.index)];
    if (n.tag == GUMBO_TAG_A)
        --m_linkDepth;
    if (n.tag == GUMBO_TAG_PRE && m_preDepth > 0) {
        flush(BlockKind::Code, 0, m_codeLanguage);
        --m_preDepth;
        m_codeLanguage.clear();
        m_stack.pop_back();
        return;
    }
    if (n.tag == GUMBO_TAG_TABLE && open.typed) {
        flush(BlockKind::Table, 0);
        --m_tableDepth;
        m_stack.pop_back();
        return;
    }
    if (n.tag == GUMBO_TAG_UL || n.tag == GUMBO_TAG_OL)
        --m_listDepth;
    if (m_tableDepth > 0 || m_preDepth > 0) {
        if (n.tag == GUMBO_TAG_TR)
            m_buffer += u'\n';
        m_stack.pop_back();
        return;
    }
    if (isBlockTag(n.tag))
        flushCurrent();
    m_stack.pop_back();
}

void BlockEmitter::run(const QList<int> &roots)
{
    for (int root : roots) {
        const int end = m_nodes[size_t(root)].end;
        for (int i = root; i < end;) {
            while (!m_stack.empty() && m_nodes[size_t(m_stack.back().index)].end <= i)
                close();
            if ((i & 0x3fff) == 0 && isCancelled(m_options))
                return;
            i = visit(i);
        }
        while (!m_stack.empty())
            close();
        flush(BlockKind::Paragraph, 0);
    }
}

// Handles the node at `index`; returns the index of the next node to visit.
int BlockEmitter::visit(int index)
{
    const Node &n = m_nodes[size_t(index)];
    if (n.removed)
        return n.end;
    if (n.isText) {
        if (m_preDepth > 0) {
            m_buffer += n.text;
        } else {
            // Source line breaks are white space; only <br> breaks a line. Folded at flush.
            QString t = n.text;
            t.replace(u'\n', u' ').replace(u'\r', u' ');
            m_buffer += t;
            if (m_linkDepth > 0)
                m_linkChars += visibleChars(t);
        }
        return index + 1;
    }
    if (n.tag == GUMBO_TAG_BR) {
        m_buffer += m_tableDepth > 0 && m_preDepth == 0 ? u" "_s : u"\n"_s;
        return n.end;
    }
    if (n.tag == GUMBO_TAG_IMG || n.tag == GUMBO_TAG_WBR)
        return n.end;
    if (n.math) {
        m_buffer += u' ';
        push(Open{index, BlockKind::Paragraph, 0, false});
        return index + 1;
    }
    if (!m_readerMode && (n.tag == GUMBO_TAG_NAV || n.tag == GUMBO_TAG_FORM) && n.textLen < 2000) {
        // Even outside reader mode, menus and forms are not text to read.
        return n.end;
    }
    return visitElement(index);
}

int BlockEmitter::visitElement(int index)
{
    if (m_preDepth > 0)
        enterInCode(index);
    else if (m_tableDepth > 0)
        enterInTable(index);
    else
        push(enterBlock(index));
    return index + 1;
}

// An element inside <pre>: only a <code class="language-x"> matters.
void BlockEmitter::enterInCode(int index)
{
    const Node &n = m_nodes[size_t(index)];
    if (n.tag == GUMBO_TAG_CODE && m_codeLanguage.isEmpty()) {
        static const QRegularExpression lang(u"(?:^|\\s)(?:language|lang)-([\\w+#-]+)"_s);
        const auto m = lang.match(n.className);
        if (m.hasMatch())
            m_codeLanguage = m.captured(1);
    }
    push(Open{index, BlockKind::Paragraph, 0, false});
}

// An element inside a data table: rows become lines, cells are joined by " | ".
void BlockEmitter::enterInTable(int index)
{
    const Node &n = m_nodes[size_t(index)];
    if (n.tag == GUMBO_TAG_TR) {
        if (!m_buffer.isEmpty() && !m_buffer.endsWith(u'\n'))
            m_buffer += u'\n';
        m_cellOpen = false;
    } else if (n.tag == GUMBO_TAG_TD || n.tag == GUMBO_TAG_TH) {
        if (m_cellOpen)
            m_buffer += u" | "_s;
        m_cellOpen = true;
    } else if (isBlockTag(n.tag)) {
        m_buffer += u' ';
    }
    push(Open{index, BlockKind::Paragraph, 0, false});
}

// An element in running text: a block boundary flushes, and typed elements decide the kind of what follows.
BlockEmitter::Open BlockEmitter::enterBlock(int index)
{
    const Node &n = m_nodes[size_t(index)];
    if (isBlockTag(n.tag))
        flushCurrent();
    if (isHeadingTag(n.tag))
        return {index, BlockKind::Heading, headingLevel(n.tag), true};
    switch (n.tag) {
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
        return {index, BlockKind::ListItem, std::max(1, m_listDepth), true};
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
        ++m_listDepth;
        break;
    case GUMBO_TAG_BLOCKQUOTE:
        return {index, BlockKind::Quote, 0, true};
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
        return {index, BlockKind::Caption, 0, true};
    case GUMBO_TAG_PRE: {
        ++m_preDepth;
        static const QRegularExpression lang(u"(?:^|\\s)(?:language|lang|brush:)-?\\s*([\\w+#-]+)"_s);
        const auto m = lang.match(n.className);
        m_codeLanguage = m.hasMatch() ? m.captured(1) : QString();
        return {index, BlockKind::Code, 0, true};
    }
    case GUMBO_TAG_TABLE:
        if (m_dom.isDataTable(index)) {
            ++m_tableDepth;
            m_cellOpen = false;
            return {index, BlockKind::Table, 0, true};
        }
        break;
    default:
        break;
    }
    return {index, BlockKind::Paragraph, 0, false};
}

} // namespace marginalia::importdetail::html
