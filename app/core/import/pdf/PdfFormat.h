#pragma once

#include "core/import/DocumentFormat.h"

namespace marginalia {

// PDF with Poppler: paragraphs from the line geometry; running headers, footers and page numbers are kept
// as Boilerplate blocks.
class PdfFormat final : public DocumentFormat
{
public:
    QString id() const override;
    const char *sourceName() const override;
    QStringList mimeTypes() const override;
    QStringList extensions() const override;
    bool isBinary() const override { return true; }
    int sniff(const QByteArray &bytes) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &context) const override;
    QString notThisFormatMessage(const QString &name, const QString &looksLike) const override;
};

FormatPointer makePdfFormat();

} // namespace marginalia
