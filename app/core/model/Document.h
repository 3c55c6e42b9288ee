// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace marginalia {

// What a block of the normalized text is. Boilerplate and duplicates stay in the text (nothing
// imported is ever deleted) but are folded in the viewer and left out of analysis by default.
// Title and Byline open a web page or report; Footnote follows the body; Contents (a table of contents page) and
// Furniture (running headers, footers, page numbers) are kept but, like Boilerplate and Duplicate, not content.
enum class BlockKind {
    Heading,
    Paragraph,
    Quote,
    ListItem,
    Code,
    Caption,
    Table,
    Boilerplate,
    Duplicate,
    Title,
    Byline,
    Footnote,
    Contents,
    Furniture,
};

QString blockKindName(BlockKind kind);
BlockKind blockKindFromName(const QString &name, bool *ok = nullptr);
bool isContentKind(BlockKind kind);

// A block of the document text. Offsets are Unicode code points into the normalized text, end exclusive.
struct Block {
    int start = 0;
    int end = 0;
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;         // heading level 1..6, list depth
    int duplicateOf = -1;  // index of the block this one repeats
    int page = -1;         // 1-based page for PDFs
    QString language;      // for code blocks: the syntax name
    bool userKind = false; // the user set the kind; analysis must not overwrite it
    friend bool operator==(const Block &, const Block &) = default;
};

struct DocumentMetadata {
    QString title;
    QString author;
    QString published; // ISO 8601 date or date-time as found
    QString site;
    QString url;
    QString language;  // BCP 47 tag, e.g. "en", "ar"
};

// The result of importing a file: normalized text, blocks and metadata. Blocks are ordered and disjoint;
// text between blocks is separators only ("\n\n").
struct ImportedDocument {
    QString text;
    QList<Block> blocks;
    DocumentMetadata meta;
    QString sourcePath;
    QString format;      // "txt", "md", "html", "pdf"
    QString contentHash; // SHA-256 hex of the source bytes
};

// The text of content blocks only (no boilerplate, no duplicates), separated by blank lines.
QString contentText(const QString &text, const QList<Block> &blocks);

} // namespace marginalia
