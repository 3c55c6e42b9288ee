#include "core/import/DocumentFormat.h"
#include "core/import/ImportUtil.h"
#include "core/text/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace importdetail;

namespace {

// Plain text: paragraphs are separated by blank lines; a short first line on its own reads as the title.
class PlainTextFormat final : public DocumentFormat {
public:
    PlainTextFormat()
        : DocumentFormat(
              {u"txt"_s, QT_TRANSLATE_NOOP("DocumentFormat", "plain text"), {u"text/plain"_s}, {u"txt"_s, u"text"_s}})
    {
    }
    int sniff(const QByteArray &) const override { return kFallback; } // any text reads as plain text
    Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &context) const override;
};

} // namespace

FormatPointer makePlainTextFormat()
{
    return std::make_shared<PlainTextFormat>();
}

Result<ImportedDocument> PlainTextFormat::read(const QByteArray &bytes, const ReadContext &context) const
{
    const QString text = normalizeText(decodeText(bytes));
    DocumentBuilder builder;
    const QStringList lines = text.split(u'\n');
    QStringList paragraph;
    int paragraphs = 0;
    bool firstIsTitle = false;
    auto flush = [&] {
        if (paragraph.isEmpty())
            return;
        const QString body = paragraph.join(u'\n');
        paragraph.clear();
        if (body.trimmed().isEmpty())
            return;
        BlockKind kind = BlockKind::Paragraph;
        if (paragraphs == 0 && firstIsTitle)
            kind = BlockKind::Heading;
        builder.add(kind, body, kind == BlockKind::Heading ? 1 : 0);
        ++paragraphs;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            if (paragraphs == 0 && paragraph.size() == 1) {
                // A short first line on its own, without closing punctuation, reads as a title.
                const QString first = paragraph.first().trimmed();
                static const QRegularExpression sentenceEnd(u"[.,;:!?]$"_s);
                firstIsTitle = first.size() <= 120 && !sentenceEnd.match(first).hasMatch();
            }
            flush();
            continue;
        }
        paragraph.append(line);
        if ((i & 0xfff) == 0 && isCancelled(context.options))
            return std::unexpected(cancelledError());
    }
    flush();
    ImportedDocument document;
    // A lone "title" with nothing after it is just a paragraph.
    builder.finish(document);
    if (document.blocks.size() == 1 && document.blocks.first().kind == BlockKind::Heading) {
        document.blocks.first().kind = BlockKind::Paragraph;
        document.blocks.first().level = 0;
    }
    document.format = id();
    return document;
}

} // namespace marginalia
