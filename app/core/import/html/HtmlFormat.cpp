// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// HTML to typed blocks with gumbo (HTML5 parsing rules). Nothing external is loaded: only the bytes given
// are read, and script, style, iframe, object, form controls and svg never reach the text.
//
// The reader works in steps, each in its own file: HtmlDecoding (bytes to text), NestingGuard (hostile
// nesting), FlatDom (gumbo's tree as a flat pre-order list, so no step recurses), HtmlMetadata, Readability
// (choosing the article region, after Mozilla Readability) with RegionCleaner, BlockEmitter (typed blocks) and
// ArticleHeader (the headline and byline as the first blocks).
// Timings and reader decisions: QT_LOGGING_RULES="marginalia.import.html.debug=true".

#include "core/import/Decoding.h"
#include "core/import/DocumentFormat.h"
#include "core/import/ImportUtil.h"
#include "core/import/html/ArticleHeader.h"
#include "core/import/html/BlockEmitter.h"
#include "core/import/html/FlatDom.h"
#include "core/import/html/HtmlCommon.h"
#include "core/import/html/HtmlDecoding.h"
#include "core/import/html/HtmlMetadata.h"
#include "core/import/html/Readability.h"

#include "core/text/Text.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace importdetail;
using namespace importdetail::html;

namespace {

// Very short blocks that are nothing but links, first or last in the article ("Next", "Reuse content", a
// tag list) are page furniture that the region kept: marked Boilerplate, never removed. Longer link text
// (a list of sources, bug titles, credits) is content.
void markLinkBoilerplate(ImportedDocument &document, const QHash<int, double> &densities)
{
    const int n = int(document.blocks.size());
    const int edge = 3;
    if (n < 8)
        return; // too little text around them to call anything furniture
    const CodePointIndex index(document.text);
    for (auto it = densities.cbegin(); it != densities.cend(); ++it) {
        const int i = it.key();
        if (i < 0 || i >= n || it.value() < 0.9)
            continue;
        Block &b = document.blocks[i];
        if (b.kind != BlockKind::Paragraph && b.kind != BlockKind::ListItem)
            continue;
        if (!(i < 2 || i >= n - edge))
            continue;
        const int from = index.toUtf16(b.start);
        int words = 0;
        stopWordDensity(document.text.mid(from, index.toUtf16(b.end) - from), &words);
        if (words <= 4)
            b.kind = BlockKind::Boilerplate;
    }
}

int sniffHtml(const QByteArray &bytes)
{
    const QString head = sniffingHead(bytes);
    const QString lower = head.left(1024).toLower();
    if (lower.startsWith(u"<!doctype html") || lower.startsWith(u"<html") || lower.startsWith(u"<?xml")
        || lower.contains(u"<body") || lower.contains(u"<head"))
        return DocumentFormat::kStrong;
    // Without a declaration: three common tags near the start.
    static const QRegularExpression html(u"<(p|div|br|h[1-6]|a href|span|table|ul|li)\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    int htmlTags = 0;
    auto it = html.globalMatch(head);
    while (it.hasNext() && htmlTags < 3) {
        it.next();
        ++htmlTags;
    }
    return htmlTags >= 3 ? DocumentFormat::kStrong : DocumentFormat::kNotThisFormat;
}

QString nothingReadHtmlMessage(const QString &name)
{
    return u"%1 has no readable text (only markup, scripts or white space)."_s.arg(name);
}

Result<ImportedDocument> readHtml(const QByteArray &bytes, const ReadContext &context)
{
    const ImportOptions &options = context.options;
    QElapsedTimer timer;
    timer.start();
    const QString html = decodeHtml(bytes);
    qCDebug(lcHtml, "decode: %lld ms", timer.restart());
    if (options.progress)
        options.progress(0.1);
    if (isCancelled(options))
        return std::unexpected(cancelledError());
    FlatDom dom(html);
    if (isCancelled(options))
        return std::unexpected(cancelledError());
    if (options.progress)
        options.progress(0.5);
    ImportedDocument document;
    timer.restart();
    document.meta = readMetadata(dom);
    qCDebug(lcHtml, "metadata: %lld ms", timer.restart());
    DocumentBuilder builder;
    Readability readability(dom, options, document.meta.title);
    QHash<int, double> linkDensities;
    if (const std::optional<ArticleRegion> region = readability.chooseRegion()) {
        BlockEmitter emitter(dom, builder, options, region->readerMode);
        emitter.run(region->roots);
        linkDensities = emitter.linkDensities();
    }
    qCDebug(lcHtml, "extract and blocks: %lld ms", timer.restart());
    if (options.progress)
        options.progress(0.8);
    if (isCancelled(options))
        return std::unexpected(cancelledError());
    builder.finish(document);
    markLinkBoilerplate(document, linkDensities);
    if (document.meta.author.isEmpty())
        document.meta.author = cleanByline(readability.byline());
    prependArticleHeader(document);
    return document;
}

} // namespace

// HTML in reader mode: the article region is read, page chrome outside it is not imported.
FormatPointer makeHtmlFormat()
{
    return makeFormat({u"html"_s,
                       QT_TRANSLATE_NOOP("DocumentFormat", "HTML"),
                       {u"text/html"_s, u"application/xhtml+xml"_s},
                       {u"html"_s, u"htm"_s, u"xhtml"_s}},
                      {sniffHtml, readHtml, {}, nothingReadHtmlMessage});
}

} // namespace marginalia
