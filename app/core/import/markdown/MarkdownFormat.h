#pragma once

#include "core/import/DocumentFormat.h"

namespace marginalia {

// Markdown (CommonMark + GitHub tables) with md4c; YAML front matter fills the metadata.
class MarkdownFormat final : public DocumentFormat
{
public:
    QString id() const override;
    const char *sourceName() const override;
    QStringList mimeTypes() const override;
    QStringList extensions() const override;
    int sniff(const QByteArray &bytes) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &context) const override;
};

FormatPointer makeMarkdownFormat();

} // namespace marginalia
