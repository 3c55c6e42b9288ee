// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Document.h"
#include "core/model/Error.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

// Import decisions worth knowing (details at the top of each format's .cpp; the formats are listed in
// FormatRegistry, one folder each: text/, markdown/, html/, pdf/):
// - Text: normalizeText (LF, NFC, no controls); blocks never contain blank lines except code blocks.
// - Plain text (text/): the line discipline per file and per run of lines (one paragraph per line, blank lines,
//   hard-wrapped paragraphs joined back) in text/LineDiscipline.h; headings and the title by shape in
//   text/TextHeadings.h; a document without a title is named after its file ("field_notes.txt" -> "field notes").
// - HTML (html/HtmlFormat.cpp): reader mode after Mozilla Readability; page chrome outside the chosen article
//   region (menus, sidebars, footers, comments) is not imported at all; boilerplate inside the region stays
//   and is marked. Encoding: BOM, <meta charset>/XML declaration, UTF-8, windows-1252 (valid multi-byte
//   UTF-8 wins over a stale legacy declaration, as in pages re-saved by browsers). Nesting deeper than
//   400 elements is flattened before parsing so hostile markup cannot make the parser quadratic.
// - PDF (pdf/PdfFormat.cpp): running headers/footers and page numbers are kept as Boilerplate blocks at the
//   start/end of their page, so the content text reads without them; paragraphs run across pages.
// - classifyBlocks (Classify.cpp): duplicates need 7+ words (or 40+ characters), never code, tables or blocks
//   already typed furniture, contents, title or byline; the edges below start after a page's Title/Byline;
//   boilerplate: short blocks with a cue phrase anywhere, longer ones and postal addresses only in a run at the
//   start or end of the text (with the name lines of a sign-off), and short link-only furniture at the very
//   edges (HTML). The cues are data: resources/import/boilerplate-cues.txt plus the user's
//   boilerplate-cues.txt in the application data folder (ClassifyCues.h).
// - Markdown YAML front matter fills the metadata and stays in the text as a Boilerplate block.

namespace marginalia {

struct ImportOptions {
    qint64 maxBytes = 100LL * 1024 * 1024;
    // Called now and then with a fraction 0..1; may be empty.
    std::function<void(double)> progress;
    // Set from another thread to stop; the import then fails with Error::Kind::Cancelled.
    const std::atomic<bool> *cancelled = nullptr;
    // The longest one import may take, from the start of importBytes: a file made to slow readers down (or a
    // reader that loops) then fails with a message saying so, and nothing of it is stored. Zero: no limit.
    std::chrono::milliseconds timeLimit{std::chrono::seconds(60)};
    // Set by importBytes from timeLimit; the formats' loops stop when it has passed (importdetail::isCancelled).
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

// Reads a file and turns it into normalized text with typed blocks and metadata. The format comes from the
// extension (FormatRegistry::forPath) and, failing that, from the content (FormatRegistry::sniff); a
// binary format's signature wins over a text extension (a PDF saved as .txt).
// Fails with a message a person can act on for a missing path, a folder, an empty, binary or too large file,
// and for an import that takes longer than options.timeLimit.
Result<ImportedDocument> importFile(const QString &path, const ImportOptions &options = {});

// The same from bytes already read; `format` is a format id or extension ("txt", "md", "markdown", "pdf"),
// or empty to detect it from the content.
Result<ImportedDocument> importBytes(const QByteArray &bytes, const QString &format, const QString &sourcePath,
                                     const ImportOptions &options = {});

// Decodes text bytes: BOM (UTF-8/UTF-16LE/BE), else UTF-8 if valid, else Windows-1252.
QString decodeText(const QByteArray &bytes);

// Marks repeated blocks (exact after normalisation, or word 5-gram Jaccard >= 0.9) as Duplicate with
// duplicateOf, and boilerplate (subscription pleas, ads, share prompts, cookie notices...) as Boilerplate.
// Blocks the user has set (userKind) are left alone.
void classifyBlocks(ImportedDocument &document);

} // namespace marginalia
