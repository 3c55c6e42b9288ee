// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Markdown (CommonMark + GitHub tables) to typed blocks with md4c. Inline markup is reduced to its text.

#include "core/import/Decoding.h"
#include "core/import/DocumentFormat.h"
#include "core/import/ImportUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <md4c.h>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace importdetail;

namespace {

struct MdState {
    DocumentBuilder builder;
    QString buffer;
    // Kind of the innermost open container that decides the kind of a paragraph.
    QList<MD_BLOCKTYPE> stack;
    int listDepth = 0;
    int headingLevel = 0;
    QString codeLanguage;
    bool inTable = false;
    bool cellOpen = false;
    int htmlSpan = 0;
    int imageDepth = 0;
    QString title;
    // md4c stops parsing when a callback returns non-zero: onText does when the import is cancelled or out of
    // time (checked every 4096 pieces of text).
    const ImportOptions *options = nullptr;
    unsigned textPieces = 0;

    BlockKind paragraphKind() const
    {
        for (auto it = stack.crbegin(); it != stack.crend(); ++it) {
            if (*it == MD_BLOCK_LI)
                return BlockKind::ListItem;
            if (*it == MD_BLOCK_QUOTE)
                return BlockKind::Quote;
        }
        return BlockKind::Paragraph;
    }

    void flush(BlockKind kind, int level = 0, const QString &language = {})
    {
        if (buffer.trimmed().isEmpty()) {
            buffer.clear();
            return;
        }
        builder.add(kind, buffer, level, -1, language);
        buffer.clear();
    }
};

QString attributeText(const MD_ATTRIBUTE &attribute)
{
    QString out;
    if (!attribute.text)
        return out;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET from = attribute.substr_offsets[i];
        const MD_OFFSET to = attribute.substr_offsets[i + 1];
        const QString piece = QString::fromUtf8(attribute.text + from, qsizetype(to - from));
        if (attribute.substr_types[i] == MD_TEXT_ENTITY)
            out += decodeEntities(piece);
        else
            out += piece;
    }
    return out;
}

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *s = static_cast<MdState *>(userdata);
    switch (type) {
    case MD_BLOCK_LI:
        // Text of an outer item before its nested list becomes its own block.
        if (s->listDepth > 0)
            s->flush(BlockKind::ListItem, s->listDepth);
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (s->listDepth > 0)
            s->flush(BlockKind::ListItem, s->listDepth);
        ++s->listDepth;
        break;
    case MD_BLOCK_H:
        s->flush(s->paragraphKind(), s->listDepth);
        s->headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        break;
    case MD_BLOCK_CODE: {
        s->flush(s->paragraphKind(), s->listDepth);
        const auto *d = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
        s->codeLanguage = attributeText(d->lang).trimmed();
        break;
    }
    case MD_BLOCK_TABLE:
        s->flush(s->paragraphKind(), s->listDepth);
        s->inTable = true;
        break;
    case MD_BLOCK_TR:
        if (!s->buffer.isEmpty() && !s->buffer.endsWith(u'\n'))
            s->buffer += u'\n';
        s->cellOpen = false;
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        if (s->cellOpen)
            s->buffer += u" | "_s;
        s->cellOpen = true;
        break;
    case MD_BLOCK_QUOTE:
        s->flush(s->paragraphKind(), s->listDepth);
        break;
    default:
        break;
    }
    s->stack.append(type);
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *s = static_cast<MdState *>(userdata);
    if (!s->stack.isEmpty())
        s->stack.removeLast();
    switch (type) {
    case MD_BLOCK_H: {
        const int index = s->builder.size();
        s->flush(BlockKind::Heading, s->headingLevel);
        if (s->title.isEmpty() && s->builder.size() > index && s->headingLevel == 1)
            s->title = s->builder.blockText(index);
        s->headingLevel = 0;
        break;
    }
    case MD_BLOCK_P:
        if (!s->inTable)
            s->flush(s->paragraphKind(), s->paragraphKind() == BlockKind::ListItem ? s->listDepth : 0);
        break;
    case MD_BLOCK_LI:
        s->flush(BlockKind::ListItem, s->listDepth);
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        s->flush(BlockKind::ListItem, s->listDepth);
        --s->listDepth;
        break;
    case MD_BLOCK_CODE:
        s->flush(BlockKind::Code, 0, s->codeLanguage);
        s->codeLanguage.clear();
        break;
    case MD_BLOCK_HTML:
        // Raw HTML blocks: keep their text without tags.
        {
            static const QRegularExpression tags(u"<[^>]*>"_s);
            s->buffer.remove(tags);
            s->buffer = decodeEntities(s->buffer);
            s->flush(s->paragraphKind());
        }
        break;
    case MD_BLOCK_TABLE:
        s->inTable = false;
        s->flush(BlockKind::Table);
        break;
    case MD_BLOCK_QUOTE:
        s->flush(BlockKind::Quote);
        break;
    default:
        break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto *s = static_cast<MdState *>(userdata);
    if (type == MD_SPAN_IMG)
        ++s->imageDepth;
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto *s = static_cast<MdState *>(userdata);
    if (type == MD_SPAN_IMG)
        --s->imageDepth;
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *s = static_cast<MdState *>(userdata);
    if ((++s->textPieces & 0xfff) == 0 && isCancelled(*s->options))
        return 1;
    const QString piece = QString::fromUtf8(text, qsizetype(size));
    const bool inCode = !s->stack.isEmpty() && s->stack.last() == MD_BLOCK_CODE;
    if (s->imageDepth > 0)
        return 0; // image alt text is not part of the prose (HTML images are left out too)
    switch (type) {
    case MD_TEXT_NULLCHAR:
        s->buffer += QChar(0xFFFD);
        break;
    case MD_TEXT_BR:
        s->buffer += u'\n';
        break;
    case MD_TEXT_SOFTBR:
        s->buffer += s->inTable ? u' ' : u'\n';
        break;
    case MD_TEXT_ENTITY:
        s->buffer += decodeEntities(piece);
        break;
    case MD_TEXT_HTML:
        if (inCode || (!s->stack.isEmpty() && s->stack.last() == MD_BLOCK_HTML))
            s->buffer += piece;
        break; // inline tags carry no text
    default:
        s->buffer += piece;
        break;
    }
    return 0;
}

