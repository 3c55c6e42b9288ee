// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Typed blocks from the chosen region of the flat tree: headings, list items, quotes, captions, code
// (with its language), data tables (cells joined by " | ", a row per line) and paragraphs; <br><br> breaks
// a paragraph. Records each block's share of link text, for the furniture check after classification.

#include "core/import/ImportUtil.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace marginalia::importdetail::html {

class FlatDom;
struct Node;

class BlockEmitter {
public:
    // `readerMode` false: menus and forms are skipped here, as no region was chosen.
    BlockEmitter(FlatDom &dom, DocumentBuilder &builder, const ImportOptions &options, bool readerMode);
    // Adds the blocks of the roots' subtrees; stops early when the import is cancelled.
    void run(const QList<int> &roots);
    // Block index -> share of its text inside links (blocks with any link text only).
    const QHash<int, double> &linkDensities() const { return m_linkDensities; }

private:
    struct Open {
        int index;
        BlockKind kind;
        int level;
        bool typed; // decides the kind of the text inside
    };
    int visit(int index);
    int visitElement(int index);
    void enterInCode(int index);
    void enterInTable(int index);
    Open enterBlock(int index);
    void push(const Open &open);
    void close();
    void flushCurrent();
    void flush(BlockKind kind, int level, const QString &language = {});
    void addBlock(BlockKind kind, const QString &text, int level, const QString &language, double density);

    FlatDom &m_dom;
    std::vector<Node> &m_nodes;
    DocumentBuilder &m_builder;
    const ImportOptions &m_options;
    bool m_readerMode;
    QHash<int, double> m_linkDensities;
    QString m_buffer;
    int m_linkChars = 0;
    std::vector<Open> m_stack;
    int m_linkDepth = 0;
    int m_preDepth = 0;
    int m_tableDepth = 0; // inside a data table (text only, cells joined)
    int m_listDepth = 0;
    bool m_cellOpen = false;
    QString m_codeLanguage;
};

} // namespace marginalia::importdetail::html
