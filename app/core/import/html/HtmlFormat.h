#pragma once

#include "core/import/DocumentFormat.h"

namespace marginalia {

// HTML in reader mode: the article region is read, page chrome outside it is not imported.
class HtmlFormat final : public DocumentFormat
{
public:
    QString id() const override;
    const char *sourceName() const override;
    QStringList mimeTypes() const override;
    QStringList extensions() const override;
    int sniff(const QByteArray &bytes) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &context) const override;
    QString nothingReadMessage(const QString &name) const override;
};

FormatPointer makeHtmlFormat();

} // namespace marginalia
