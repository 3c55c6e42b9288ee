// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the Word, OpenDocument text and EPUB formats share: each is a ZIP package, opened with OfficePackage's
// limits before the format reads its parts, named the same way in messages, and read into blocks the same way.

#include "core/import/DocumentFormat.h"
#include "core/import/ImportUtil.h"
#include "core/import/office/OfficePackage.h"
#include "core/import/office/OfficeXml.h"

#include <optional>

namespace marginalia::importdetail::office {

// The parts of one ZIP-packaged format.
struct ZipFormatParts {
    QString kindName;    // what the file should be, inside a sentence ("Word document")
    QString whatItIs;    // the same with its article ("a Word document"), for "<name> is not <whatItIs>"
    QString advice;      // what to do about a damaged file, or one that is no such package
    QString nothingRead; // when no text was read; %1 is the file's name
    std::function<int(const QByteArray &bytes)> sniff;
    // Files that sniff() claims but the format refuses before opening (Word's .doc): the error saying what
    // to do, or nothing. Optional.
    std::function<std::optional<Error>(const QByteArray &bytes, const QString &name)> refuse;
    // Reads the opened package into text, blocks and metadata.
    std::function<Result<ImportedDocument>(OfficePackage &package, const ReadContext &context)> readPackage;
};

// A sniff for packages whose first member is "mimetype" holding `mimeType` (OpenDocument, EPUB): certain or no.
std::function<int(const QByteArray &bytes)> mimetypeSniff(const QByteArray &mimeType);

// The format (always binary: recognised by its signature).
FormatPointer makeZipDocumentFormat(FormatDescription description, ZipFormatParts parts);

// A document's blocks begun with its body's items; fails when the import was cancelled while the body was
// read (the long step).
Result<DocumentBuilder> startWithBody(const QList<BodyItem> &items, const ImportOptions &options);
// The document made of `builder`'s blocks and `meta`, whose language falls back to `defaultLanguage` (the
// styles' default) when the metadata names none.
ImportedDocument finishDocument(DocumentBuilder &builder, DocumentMetadata meta, const QString &defaultLanguage = {});

} // namespace marginalia::importdetail::office
