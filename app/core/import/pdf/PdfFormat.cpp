// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// PDF to typed blocks with Poppler-Qt6.
//
// Words come from Page::textList() in Poppler's reading order; words linked by nextWord() form a piece of a
// line. PdfLayout puts the pieces of a two-column page in column order and joins the pieces of one visual
// line; PdfBlocks makes the blocks: running headers, footers and page numbers (PageFurniture) as Furniture,
// table-of-contents pages (ContentsPage) as Contents, the rest as paragraphs, headings and list items.
// Line-end hyphens before a lower-case continuation are removed, ligatures (U+FB00..FB06) expanded.

#include "core/import/DocumentFormat.h"
#include "core/import/ImportUtil.h"
#include "core/import/pdf/PdfBlocks.h"
#include "core/import/pdf/PdfLayout.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <poppler-qt6.h>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPdf, "marginalia.import.pdf", QtWarningMsg)

namespace marginalia {

using namespace importdetail;
using namespace importdetail::pdf;

namespace {

// Poppler reports every syntax problem of a damaged file on stderr; the import error says what matters.
// The details stay available with QT_LOGGING_RULES="marginalia.import.pdf.debug=true".
void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPdf) << message;
}

} // namespace

QString importdetail::expandLigatures(QString text)
{
    static const std::pair<char16_t, const char16_t *> ligatures[] = {
        {0xFB00, u"ff"},  {0xFB01, u"fi"}, {0xFB02, u"fl"}, {0xFB03, u"ffi"},
        {0xFB04, u"ffl"}, {0xFB05, u"st"}, {0xFB06, u"st"},
    };
    for (const auto &[from, to] : ligatures)
        text.replace(QChar(from), QString::fromUtf16(to));
    return text;
}

namespace {

// Poppler's text in its reading order: a run of words linked by nextWord() is a piece of a line.
QList<PdfLine> pagePieces(Poppler::Page *page)
{
    QList<PdfLine> pieces;
    const auto boxes = page->textList();
    PdfLine current;
    const Poppler::TextBox *previous = nullptr;
    for (const auto &box : boxes) {
        const bool sameLine = previous && previous->nextWord() == box.get();
        if (!sameLine && !current.text.isEmpty()) {
            pieces.append(current);
            current = PdfLine();
        }
        if (sameLine && previous->hasSpaceAfter())
            current.text += u' ';
        current.text += box->text();
        current.box = current.box.isNull() ? box->boundingBox() : current.box.united(box->boundingBox());
        previous = box.get();
    }
    if (!current.text.isEmpty())
        pieces.append(current);
    return pieces;
}

// The lines of every page in reading order (column by column on two-column pages), with the page size;
// fails only when cancelled.
Result<QList<PageLines>> readPages(Poppler::Document &document, const ImportOptions &options)
{
    const int pageCount = document.numPages();
    QList<PageLines> pages;
    for (int p = 0; p < pageCount; ++p) {
        if (isCancelled(options))
            return std::unexpected(cancelledError());
        std::unique_ptr<Poppler::Page> page = document.page(p);
        if (!page) {
            pages.append(PageLines());
            continue;
        }
        const QSizeF size = page->pageSizeF();
        pages.append(PageLines{mergeBaselinePieces(columnOrder(pagePieces(page.get()), size)), size});
        if (options.progress)
            options.progress(0.8 * (p + 1) / pageCount);
    }
    return pages;
}

int sniffPdf(const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return DocumentFormat::kCertain;
    // The header may be preceded by a little junk; readers accept it within the first 1024 bytes.
    return bytes.left(1024).contains("%PDF-") ? DocumentFormat::kLikely : DocumentFormat::kNotThisFormat;
}

QString notPdfMessage(const QString &name, const QString &looksLike)
{
    return u"%1 is not a PDF%2: it does not start with the %PDF- header. Check that the file is "
           "complete, or rename it to its real type."_s.arg(name, looksLike.isEmpty()
                                                                      ? QString()
                                                                      : u" (it looks like %1)"_s.arg(looksLike));
}

Result<ImportedDocument> readPdf(const QByteArray &bytes, const ReadContext &context)
{
    const QString subject = context.fileName.isEmpty() ? u"This PDF"_s : context.fileName;
    static std::once_flag quiet;
    std::call_once(quiet, [] { Poppler::setDebugErrorFunction(popplerMessage, QVariant()); });
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc)
        return failure(Error::Kind::BadInput,
                       u"%1 cannot be opened: it is damaged or not really a PDF. Try re-saving or re-exporting it."_s
                           .arg(subject));
    if (doc->isLocked())
        return failure(Error::Kind::BadInput,
                       u"%1 is encrypted and needs a password. Remove the protection (for example by printing it "
                       "to a new PDF) and import it again."_s.arg(subject));
    if (doc->numPages() <= 0)
        return failure(Error::Kind::BadInput, u"%1 has no pages."_s.arg(subject));
    const Result<QList<PageLines>> pages = readPages(*doc, context.options);
    if (!pages)
        return std::unexpected(pages.error());
    const bool anyText = std::ranges::any_of(*pages, [](const PageLines &page) { return !page.lines.isEmpty(); });
    if (!anyText)
        return failure(Error::Kind::BadInput,
                       u"%1 has no text layer: its pages are images (a scan?). Run it through OCR first, "
                       "then import the result."_s.arg(subject));

    DocumentBuilder builder;
    for (const PdfBlock &block : layoutPages(*pages))
        builder.add(block.kind, block.text, block.level, block.page);
    ImportedDocument document;
    builder.finish(document);
    document.meta.title = simplifyWhitespace(doc->info(u"Title"_s));
    document.meta.author = simplifyWhitespace(doc->info(u"Author"_s));
    const QDateTime created = doc->creationDate();
    if (created.isValid())
        document.meta.published = created.toString(Qt::ISODate);
    return document;
}

} // namespace

// PDF with Poppler: paragraphs from the line geometry; running headers, footers and page numbers are kept
// as Furniture blocks, a contents page as Contents blocks.
FormatPointer makePdfFormat()
{
    return makeFormat({u"pdf"_s, QT_TRANSLATE_NOOP("DocumentFormat", "PDF"), {u"application/pdf"_s}, {u"pdf"_s}, true},
                      {sniffPdf, readPdf, notPdfMessage});
}

} // namespace marginalia
