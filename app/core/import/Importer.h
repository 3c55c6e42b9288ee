#pragma once

#include "core/Document.h"
#include "core/Error.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace marginalia {

struct ImportOptions {
    qint64 maxBytes = 100LL * 1024 * 1024;
    // Called now and then with a fraction 0..1; may be empty.
    std::function<void(double)> progress;
    // Set from another thread to stop; the import then fails with Error::Kind::Cancelled.
    const std::atomic<bool> *cancelled = nullptr;
};

// Reads a file and turns it into normalized text with typed blocks and metadata. The format comes from the
// extension (.txt .text .md .markdown .html .htm .xhtml .pdf) and, failing that, from the content.
// Fails with a message a person can act on for a missing path, a folder, an empty, binary or too large file.
Result<ImportedDocument> importFile(const QString &path, const ImportOptions &options = {});

// The same from bytes already read; `format` is "txt", "md", "html" or "pdf".
Result<ImportedDocument> importBytes(const QByteArray &bytes, const QString &format, const QString &sourcePath,
                                     const ImportOptions &options = {});

// Per-format importers (bytes already checked for size and emptiness).
Result<ImportedDocument> importPlainText(const QByteArray &bytes, const ImportOptions &options);
Result<ImportedDocument> importMarkdown(const QByteArray &bytes, const ImportOptions &options);
Result<ImportedDocument> importHtml(const QByteArray &bytes, const ImportOptions &options);
Result<ImportedDocument> importPdf(const QByteArray &bytes, const ImportOptions &options);

// Decodes text bytes: BOM (UTF-8/UTF-16LE/BE), else UTF-8 if valid, else Windows-1252.
QString decodeText(const QByteArray &bytes);

// Marks repeated blocks (exact after normalisation, or word 5-gram Jaccard >= 0.9) as Duplicate with
// duplicateOf, and boilerplate (subscription pleas, ads, share prompts, cookie notices...) as Boilerplate.
// Blocks the user has set (userKind) are left alone.
void classifyBlocks(ImportedDocument &document);

} // namespace marginalia
