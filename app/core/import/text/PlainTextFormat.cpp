// Plain text. The line discipline (one paragraph per line, blank lines between paragraphs, hard-wrapped
// paragraphs, or a mixture decided run by run) is found per file by LineDiscipline; headings and the title are
// recognised by their shape (TextHeadings). Decoding and normalisation take one pass over the text, and the
// paragraphs go into the document without being normalised again, so that a 100 MB file imports quickly.

#include "core/import/Decoding.h"
#include "core/import/DocumentFormat.h"
#include "core/import/ImportUtil.h"
#include "core/import/text/LineDiscipline.h"
#include "core/import/text/TextHeadings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace importdetail;

namespace {

Result<ImportedDocument> readPlainText(const QByteArray &bytes, const ReadContext &context)
{
    ImportedDocument document;
    DocumentBuilder builder;
    {
        const QString text = decodeNormalizedText(bytes);
        const QList<QStringView> lines = splitLines(text);
        const QList<TextParagraph> paragraphs = splitParagraphs(lines, detectLineLayout(lines));
        builder.reserve(text.size() + paragraphs.size());
        QString current = paragraphs.isEmpty() ? QString() : paragraphText(lines, paragraphs.first());
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            if ((i & 0xfff) == 0xfff && isCancelled(context.options))
                return std::unexpected(cancelledError());
            QString next = i + 1 < paragraphs.size() ? paragraphText(lines, paragraphs.at(i + 1)) : QString();
            // A lone "title" with nothing after it is just a paragraph.
            const HeadingShape heading = i == 0 ? (paragraphs.size() > 1 ? titleShape(current) : HeadingShape())
                                                : headingShape(current, next);
            if (heading.level > 0)
                builder.addNormalized(BlockKind::Heading, QStringView(current).mid(heading.markerLength),
                                      heading.level);
            else
                builder.addNormalized(BlockKind::Paragraph, current);
            current = std::move(next);
        }
    }
    builder.finish(document);
    return document;
}

} // namespace

FormatPointer makePlainTextFormat()
{
    return makeFormat(
        {u"txt"_s, QT_TRANSLATE_NOOP("DocumentFormat", "plain text"), {u"text/plain"_s}, {u"txt"_s, u"text"_s}},
        {[](const QByteArray &) { return DocumentFormat::kFallback; }, // any text reads as plain text
         readPlainText});
}

} // namespace marginalia