// YAML front matter ("---" ... "---" at the very top, as Jekyll, Hugo, Pandoc and Obsidian write it):
// returns its length in the text and fills the metadata it names.
qsizetype frontMatter(const QString &text, DocumentMetadata &meta)
{
    if (!text.startsWith(u"---\n"_s) && !text.startsWith(u"---\r\n"_s))
        return 0;
    static const QRegularExpression end(u"\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|$)"_s);
    const auto m = end.match(text, 3);
    if (!m.hasMatch() || m.capturedStart() > 16 * 1024)
        return 0;
    const QString yaml = text.mid(4, m.capturedStart() - 4);
    static const QRegularExpression keyValue(u"^([A-Za-z_][\\w-]*)\\s*:\\s*(.*?)\\s*$"_s);
    for (const QString &line : yaml.split(u'\n')) {
        const auto kv = keyValue.match(line.trimmed().isEmpty() ? QString() : line);
        if (!kv.hasMatch() || line.startsWith(u' '))
            continue;
        const QString key = kv.captured(1).toLower();
        QString value = kv.captured(2);
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (value.isEmpty())
            continue;
        if (key == u"title" && meta.title.isEmpty())
            meta.title = value;
        else if ((key == u"author" || key == u"authors") && meta.author.isEmpty())
            meta.author = value.remove(u'[').remove(u']');
        else if ((key == u"date" || key == u"published") && meta.published.isEmpty())
            meta.published = value;
        else if ((key == u"lang" || key == u"language") && meta.language.isEmpty())
            meta.language = value;
        else if ((key == u"url" || key == u"canonical_url" || key == u"canonical") && meta.url.isEmpty())
            meta.url = value;
    }
    return m.capturedEnd();
}

int sniffMarkdown(const QByteArray &bytes)
{
    // Headings, fences, list items, quotes or links near the start.
    static const QRegularExpression markdown(
        u"^(#{1,6} \\S|```|~~~|\\s{0,3}[-*+] \\S|\\s{0,3}\\d+\\. \\S|> \\S)|\\]\\([^)]+\\)"_s,
        QRegularExpression::MultilineOption);
    return markdown.match(sniffingHead(bytes)).hasMatch() ? DocumentFormat::kLikely : DocumentFormat::kNotThisFormat;
}

Result<ImportedDocument> readMarkdown(const QByteArray &bytes, const ReadContext &context)
{
    QString source = decodeText(bytes);
    DocumentMetadata frontMeta;
    const qsizetype frontLength = frontMatter(source, frontMeta);
    MdState state;
    state.options = &context.options;
    if (frontLength > 0) {
        // Kept in the text (nothing imported is deleted), as a folded block: it is metadata, not prose.
        state.builder.add(BlockKind::Boilerplate, source.left(frontLength));
        source.remove(0, frontLength);
    }
    const QByteArray utf8 = source.toUtf8();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    const int parsed = md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state);
    if (isCancelled(context.options))
        return std::unexpected(cancelledError());
    if (parsed != 0)
        return failure(Error::Kind::BadInput, u"The Markdown could not be read."_s);
    state.flush(BlockKind::Paragraph);
    ImportedDocument document;
    state.builder.finish(document);
    document.meta = frontMeta;
    if (document.meta.title.isEmpty())
        document.meta.title = state.title;
    return document;
}

} // namespace

// Markdown (CommonMark + GitHub tables) with md4c; YAML front matter fills the metadata.
FormatPointer makeMarkdownFormat()
{
    return makeFormat({u"md"_s,
                       QT_TRANSLATE_NOOP("DocumentFormat", "Markdown"),
                       {u"text/markdown"_s, u"text/x-markdown"_s},
                       {u"md"_s, u"markdown"_s}},
                      {sniffMarkdown, readMarkdown});
}

} // namespace marginalia
