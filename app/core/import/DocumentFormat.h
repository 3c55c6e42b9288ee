// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/import/Importer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace marginalia {

// What a format's reader gets besides the bytes.
struct ReadContext {
    const ImportOptions &options;
    // The file's name for messages ("report.pdf"); empty when the bytes came without a file.
    QString fileName;
};

// What a format is called and how files in it are recognised by name.
struct FormatDescription {
    QString id;             // short and stable, stored with every document ("txt", "md", "html", "pdf")
    const char *sourceName; // as it reads inside a sentence ("plain text"), QT_TRANSLATE_NOOP("DocumentFormat", ...)
    QStringList mimeTypes;
    QStringList extensions; // lower case, without the dot, the usual one first ("md", "markdown")
    // Binary formats are recognised by their signature and skip the checks for text (binary data, white
    // space only); text formats get those checks before they read.
    bool binary = false;
};

// One importable document format (plain text, Markdown, HTML, PDF...). The formats are listed in
// FormatRegistry, which every place that asks "which formats exist" uses: the import detection, the file
// dialog, the command line help. A format lives in its own folder (import/<format>/) and defines
// make<Name>Format() there.
class DocumentFormat {
public:
    // Sniffing confidence: 0 means "not this format"; the most confident format wins.
    static constexpr int kNotThisFormat = 0;
    static constexpr int kFallback = 1;   // any text will do (plain text)
    static constexpr int kLikely = 50;    // typical markup found
    static constexpr int kStrong = 80;    // the format's own declaration (<!DOCTYPE html>)
    static constexpr int kCertain = 100;  // the file starts with the format's signature (%PDF-)

    explicit DocumentFormat(FormatDescription description);
    virtual ~DocumentFormat() = default;

    QString id() const { return m_description.id; }
    const char *sourceName() const { return m_description.sourceName; }
    // The translated name.
    QString displayName() const;
    QStringList mimeTypes() const { return m_description.mimeTypes; }
    QStringList extensions() const { return m_description.extensions; }
    bool isBinary() const { return m_description.binary; }

    // How sure the format is that `bytes` (the whole input) is in it; see the constants above.
    virtual int sniff(const QByteArray &bytes) const = 0;
    // Turns the bytes (already checked for size and emptiness) into text, typed blocks and metadata.
    virtual Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &context) const = 0;
    // The same, owning the bytes: a reader that decodes them in one go may free them once decoded, so that a
    // large file is not held as bytes and as text at once. By default calls read().
    virtual Result<ImportedDocument> readOwned(QByteArray bytes, const ReadContext &context) const
    {
        return read(bytes, context);
    }

    // The message when a binary format was asked for but the bytes lack its signature; `looksLike` names
    // what they seem to be ("a PNG image") or is empty.
    virtual QString notThisFormatMessage(const QString &name, const QString &looksLike) const;
    // The message when reading gave no blocks at all.
    virtual QString nothingReadMessage(const QString &name) const;

private:
    FormatDescription m_description;
};

using FormatPointer = std::shared_ptr<const DocumentFormat>;

// A format as functions, for a format that keeps no state of its own: the built-in formats are written this
// way, with no class of their own. An empty message function keeps DocumentFormat's default message.
struct FormatFunctions {
    std::function<int(const QByteArray &bytes)> sniff;
    std::function<Result<ImportedDocument>(const QByteArray &bytes, const ReadContext &context)> read;
    std::function<QString(const QString &name, const QString &looksLike)> notThisFormatMessage;
    std::function<QString(const QString &name)> nothingReadMessage;
};
// The format made of `functions`; the document read is stamped with the format's id.
FormatPointer makeFormat(FormatDescription description, FormatFunctions functions);

} // namespace marginalia
