// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/office/ZipDocumentFormat.h"

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::office {

std::function<int(const QByteArray &bytes)> mimetypeSniff(const QByteArray &mimeType)
{
    return [mimeType](const QByteArray &bytes) {
        return startsWithMimetype(bytes, mimeType) ? DocumentFormat::kCertain : DocumentFormat::kNotThisFormat;
    };
}

FormatPointer makeZipDocumentFormat(FormatDescription description, ZipFormatParts parts)
{
    description.binary = true;
    FormatFunctions functions;
    functions.sniff = parts.sniff;
    functions.notThisFormatMessage = [parts](const QString &name, const QString &looksLike) {
        return notThisPackageMessage(name, parts.whatItIs, looksLike, parts.advice);
    };
    functions.nothingReadMessage = [parts](const QString &name) { return parts.nothingRead.arg(name); };
    functions.read = [parts](const QByteArray &bytes, const ReadContext &context) -> Result<ImportedDocument> {
        if (parts.refuse) {
            if (std::optional<Error> refusal = parts.refuse(bytes, context.fileName))
                return std::unexpected(*refusal);
        }
        auto opened = OfficePackage::open(bytes, context.fileName, parts.kindName, parts.advice);
        if (!opened)
            return std::unexpected(opened.error());
        return parts.readPackage(**opened, context);
    };
    return makeFormat(std::move(description), std::move(functions));
}

Result<DocumentBuilder> startWithBody(const QList<BodyItem> &items, const ImportOptions &options)
{
    if (isCancelled(options))
        return std::unexpected(cancelledError());
    DocumentBuilder builder;
    for (const BodyItem &item : items)
        builder.add(item.kind, item.text, item.level);
    return builder;
}

ImportedDocument finishDocument(DocumentBuilder &builder, DocumentMetadata meta, const QString &defaultLanguage)
{
    ImportedDocument document;
    document.meta = std::move(meta);
    if (document.meta.language.isEmpty())
        document.meta.language = defaultLanguage;
    builder.finish(document);
    return document;
}

} // namespace marginalia::importdetail::office
