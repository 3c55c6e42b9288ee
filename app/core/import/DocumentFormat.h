#pragma once

#include "core/import/Importer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace marginalia {

// What a format's reader gets besides the bytes.
struct ReadContext {
    const ImportOptions &options;
    // The file's name for messages ("report.pdf"); empty when the bytes came without a file.
    QString fileName;
};

// One importable document format (plain text, Markdown, HTML, PDF...). The formats are listed in
// FormatRegistry, which every place that asks "which formats exist" uses: the import detection, the file
// dialog, the command line help.
class DocumentFormat
{
public:
    // Sniffing confidence: 0 means "not this format"; the most confident format wins.
    static constexpr int kNotThisFormat = 0;
    static constexpr int kFallback = 1;   // any text will do (plain text)
    static constexpr int kLikely = 50;    // typical markup found
    static constexpr int kStrong = 80;    // the format's own declaration (<!DOCTYPE html>)
    static constexpr int kCertain = 100;  // the file starts with the format's signature (%PDF-)

    virtual ~DocumentFormat() = default;

    // Short stable id stored with every document ("txt", "md", "html", "pdf").
    virtual QString id() const = 0;
    // The name as it reads inside a sentence ("plain text", "Markdown"), untranslated and marked with
    // QT_TRANSLATE_NOOP("DocumentFormat", ...); displayName() is the translated form.
    virtual const char *sourceName() const = 0;
    QString displayName() const;
    virtual QStringList mimeTypes() const = 0;
    // Lower-case file name extensions without the dot, the usual one first ("md", "markdown").
    virtual QStringList extensions() const = 0;
    // Binary formats are recognised by their signature and skip the checks for text (binary data, white
    // space only); text formats get those checks before they read.
    virtual bool isBinary() const { return false; }
    // How sure the format is that `bytes` (the whole input) is in it; see the constants above.
    virtual int sniff(const QByteArray &bytes) const = 0;
    // Turns the bytes (already checked for size and emptiness) into text, typed blocks and metadata.
    virtual Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &context) const = 0;

    // The message when a binary format was asked for but the bytes lack its signature; `looksLike` names
    // what they seem to be ("a PNG image") or is empty.
    virtual QString notThisFormatMessage(const QString &name, const QString &looksLike) const;
    // The message when reading gave no blocks at all.
    virtual QString nothingReadMessage(const QString &name) const;
};

using FormatPointer = std::shared_ptr<const DocumentFormat>;

} // namespace marginalia
