// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Plain text. The line discipline (one paragraph per line, blank lines between paragraphs, hard-wrapped
// paragraphs, or a mixture decided run by run) is found per file by LineDiscipline; headings and the title are
// recognised by their shape (TextHeadings). Decoding and normalisation take one pass over the text, the bytes
// are freed once decoded, and the document text is assembled from the decoded lines in the same buffer
// (InPlaceText), so that a 100 MB file imports quickly and is never held twice.

#include "core/import/Decoding.h"
#include "core/import/DocumentFormat.h"
#include "core/import/ImportUtil.h"
#include "core/import/text/InPlaceText.h"
#include "core/import/text/LineDiscipline.h"
#include "core/import/text/TextHeadings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace importdetail;

namespace {

class PlainTextFormat final : public DocumentFormat {
public:
    PlainTextFormat()
        : DocumentFormat(
              {u"txt"_s, QT_TRANSLATE_NOOP("DocumentFormat", "plain text"), {u"text/plain"_s}, {u"txt"_s, u"text"_s}})
    {
    }
    int sniff(const QByteArray &) const override { return kFallback; } // any text reads as plain text
    Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &context) const override
    {
        return readOwned(bytes, context);
    }
    Result<ImportedDocument> readOwned(QByteArray bytes, const ReadContext &context) const override;
};

// Code points as DocumentBuilder counts them: a low surrogate after a high one is not counted.
int countCodePoints(QStringView text)
{
    int count = int(text.size());
    for (qsizetype i = 1; i < text.size(); ++i)
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            --count;
    return count;
}

// A paragraph's text as a view: of its one line, or of `storage` when its lines are joined.
QStringView paragraphView(const QList<QStringView> &lines, const TextParagraph &paragraph,
                          QList<ParagraphPiece> &pieces, QString &storage)
{
    paragraphPieces(lines, paragraph, pieces);
    if (pieces.size() == 1)
        return pieces.first().text;
    storage.clear();
    for (const ParagraphPiece &piece : std::as_const(pieces)) {
        storage += piece.separator;
        storage += piece.text;
    }
    return storage;
}

} // namespace

FormatPointer makePlainTextFormat()
{
    return std::make_shared<PlainTextFormat>();
}

Result<ImportedDocument> PlainTextFormat::readOwned(QByteArray bytes, const ReadContext &context) const
{
    ImportedDocument document;
    QString text = decodeNormalizedText(bytes);
    bytes = QByteArray(); // the caller's copy, if any, stays; importFile hands its only one over
    InPlaceText assembly(text);
    {
        const QList<QStringView> lines = splitLines(text);
        const QList<TextParagraph> paragraphs = splitParagraphs(lines, detectLineLayout(lines));
        document.blocks.reserve(paragraphs.size());
        QList<ParagraphPiece> pieces;
        QString currentStorage, nextStorage;
        QStringView current = paragraphs.isEmpty() ? QStringView()
                                                   : paragraphView(lines, paragraphs.first(), pieces, currentStorage);
        int codePoints = 0;
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            if ((i & 0xfff) == 0xfff && isCancelled(context.options))
                return std::unexpected(cancelledError());
            const QStringView next = i + 1 < paragraphs.size()
                                         ? paragraphView(lines, paragraphs.at(i + 1), pieces, nextStorage)
                                         : QStringView();
            // A lone "title" with nothing after it is just a paragraph.
            const HeadingShape heading = i == 0 ? (paragraphs.size() > 1 ? titleShape(current) : HeadingShape())
                                                : headingShape(current, next);
            Block block;
            block.kind = heading.level > 0 ? BlockKind::Heading : BlockKind::Paragraph;
            block.level = heading.level;
            paragraphPieces(lines, paragraphs.at(i), pieces);
            for (qsizetype k = 0; k < pieces.size(); ++k) {
                // The first piece follows the blank line between blocks and loses a heading's "## " marker
                // (always inside the first line).
                const QStringView piece = pieces.at(k).text;
                const QStringView kept = k > 0 ? piece : piece.sliced(std::min(heading.markerLength, piece.size()));
                const QStringView separator = k > 0 ? pieces.at(k).separator : QStringView(i > 0 ? u"\n\n" : u"");
                assembly.append(kept.data() - text.constData(), kept.size(), separator);
                codePoints += int(separator.size());
                if (k == 0)
                    block.start = codePoints;
                codePoints += countCodePoints(kept);
            }
            block.end = codePoints;
            document.blocks.append(block);
            std::swap(currentStorage, nextStorage); // `next` may view nextStorage's buffer, which moves along
            current = next;
        }
    }
    assembly.finish();
    document.text = std::move(text);
    document.format = id();
    return document;
}

} // namespace marginalia
