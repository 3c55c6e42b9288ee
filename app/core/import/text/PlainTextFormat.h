#pragma once

#include "core/import/DocumentFormat.h"

namespace marginalia {

// Plain text: paragraphs are separated by blank lines; a short first line on its own reads as the title.
class PlainTextFormat final : public DocumentFormat
{
public:
    QString id() const override;
    const char *sourceName() const override;
    QStringList mimeTypes() const override;
    QStringList extensions() const override;
    int sniff(const QByteArray &bytes) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &context) const override;
};

FormatPointer makePlainTextFormat();

} // namespace marginalia
