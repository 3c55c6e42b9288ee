// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/Importer.h"

#include "core/import/Decoding.h"
#include "core/import/FormatRegistry.h"
#include "core/import/ImportUtil.h"
#include "core/import/Sha256.h"
#include "core/store/OpenProjectFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

// Timings of the import steps: QT_LOGGING_RULES="marginalia.import.debug=true".
Q_LOGGING_CATEGORY(lcImport, "marginalia.import", QtWarningMsg)

namespace marginalia {

using namespace importdetail;

namespace {

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Which format reads the bytes, or why none can. `requestedName` is a format id or extension, or empty.
Result<FormatPointer> detectFormat(const QByteArray &bytes, const QString &requestedName, const QString &name)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    FormatPointer format = registry.byName(requestedName);
    // A binary format's signature wins over the name (a PDF saved as .txt), unless a text BOM says otherwise.
    if (!hasTextBom(bytes)) {
        if (FormatPointer binary = registry.sniff(bytes, true)) {
            const bool certain = binary->sniff(bytes) >= DocumentFormat::kCertain;
            if (requestedName.isEmpty() || format == binary || certain || looksBinary(bytes))
                format = binary;
        }
    }
    if (format && format->isBinary()) {
        if (format->sniff(bytes) == DocumentFormat::kNotThisFormat)
            return failure(Error::Kind::BadInput, format->notThisFormatMessage(name, binaryFormatName(bytes)));
        return format;
    }
    const QString kind = binaryFormatName(bytes);
    if (!kind.isEmpty() || looksBinary(bytes))
        return failure(Error::Kind::BadInput,
                       u"%1 is not a text document (it looks like %2). Marginalia imports %3 files."_s.arg(
                           name, kind.isEmpty() ? u"binary data"_s : kind, registry.formatNames()));
    if (onlyAsciiWhitespace(bytes))
        return failure(Error::Kind::BadInput, u"%1 contains only white space: there is no text to import."_s.arg(name));
    if (!format)
        format = registry.sniff(bytes, false);
    if (!format)
        return failure(Error::Kind::BadInput,
                       u"%1 is in no format Marginalia imports (%2)."_s.arg(name, registry.formatNames()));
    return format;
}

// Processor time, not wall-clock time: figures stay meaningful on a busy machine.
double cpuMilliseconds(std::clock_t from, std::clock_t to)
{
    return 1000.0 * double(to - from) / CLOCKS_PER_SEC;
}

// "field_notes_2024.txt" -> "field notes 2024": the title of a document that names none.
QString readableFileName(const QString &path)
{
    QString name = QFileInfo(path).completeBaseName();
    name.replace(u'_', u' ');
    return name;
}

// The options with the deadline of an import starting now (kept when the caller, importFile, set it already).
ImportOptions withDeadline(const ImportOptions &options)
{
    ImportOptions bounded = options;
    if (bounded.deadline == std::chrono::steady_clock::time_point::max() && bounded.timeLimit.count() > 0)
        bounded.deadline = std::chrono::steady_clock::now() + bounded.timeLimit;
    return bounded;
}

// Out of time, and not cancelled by the user (whose cancel says "cancelled", not "too slow").
bool timedOut(const ImportOptions &options)
{
    return std::chrono::steady_clock::now() > options.deadline
           && !(options.cancelled && options.cancelled->load(std::memory_order_relaxed));
}

std::unexpected<Error> timeLimitFailure(const QString &name, const ImportOptions &options)
{
    const QString seconds = QLocale::c().toString(double(options.timeLimit.count()) / 1000.0, 'g', 3);
    return failure(Error::Kind::BadInput,
                   u"%1 took longer than %2 s to import and was stopped; nothing of it was stored. The file may be "
                   u"damaged or made to slow readers down. If it is genuine, split it or allow more time "
                   u"(marginalia-cli import --import-timeout SECONDS)."_s.arg(name, seconds));
}

// Why an import stopped early: the user cancelled, or the time ran out.
std::unexpected<Error> stoppedFailure(const QString &name, const ImportOptions &options)
{
    return timedOut(options) ? timeLimitFailure(name, options) : std::unexpected(cancelledError());
}

// importBytes with the bytes owned, so that a reader may free them once it has decoded them.
Result<ImportedDocument> importOwnedBytes(QByteArray bytes, const QString &requestedFormat, const QString &sourcePath,
                                          const ImportOptions &callerOptions)
{
    const ImportOptions options = withDeadline(callerOptions);
    const QString name = sourcePath.isEmpty() ? u"The input"_s : QFileInfo(sourcePath).fileName();
    if (bytes.size() > options.maxBytes)
        return failure(Error::Kind::BadInput,
                       u"%1 is %2, larger than the import limit of %3. Split it or save a smaller version."_s.arg(
                           name, humanSize(bytes.size()), humanSize(options.maxBytes)));
    if (bytes.isEmpty())
        return failure(Error::Kind::BadInput, u"%1 is empty (0 bytes): there is nothing to import."_s.arg(name));
    const Result<FormatPointer> format = detectFormat(bytes, requestedFormat.toLower(), name);
    if (!format)
        return std::unexpected(format.error());
    if (isCancelled(options))
        return stoppedFailure(name, options);

    const std::clock_t readStart = std::clock();
    // Hashed before reading: the reader may free the bytes.
    QString contentHash = sha256Hex(bytes);
    Result<ImportedDocument> result =
        (*format)->readOwned(std::move(bytes), ReadContext{options, sourcePath.isEmpty() ? QString() : name});
    if (!result)
        return result.error().kind == Error::Kind::Cancelled ? stoppedFailure(name, options) : result;
    ImportedDocument &document = *result;
    if (document.blocks.isEmpty())
        return failure(Error::Kind::BadInput, (*format)->nothingReadMessage(name));
    document.format = (*format)->id();
    document.contentHash = std::move(contentHash);
    document.sourcePath = sourcePath;
    if (document.meta.title.trimmed().isEmpty())
        document.meta.title = firstHeading(document);
    if (document.meta.title.trimmed().isEmpty() && !sourcePath.isEmpty())
        document.meta.title = readableFileName(sourcePath);
    document.meta.title = simplifyWhitespace(document.meta.title);
    const std::clock_t classifyStart = std::clock();
    classifyBlocks(document);
    if (timedOut(options))
        return timeLimitFailure(name, options);
    qCDebug(lcImport, "read: %.0f ms CPU, classify: %.0f ms CPU", cpuMilliseconds(readStart, classifyStart),
            cpuMilliseconds(classifyStart, std::clock()));
    if (options.progress)
        options.progress(1.0);
    return result;
}

} // namespace

