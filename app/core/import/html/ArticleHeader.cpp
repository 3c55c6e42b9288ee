// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/ArticleHeader.h"

#include "core/import/ImportUtil.h"
#include "core/import/html/HtmlCommon.h"
#include "core/import/html/HtmlMetadata.h"

#include "core/text/Text.h"

#include <QDate>
#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::html {

namespace {

QString readableDate(const QString &published)
{
    const QString found = simplifyWhitespace(published);
    const QDate date = QDate::fromString(found.left(10), Qt::ISODate);
    if (date.isValid())
        return QLocale::c().toString(date, u"d MMMM yyyy"_s);
    // A date as the page wrote it ("Apr 16, 2015"); anything long is not a date.
    return found.size() <= 40 ? found : QString();
}

// Inserts blocks of the given kinds and texts before block `at`.
void insertBlocks(ImportedDocument &document, int at, const QList<std::pair<BlockKind, QString>> &added)
{
    DocumentBuilder builder;
    for (const auto &[kind, text] : added)
        builder.add(kind, text);
    if (builder.isEmpty())
        return;
    ImportedDocument piece;
    builder.finish(piece);
    const int position = at == 0 ? 0 : document.blocks.at(at - 1).end;
    const QString inserted = at == 0 ? QString(piece.text + u"\n\n"_s) : QString(u"\n\n"_s + piece.text);
    const int shift = codePointLength(inserted);
    const int piecesStart = at == 0 ? 0 : position + 2;
    for (Block &block : document.blocks) {
        if (block.start >= position)
            block.start += shift;
        if (block.end > position || (block.end == position && block.start > position))
            block.end += shift;
        if (block.duplicateOf >= at)
            block.duplicateOf += int(piece.blocks.size());
    }
    for (Block &block : piece.blocks) {
        block.start += piecesStart;
        block.end += piecesStart;
    }
    const CodePointIndex index(document.text);
    document.text.insert(index.toUtf16(position), inserted);
    document.blocks = document.blocks.mid(0, at) + piece.blocks + document.blocks.mid(at);
}

} // namespace

QString bylineText(const QString &author, const QString &published)
{
    QStringList parts;
    const QString name = simplifyWhitespace(author);
    if (!name.isEmpty() && !name.contains(u"://"_s))
        parts.append(u"By "_s + name);
    const QString date = readableDate(published);
    if (!date.isEmpty())
        parts.append(date);
    return parts.join(u" · "_s);
}

bool repeatsHeadline(const QString &headline, const QString &blockText)
{
    return textSimilarity(headline, blockText) >= 0.75 && textSimilarity(blockText, headline) >= 0.75;
}

bool isBylineOf(const QString &blockText, const QString &author)
{
    return !author.isEmpty() && blockText.size() <= 120
           && cleanByline(blockText).compare(simplifyWhitespace(author), Qt::CaseInsensitive) == 0;
}

int ownHeadlineIndex(const ImportedDocument &document, const QString &headline)
{
    if (headline.isEmpty())
        return -1;
    for (int i = 0; i < std::min<int>(3, int(document.blocks.size())); ++i) {
        const Block &block = document.blocks.at(i);
        const QString text = codePointMid(document.text, block.start, block.end);
        if ((block.kind == BlockKind::Heading || block.kind == BlockKind::Paragraph) && repeatsHeadline(headline, text))
            return i;
        if (text.size() > 200)
            return -1; // the article has begun
    }
    return -1;
}

void prependArticleHeader(ImportedDocument &document)
{
    if (document.blocks.isEmpty())
        return;
    const DocumentMetadata &meta = document.meta;
    const QString headline = simplifyWhitespace(meta.title);
    const auto textOf = [&](int index) {
        const Block &block = document.blocks.at(index);
        return codePointMid(document.text, block.start, block.end);
    };
    // The article's own headline (after a lead image's caption, say) and byline take their kinds in place.
    const int ownHeadline = ownHeadlineIndex(document, headline);
    if (ownHeadline >= 0) {
        document.blocks[ownHeadline].kind = BlockKind::Title;
        document.blocks[ownHeadline].level = 0;
    }
    const int bylineAt = ownHeadline + 1;
    const bool ownByline = bylineAt < document.blocks.size()
                           && document.blocks.at(bylineAt).kind == BlockKind::Paragraph
                           && isBylineOf(textOf(bylineAt), meta.author);
    QList<std::pair<BlockKind, QString>> added;
    if (ownHeadline < 0 && !headline.isEmpty())
        added.append({BlockKind::Title, headline});
    if (ownByline) {
        document.blocks[bylineAt].kind = BlockKind::Byline;
        // The page's byline may lack the date: it follows in a byline of its own.
        const QString date = bylineText({}, meta.published);
        if (!date.isEmpty() && !textOf(bylineAt).contains(date.right(4)))
            insertBlocks(document, bylineAt + 1, {{BlockKind::Byline, date}});
    } else {
        const QString byline = bylineText(meta.author, meta.published);
        if (!byline.isEmpty())
            added.append({BlockKind::Byline, byline});
    }
    insertBlocks(document, bylineAt, added);
}

} // namespace marginalia::importdetail::html
