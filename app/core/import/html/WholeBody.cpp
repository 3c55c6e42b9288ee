// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/WholeBody.h"

#include "core/import/html/BlockEmitter.h"
#include "core/import/html/FlatDom.h"
#include "core/import/html/HtmlCommon.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::html {

namespace {

QString semantics(const GumboNode *node)
{
    return (attr(node, "epub:type") + u' ' + attr(node, "role")).toLower();
}

bool isNoteReference(const QString &semantics)
{
    return semantics.contains(u"noteref") || semantics.contains(u"backlink");
}

bool isNoteContainer(const QString &semantics)
{
    return semantics.contains(u"footnote") || semantics.contains(u"endnote") || semantics.contains(u"rearnote");
}

// The notes of a container: one per list item or inner note (a section of <aside epub:type="footnote">),
// else the container itself.
QStringList noteTexts(const FlatDom &dom, int container)
{
    const std::vector<Node> &nodes = dom.nodes();
    QList<int> items;
    for (int i = container + 1; i < nodes[size_t(container)].end; ++i) {
        const Node &node = nodes[size_t(i)];
        if (!node.isText && !node.removed && (node.tag == GUMBO_TAG_LI || isNoteContainer(semantics(node.g)))) {
            items.append(i);
            i = node.end - 1;
        }
    }
    if (items.isEmpty())
        items.append(container);
    QStringList texts;
    // What the removed back link leaves before the text: "1. Counts were..." reads ". Counts were...".
    static const QRegularExpression leftover(u"^[\\s.):\\]]+"_s);
    for (int item : std::as_const(items))
        if (const QString text = dom.innerText(item).remove(leftover); !text.isEmpty())
            texts.append(text);
    return texts;
}

// A title page's blocks: its headings are the title, the rest (author, date, publisher) the byline.
void emitTitlePage(FlatDom &dom, int titlePage, DocumentBuilder &builder, const ImportOptions &options)
{
    const int first = builder.size();
    BlockEmitter(dom, builder, options, false).run({titlePage});
    for (int i = first; i < builder.size(); ++i) {
        Block &block = builder.blocks()[i];
        block.kind = block.kind == BlockKind::Heading ? BlockKind::Title : BlockKind::Byline;
        block.level = 0;
    }
    dom.remove(titlePage);
}

} // namespace

QStringList emitWholeBody(const QString &html, DocumentBuilder &builder, const ImportOptions &options)
{
    FlatDom dom(html);
    const std::vector<Node> &nodes = dom.nodes();
    QList<int> containers;
    int titlePage = -1;
    int containerEnd = 0; // notes inside a container of notes are read with it
    for (int i = 0; i < int(nodes.size()); ++i) {
        const Node &node = nodes[size_t(i)];
        if (node.isText)
            continue;
        const QString meaning = semantics(node.g);
        if (isNoteReference(meaning)) {
            dom.remove(i);
            i = node.end - 1;
        } else if (isNoteContainer(meaning)) {
            if (i >= containerEnd) {
                containers.append(i);
                containerEnd = node.end;
            }
        } else if (meaning.contains(u"titlepage") && titlePage < 0) {
            titlePage = i;
        }
    }
    QStringList notes;
    for (int container : std::as_const(containers)) {
        notes += noteTexts(dom, container);
        dom.remove(container);
    }
    if (titlePage >= 0)
        emitTitlePage(dom, titlePage, builder, options);
    if (!nodes.empty()) {
        const int body = dom.findTag(GUMBO_TAG_BODY);
        BlockEmitter emitter(dom, builder, options, false);
        emitter.run({body >= 0 ? body : 0});
    }
    return notes;
}

} // namespace marginalia::importdetail::html
