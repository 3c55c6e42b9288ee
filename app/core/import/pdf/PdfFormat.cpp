// PDF to typed blocks with Poppler-Qt6.
//
// Words come from Page::textList() in Poppler's reading order; words linked by nextWord() form a line.
// Lines become paragraphs from their geometry: a vertical gap clearly larger than the usual line spacing,
// a jump back up (new column), a first-line indent or a short line ending a sentence start a new paragraph.
// Line-end hyphens before a lower-case continuation are removed, ligatures (U+FB00..FB06) expanded.
//
// Running headers and footers (lines near the top or bottom edge whose text, digits aside, recurs on at
// least half of the pages) and page numbers are not deleted: they are kept as Boilerplate blocks at the
// start (header) or end (footer) of their page, so the reading text (content blocks) flows without them.
// A paragraph that runs across a page break is joined, and that page break's header/footer blocks follow it.

#include "core/import/DocumentFormat.h"
#include "core/import/ImportUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <mutex>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPdf, "marginalia.import.pdf", QtWarningMsg)

namespace marginalia {

using namespace importdetail;

namespace {

// PDF with Poppler: paragraphs from the line geometry; running headers, footers and page numbers are kept
// as Boilerplate blocks.
class PdfFormat final : public DocumentFormat {
public:
    PdfFormat()
        : DocumentFormat(
              {u"pdf"_s, QT_TRANSLATE_NOOP("DocumentFormat", "PDF"), {u"application/pdf"_s}, {u"pdf"_s}, true})
    {
    }
    int sniff(const QByteArray &bytes) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &context) const override;
    QString notThisFormatMessage(const QString &name, const QString &looksLike) const override;
};

} // namespace

FormatPointer makePdfFormat()
{
    return std::make_shared<PdfFormat>();
}

namespace {

// Poppler reports every syntax problem of a damaged file on stderr; the import error says what matters.
// The details stay available with QT_LOGGING_RULES="marginalia.import.pdf.debug=true".
void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPdf) << message;
}

struct Line {
    QString text;
    QRectF box;
    bool hyphenEnd = false;
};

struct Item {
    BlockKind kind = BlockKind::Paragraph;
    QString text;
    int page = 1;
    int level = 0;
    bool edge = false; // header/footer boilerplate
    bool isFooter = false;
};

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