Result<ImportedDocument> importBytes(const QByteArray &bytes, const QString &requestedFormat, const QString &sourcePath,
                                     const ImportOptions &options)
{
    return importOwnedBytes(bytes, requestedFormat, sourcePath, options);
}

Result<ImportedDocument> importFile(const QString &path, const ImportOptions &callerOptions)
{
    const ImportOptions options = withDeadline(callerOptions); // reading the file counts too
    if (path.trimmed().isEmpty())
        return failure(Error::Kind::BadInput, u"No file was given to import."_s);
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!info.exists())
        return failure(Error::Kind::NotFound,
                       u"%1 does not exist. Check the spelling of the path and that the file was not moved."_s.arg(
                           QDir::toNativeSeparators(absolute)));
    if (info.isDir())
        return failure(Error::Kind::BadInput, u"%1 is a folder, not a file. Choose a document inside it."_s.arg(
                                                  QDir::toNativeSeparators(absolute)));
    if (!info.isFile())
        return failure(Error::Kind::BadInput,
                       u"%1 is not a regular file (a device, socket or pipe). Save the document to a file first."_s.arg(
                           QDir::toNativeSeparators(absolute)));
    if (auto outside = OpenProjectFiles::checkOutside(absolute); !outside)
        return std::unexpected(outside.error());
    if (info.size() > options.maxBytes)
        return failure(Error::Kind::BadInput,
                       u"%1 is %2, larger than the import limit of %3. Split it or save a smaller version."_s.arg(
                           info.fileName(), humanSize(info.size()), humanSize(options.maxBytes)));
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Io, u"%1 cannot be read: %2. Check that you have permission to read it."_s.arg(
                                            QDir::toNativeSeparators(absolute), file.errorString()));
    // Read straight into one buffer of the file's size: no chunk copies, no growth past it.
    QByteArray bytes;
    bytes.reserve(info.size());
    {
        // Read in chunks so a large file can be cancelled, and never past the limit.
        const qint64 chunk = 4 * 1024 * 1024;
        while (!file.atEnd()) {
            if (isCancelled(options))
                return stoppedFailure(info.fileName(), options);
            const qsizetype before = bytes.size();
            const qint64 room = bytes.capacity() - before;
            bytes.resize(before + (room > 0 ? std::min(chunk, room) : chunk));
            const qint64 got = file.read(bytes.data() + before, bytes.size() - before);
            bytes.resize(before + std::max<qint64>(got, 0));
            if (got <= 0) {
                if (got < 0 || file.error() != QFileDevice::NoError)
                    return failure(Error::Kind::Io, u"%1 cannot be read: %2."_s.arg(QDir::toNativeSeparators(absolute),
                                                                                    file.errorString()));
                break;
            }
            if (bytes.size() > options.maxBytes)
                return failure(Error::Kind::BadInput,
                               u"%1 is larger than the import limit of %2. Split it or save a smaller version."_s.arg(
                                   info.fileName(), humanSize(options.maxBytes)));
        }
    }
    if (bytes.isEmpty())
        return failure(Error::Kind::BadInput,
                       u"%1 is empty (0 bytes): there is nothing to import."_s.arg(info.fileName()));
    const FormatPointer byExtension = FormatRegistry::instance().forPath(absolute);
    return importOwnedBytes(std::move(bytes), byExtension ? byExtension->id() : QString(), absolute, options);
}

} // namespace marginalia