// The line's text with digits folded, so "Page 3" and "Page 4" compare equal.
QString edgeKey(const QString &text)
{
    QString key;
    for (QChar c : text) {
        if (c.isDigit()) {
            if (!key.endsWith(u'#'))
                key += u'#';
        } else if (!c.isSpace()) {
            key += c.toLower();
        }
    }
    return key;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(
        u"^\\s*(?:[-–—]\\s*)?(?:(?:page|p\\.|seite|pagina|página)\\s*)?(?:\\d{1,4}|[ivxlcdm]{1,7})(?:\\s*(?:/|of|von|de|sur)\\s*\\d{1,4})?(?:\\s*[-–—])?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

QList<Line> pageLines(Poppler::Page *page)
{
    QList<Line> lines;
    const auto boxes = page->textList();
    Line current;
    const Poppler::TextBox *previous = nullptr;
    for (const auto &box : boxes) {
        const bool sameLine = previous && previous->nextWord() == box.get();
        if (!sameLine && !current.text.isEmpty()) {
            lines.append(current);
            current = Line();
        }
        if (sameLine && previous->hasSpaceAfter())
            current.text += u' ';
        current.text += box->text();
        current.box = current.box.isNull() ? box->boundingBox() : current.box.united(box->boundingBox());
        previous = box.get();
    }
    if (!current.text.isEmpty())
        lines.append(current);
    // Pieces of one visual line that Poppler did not link (a bullet and its text, a run after a tab stop)
    // are joined: they sit on the same baseline, one after the other.
    QList<Line> merged;
    for (const Line &line : std::as_const(lines)) {
        if (!merged.isEmpty()) {
            Line &prev = merged.last();
            const double h = std::max(1.0, std::min(prev.box.height(), line.box.height()));
            if (std::abs(prev.box.center().y() - line.box.center().y()) < h * 0.4
                && line.box.left() >= prev.box.right() - 1 && line.box.left() - prev.box.right() < h * 4) {
                prev.text += u' ' + line.text;
                prev.box = prev.box.united(line.box);
                continue;
            }
        }
        merged.append(line);
    }
    lines = merged;
    for (Line &line : lines) {
        line.text = expandLigatures(simplifyWhitespace(line.text));
        line.hyphenEnd = line.text.size() > 1 && (line.text.endsWith(u'-') || line.text.endsWith(QChar(0x00AD)))
                         && line.text.at(line.text.size() - 2).isLetter();
    }
    lines.removeIf([](const Line &l) { return l.text.isEmpty(); });
    return lines;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Appends `next` to a paragraph, removing a line-end hyphen before a lower-case continuation.
void joinLine(QString &paragraph, const QString &next, bool hyphenEnd)
{
    if (paragraph.isEmpty()) {
        paragraph = next;
        return;
    }
    if (hyphenEnd && !next.isEmpty() && next.at(0).isLower()) {
        paragraph.chop(1);
        paragraph += next;
        return;
    }
    paragraph += u' ';
    paragraph += next;
}

// A line that starts a list item: a bullet, or "1." / "a)" followed by text.
bool startsListItem(const QString &text)
{
    static const QRegularExpression re(u"^(?:[•◦▪▫●○■□‣⁃∙·\\-–*]\\s+\\S|(?:\\d{1,2}|[a-z])[.)]\\s+[A-Za-z])"_s);
    return re.match(text).hasMatch();
}

bool endsSentence(const QString &text)
{
    static const QRegularExpression re(u"[.!?:;…\"”’)\\]]$"_s);
    return re.match(text).hasMatch();
}

struct PageText {
    QList<Line> lines;
    QSizeF size;
};

// The lines of every page, with the page size; fails only when cancelled.
Result<QList<PageText>> readPages(Poppler::Document &document, const ImportOptions &options)
{
    const int pageCount = document.numPages();
    QList<PageText> pages;
    for (int p = 0; p < pageCount; ++p) {
        if (isCancelled(options))
            return std::unexpected(cancelledError());
        std::unique_ptr<Poppler::Page> page = document.page(p);
        if (!page) {
            pages.append(PageText());
            continue;
        }
        pages.append(PageText{pageLines(page.get()), page->pageSizeF()});
        if (options.progress)
            options.progress(0.8 * (p + 1) / pageCount);
    }
    return pages;
}

// A line near the top or bottom edge of its page; `footer` tells which.
bool isEdgeLine(const Line &line, const QSizeF &pageSize, bool *footer)
{
    const double h = pageSize.height();
    if (h <= 0)
        return false;
    const bool top = line.box.bottom() < h * 0.12;
    const bool bottom = line.box.top() > h * 0.88;
    if (footer)
        *footer = bottom;
    return top || bottom;
}

// On how many pages each edge line (digits folded) appears: running headers and footers recur.
QHash<QString, int> countEdgeLines(const QList<PageText> &pages)
{
    QHash<QString, int> edgeCounts;
    for (const PageText &page : pages) {
        QSet<QString> seen;
        for (const Line &line : page.lines) {
            if (isEdgeLine(line, page.size, nullptr))
                seen.insert(edgeKey(line.text));
        }
        for (const QString &k : std::as_const(seen))
            ++edgeCounts[k];
    }
    return edgeCounts;
}

// Paragraphs, headings and list items of one page's body lines, from their geometry.
QList<Item> bodyParagraphs(const QList<Line> &bodyLines, int pageNumber, double bodyHeight)
{
    QList<Item> body;
    QList<double> gaps;
    for (qsizetype i = 1; i < bodyLines.size(); ++i) {
        const double gap = bodyLines.at(i).box.top() - bodyLines.at(i - 1).box.bottom();
        if (gap >= -1)
            gaps.append(gap);
    }
    const double usualGap = gaps.isEmpty() ? 0 : median(gaps);
    QList<double> widths;
    for (const Line &line : bodyLines)
        widths.append(line.box.width());
    const double usualWidth = median(widths);
    QString paragraph;
    bool paragraphIsItem = false;
    bool lastHyphen = false;
    double paragraphHeight = 0;
    int paragraphLines = 0;
    auto flush = [&] {
        if (paragraph.isEmpty())
            return;
        Item item{paragraphIsItem ? BlockKind::ListItem : BlockKind::Paragraph,
                  paragraph,
                  pageNumber,
                  paragraphIsItem ? 1 : 0,
                  false,
                  false};
        // Short text set clearly larger than the body reads as a heading.
        if (bodyHeight > 0 && paragraphLines <= 3 && paragraphHeight / paragraphLines > bodyHeight * 1.25
            && paragraph.size() < 200)
            item = Item{BlockKind::Heading,
                        paragraph,
                        pageNumber,
                        paragraphHeight / paragraphLines > bodyHeight * 1.6 ? 1 : 2,
                        false,
                        false};
        body.append(item);
        paragraph.clear();
        paragraphHeight = 0;
        paragraphLines = 0;
    };
    for (qsizetype i = 0; i < bodyLines.size(); ++i) {
        const Line &line = bodyLines.at(i);
        if (i > 0) {
            const Line &prev = bodyLines.at(i - 1);
            const double gap = line.box.top() - prev.box.bottom();
            const double lineHeight = std::max(1.0, std::min(prev.box.height(), line.box.height()));
            bool breakHere = false;
            if (gap > std::max(usualGap * 1.8, usualGap + lineHeight * 0.5))
                breakHere = true; // blank space between paragraphs
            else if (gap < -lineHeight * 2)
                breakHere = true; // back up: a new column
            else if (std::abs(line.box.height() - prev.box.height()) > lineHeight * 0.3)
                breakHere = true; // a change of type size
            else if (line.box.left() > prev.box.left() + lineHeight * 0.8
                     && line.box.left() < prev.box.left() + usualWidth * 0.3 && endsSentence(prev.text))
                breakHere = true; // first-line indent
            else if (prev.box.width() < usualWidth * 0.7 && endsSentence(prev.text))
                breakHere = true; // a short last line
            else if (bodyHeight > 0 && prev.box.height() > bodyHeight * 1.25 && prev.box.width() < usualWidth * 0.7)
                breakHere = true; // a short heading line
            else if (startsListItem(line.text))
                breakHere = true; // a bullet or numbered item
            if (breakHere) {
                flush();
                lastHyphen = false;
            }
        }
        if (paragraph.isEmpty())
            paragraphIsItem = startsListItem(line.text);
        joinLine(paragraph, line.text, lastHyphen);
        lastHyphen = line.hyphenEnd;
        paragraphHeight += line.box.height();
        ++paragraphLines;
    }
    flush();
    return body;
}

// Appends a page: its header blocks, body and footer blocks. A paragraph running over from the previous page
// is joined, and that page break's header blocks follow it.
void appendPage(QList<Item> &items, QList<Item> headers, QList<Item> body, const QList<Item> &footers)
{
    if (!body.isEmpty() && body.first().kind == BlockKind::Paragraph && !body.first().text.isEmpty()
        && body.first().text.at(0).isLower()) {
        qsizetype last = items.size() - 1;
        while (last >= 0 && items.at(last).edge)
            --last;
        if (last >= 0 && items.at(last).kind == BlockKind::Paragraph && !endsSentence(items.at(last).text)) {
            const bool hyphen = items.at(last).text.endsWith(u'-');
            joinLine(items[last].text, body.first().text, hyphen);
            body.removeFirst();
            items += headers;
            headers.clear();
        }
    }
    items += headers;
    items += body;
    items += footers;
}

// The blocks of all pages in reading order: running headers, footers and page numbers become Boilerplate.
QList<Item> layoutPages(const QList<PageText> &pages)
{
    const int pageCount = int(pages.size());
    const QHash<QString, int> edgeCounts = countEdgeLines(pages);
    const int repeatThreshold = std::max(2, (pageCount + 1) / 2);
    QList<double> allHeights;
    for (const PageText &page : pages)
        for (const Line &line : page.lines)
            allHeights.append(line.box.height());
    const double bodyHeight = median(allHeights);
    QList<Item> items;
    for (int p = 0; p < pageCount; ++p) {
        QList<Item> headers, footers;
        QList<Line> bodyLines;
        for (const Line &line : pages.at(p).lines) {
            bool footer = false;
            const bool repeated = pageCount > 1 && edgeCounts.value(edgeKey(line.text)) >= repeatThreshold;
            if (isEdgeLine(line, pages.at(p).size, &footer) && (isPageNumber(line.text) || repeated)) {
                Item item{BlockKind::Boilerplate, line.text, p + 1, 0, true, footer};
                (footer ? footers : headers).append(item);
                continue;
            }
            bodyLines.append(line);
        }
        appendPage(items, headers, bodyParagraphs(bodyLines, p + 1, bodyHeight), footers);
    }
    return items;
}

} // namespace

int PdfFormat::sniff(const QByteArray &bytes) const
{
    if (bytes.startsWith("%PDF-"))
        return kCertain;
    // The header may be preceded by a little junk; readers accept it within the first 1024 bytes.
    return bytes.left(1024).contains("%PDF-") ? kLikely : kNotThisFormat;
}

QString PdfFormat::notThisFormatMessage(const QString &name, const QString &looksLike) const
{
    return u"%1 is not a PDF%2: it does not start with the %PDF- header. Check that the file is "
           "complete, or rename it to its real type."_s.arg(name, looksLike.isEmpty()
                                                                      ? QString()
                                                                      : u" (it looks like %1)"_s.arg(looksLike));
}

Result<ImportedDocument> PdfFormat::read(const QByteArray &bytes, const ReadContext &context) const
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
    const Result<QList<PageText>> pages = readPages(*doc, context.options);
    if (!pages)
        return std::unexpected(pages.error());
    const bool anyText = std::ranges::any_of(*pages, [](const PageText &page) { return !page.lines.isEmpty(); });
    if (!anyText)
        return failure(Error::Kind::BadInput,
                       u"%1 has no text layer: its pages are images (a scan?). Run it through OCR first, "
                       "then import the result."_s.arg(subject));

    DocumentBuilder builder;
    for (const Item &item : layoutPages(*pages))
        builder.add(item.kind, item.text, item.level, item.page);
    ImportedDocument document;
    builder.finish(document);
    document.meta.title = simplifyWhitespace(doc->info(u"Title"_s));
    document.meta.author = simplifyWhitespace(doc->info(u"Author"_s));
    const QDateTime created = doc->creationDate();
    if (created.isValid())
        document.meta.published = created.toString(Qt::ISODate);
    document.format = id();
    return document;
}

} // namespace marginalia
