// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/cmd_project.h"

#include "cli/Cli.h"
#include "core/codebook/Codebook.h"
#include "core/export/CsvExporter.h"
#include "core/export/Exporters.h"
#include "core/import/FormatRegistry.h"
#include "core/import/Importer.h"
#include "core/store/Database.h" // isServerAddress
#include "core/store/ProjectStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <cmath>
#include <cstdio>
#include <limits>

namespace marginalia::cli {

QCommandLineOption projectOption()
{
    return {{QStringLiteral("p"), QStringLiteral("project")},
            QStringLiteral("The project: a file (.marginalia) or a PostgreSQL database "
                           "(postgresql://user@host:port/database)."),
            QStringLiteral("P")};
}

// True for an existing file that starts with SQLite's header: a project, or some other application's data.
Result<std::unique_ptr<ProjectStore>> openExistingProject(const QString &path, ProjectAccess access)
{
    if (path.isEmpty())
        return failure(Error::Kind::Usage, QStringLiteral("--project is required"));
    if (!isServerAddress(path) && !QFileInfo::exists(path))
        return failure(Error::Kind::NotFound,
                       QStringLiteral(
                           "There is no project at %1; create one with `marginalia-cli import --project %1 FILE`.")
                           .arg(QDir::toNativeSeparators(path)));
    return ProjectStore::open(path, access);
}

namespace {

Result<std::unique_ptr<ProjectStore>> openExisting(const QString &path, ProjectAccess access = ProjectAccess::ReadOnly)
{
    return openExistingProject(path, access);
}

// Parses a command on a project: --project P, then the command's own `options`, then --help (see parseCommand).
int parseProjectCommand(QCommandLineParser &parser, const QString &command, const QString &synopsis,
                        const QStringList &args, const QList<QCommandLineOption> &options = {})
{
    parser.addOption(projectOption());
    parser.addOptions(options);
    return parseCommand(parser, command, synopsis, args);
}

bool parseId(const QString &text, qint64 &value)
{
    bool ok = false;
    value = text.toLongLong(&ok);
    return ok;
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    const QString extensions = FormatRegistry::instance().usualExtensions();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to import (%1).").arg(extensions),
                                 QStringLiteral("FILE..."));
    if (int code = parseProjectCommand(
            parser, QStringLiteral("import"),
            QStringLiteral("Imports files into a project (created when missing) and prints each new document's id.\n"
                           "Nothing is imported when any file cannot be."),
            args,
            {{QStringLiteral("again"),
              QStringLiteral("Import a file even when the project holds the same text already.")},
             {QStringLiteral("import-timeout"),
              QStringLiteral("Stop reading a file after SECONDS (default 60, 0 for no limit); the file is then "
                             "not imported."),
              QStringLiteral("SECONDS")}});
        code >= 0)
        return code;
    const QString projectPath = parser.value(QStringLiteral("project"));
    if (projectPath.isEmpty() || parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("marginalia-cli import: needs --project P and at least one FILE (see --help)"));
        return Usage;
    }
    ImportOptions importOptions;
    if (parser.isSet(QStringLiteral("import-timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("import-timeout")).toDouble(&ok);
        if (!ok || !(seconds >= 0) || seconds > 1e6) {
            printError(
                QStringLiteral("marginalia-cli import: --import-timeout needs a number of seconds, such as 120"));
            return Usage;
        }
        // Rounded up, so that a tiny limit stays a limit rather than becoming 0 (no limit).
        importOptions.timeLimit = std::chrono::milliseconds(qint64(std::ceil(seconds * 1000)));
    }
    // Read every file first, so that a bad one leaves the project as it was.
    QList<ImportedDocument> documents;
    for (const QString &file : parser.positionalArguments()) {
        auto imported = importFile(file, importOptions);
        if (!imported)
            return fail(imported.error());
        documents.append(std::move(*imported));
    }
    auto store = ProjectStore::open(projectPath);
    if (!store) {
        printError(store.error().message);
        return BadInput;
    }
    // The same content twice is almost always a slip (a file imported again, or saved under two names).
    const bool again = parser.isSet(QStringLiteral("again"));
    QList<qint64> ids;
    QSet<QString> hashesThisRun;
    auto done = (*store)->transaction([&]() -> Result<void> {
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const ImportedDocument &doc = documents.at(i);
            if (!again) {
                auto existing = (*store)->findDocumentByHash(doc.contentHash);
                if (!existing)
                    return std::unexpected(existing.error());
                if (*existing || hashesThisRun.contains(doc.contentHash)) {
                    printError(QStringLiteral("%1 is already in the project%2; not imported again "
                                              "(--again imports it once more)")
                                   .arg(QDir::toNativeSeparators(parser.positionalArguments().at(i)),
                                        *existing ? QStringLiteral(" as document %1").arg(**existing) : QString()));
                    continue;
                }
                hashesThisRun.insert(doc.contentHash);
            }
            auto id = (*store)->addDocument(doc);
            if (!id)
                return std::unexpected(id.error());
            ids.append(*id);
        }
        return {};
    });
    if (!done) {
        printError(done.error().message);
        return BadInput;
    }
    for (qint64 id : std::as_const(ids))
        printOut(QString::number(id) + u'\n');
    return Ok;
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    if (int code = parseProjectCommand(
            parser, QStringLiteral("list"),
            QStringLiteral("Lists the project's documents: id, title, source, annotation count (tab-separated)."),
            args);
        code >= 0)
        return code;
    auto store = openExisting(parser.value(QStringLiteral("project")));
    if (!store)
        return fail(store.error());
    auto docs = (*store)->documents();
    if (!docs) {
        printError(docs.error().message);
        return BadInput;
    }
    for (const DocumentRecord &d : std::as_const(*docs))
        printOut(QStringLiteral("%1\t%2\t%3\t%4\n").arg(d.id).arg(d.title, d.sourcePath).arg(d.annotationCount));
    return Ok;
}

int runTag(const QStringList &args)
{
    QCommandLineParser parser;
    if (int code = parseProjectCommand(
            parser, QStringLiteral("tag"),
            QStringLiteral("Tags a passage [start, end) of a document and prints the new annotation's id."), args,
            {{QStringLiteral("document"), QStringLiteral("Document id (see list)."), QStringLiteral("ID")},
             {QStringLiteral("start"), QStringLiteral("Start offset, in code points."), QStringLiteral("S")},
             {QStringLiteral("end"), QStringLiteral("End offset (exclusive), in code points."), QStringLiteral("E")},
             {QStringLiteral("tag"), QStringLiteral("Tag name (created when missing)."), QStringLiteral("NAME")},
             {QStringLiteral("note"), QStringLiteral("A note."), QStringLiteral("TEXT")},
             {QStringLiteral("author"), QStringLiteral("Who made the annotation."), QStringLiteral("NAME")}});
        code >= 0)
        return code;
    qint64 documentId = 0, start = 0, end = 0;
    if (!parseId(parser.value(QStringLiteral("document")), documentId)
        || !parseId(parser.value(QStringLiteral("start")), start) || !parseId(parser.value(QStringLiteral("end")), end)
        || parser.value(QStringLiteral("tag")).trimmed().isEmpty()) {
        printError(QStringLiteral(
            "marginalia-cli tag: needs --document ID --start S --end E --tag NAME with whole numbers (see --help)"));
        return Usage;
    }
    // Offsets are stored as int: a larger number cannot be a position in any document, and must not be
    // cut to 32 bits (4294967296 would become 0).
    if (start > std::numeric_limits<int>::max() || end > std::numeric_limits<int>::max()) {
        printError(QStringLiteral("marginalia-cli tag: [%1, %2) is outside every document").arg(start).arg(end));
        return BadInput;
    }
    auto store = openExisting(parser.value(QStringLiteral("project")), ProjectAccess::ReadWrite);
    if (!store)
        return fail(store.error());
    Annotation added;
    auto done = (*store)->transaction([&]() -> Result<void> {
        auto tagId = findOrCreateTag(**store, parser.value(QStringLiteral("tag")).trimmed());
        if (!tagId)
            return std::unexpected(tagId.error());
        Annotation a;
        a.documentId = documentId;
        a.start = int(start);
        a.end = int(end);
        a.tagId = *tagId;
        a.note = parser.value(QStringLiteral("note"));
        a.author = parser.value(QStringLiteral("author"));
        auto saved = (*store)->addAnnotation(a);
        if (!saved)
            return std::unexpected(saved.error());
        added = *saved;
        return {};
    });
    if (!done)
        return fail(done.error());
    printOut(QString::number(added.id) + u'\n');
    return Ok;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    if (int code = parseProjectCommand(
            parser, QStringLiteral("export"),
            QStringLiteral("Exports annotations as CSV (RFC 4180, UTF-8; one row per annotation), tag matrices,\n"
                           "the codebook, a Markdown report, an XLSX workbook, W3C Web Annotations or a REFI-QDA\n"
                           "project (.qdpx)."),
            args,
            {{QStringLiteral("document"), QStringLiteral("Only this document."), QStringLiteral("ID")},
             {QStringLiteral("tag"), QStringLiteral("Only annotations with this tag (name or path) or a tag below it."),
              QStringLiteral("NAME")},
             {QStringLiteral("no-bom"), QStringLiteral("Leave out the UTF-8 byte order mark.")},
             {QStringLiteral("formula-guard"),
              QStringLiteral("Which cells get an apostrophe before a leading = + - @ so spreadsheets do not run "
                             "them:\nnotes (default: note, tag, memo, evidence), all (document text too) or off."),
              QStringLiteral("WHICH"), QStringLiteral("notes")},
             {QStringLiteral("format"),
              QStringLiteral("csv (default, one row per annotation), matrix (documents × tags: annotation\n"
                             "counts), cooccurrence (tags × tags: overlapping annotations), codebook (the tag\n"
                             "tree as CSV), markdown (a report by tag) xlsx (an Excel workbook: typed\n"
                             "annotation cells, the codebook, documents × tags counts), w3c (W3C Web\n"
                             "Annotations, JSON-LD) or qdpx (a REFI-QDA project for ATLAS.ti, MAXQDA, NVivo,\n"
                             "QualCoder)."),
              QStringLiteral("FORMAT"), QStringLiteral("csv")},
             {QStringLiteral("by"),
              QStringLiteral("The unit of matrix and cooccurrence: document (default) or paragraph (matrix:\n"
                             "one 0/1 row per paragraph; cooccurrence: tags sharing a paragraph)."),
              QStringLiteral("UNIT"), QStringLiteral("document")},
             {{QStringLiteral("o"), QStringLiteral("output")},
              QStringLiteral("Write to F instead of stdout."),
              QStringLiteral("F")}});
        code >= 0)
        return code;
    const QString formatName = parser.value(QStringLiteral("format"));
    const std::optional<ExportFormat> format = fromName<ExportFormat>(formatName);
    if (!format) {
        printError(QStringLiteral("marginalia-cli export: unknown --format “%1”; use %2")
                       .arg(formatName, namesOf<ExportFormat>().join(QStringLiteral(", "))));
        return Usage;
    }
    CsvExportOptions options;
    options.byteOrderMark = !parser.isSet(QStringLiteral("no-bom"));
    const QString guardName = parser.value(QStringLiteral("formula-guard"));
    if (const std::optional<FormulaGuard> guard = fromName<FormulaGuard>(guardName)) {
        options.formulaGuard = *guard;
    } else {
        printError(QStringLiteral("marginalia-cli export: unknown --formula-guard “%1”; use %2")
                       .arg(guardName, namesOf<FormulaGuard>().join(QStringLiteral(", "))));
        return Usage;
    }
    options.tagName = parser.value(QStringLiteral("tag"));
    const QString unit = parser.value(QStringLiteral("by"));
    if (unit != u"document" && unit != u"paragraph") {
        printError(QStringLiteral("marginalia-cli export: unknown --by “%1”; use document or paragraph").arg(unit));
        return Usage;
    }
    options.byParagraph = unit == u"paragraph";
    if (!readDocumentOption(parser, QStringLiteral("export"), options.documentId))
        return Usage;
    auto store = openExisting(parser.value(QStringLiteral("project")));
    if (!store)
        return fail(store.error());
    const QString output = parser.value(QStringLiteral("output"));
    if (!output.isEmpty()) {
        auto written = exportProjectToFile(**store, *format, options, output);
        return written ? Ok : fail(written.error());
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto rows = exportProject(**store, *format, options, buffer);
    if (!rows)
        return fail(rows.error());
    std::fwrite(buffer.data().constData(), 1, size_t(buffer.data().size()), stdout);
    return Ok;
}

int runCodebook(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A codebook CSV (path, description, color, shortcut) or an outline."));
    if (int code = parseProjectCommand(
            parser, QStringLiteral("import-codebook"),
            QStringLiteral("Adds the tags a codebook file names to a project and updates the description, colour\n"
                           "and shortcut of those it has. Prints how many tags were created."),
            args);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("marginalia-cli import-codebook: needs --project P and one FILE (see --help)"));
        return Usage;
    }
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        printError(
            QStringLiteral("Could not read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        return BadInput;
    }
    auto entries = parseCodebook(file.readAll());
    if (!entries)
        return fail(entries.error());
    auto store = openExisting(parser.value(QStringLiteral("project")), ProjectAccess::ReadWrite);
    if (!store)
        return fail(store.error());
    auto created = importCodebook(**store, *entries);
    if (!created)
        return fail(created.error());
    printOut(QString::number(*created) + u'\n');
    return Ok;
}

int runMemo(const QStringList &args)
{
    QCommandLineParser parser;
    if (int code = parseProjectCommand(
            parser, QStringLiteral("memo"), QStringLiteral("Prints or sets the memo of a project or a document."), args,
            {{QStringLiteral("document"), QStringLiteral("The document's memo instead of the project's."),
              QStringLiteral("ID")},
             {QStringLiteral("set"), QStringLiteral("Replace the memo with TEXT (empty removes it)."),
              QStringLiteral("TEXT")}});
        code >= 0)
        return code;
    std::optional<qint64> documentId;
    if (!readDocumentOption(parser, QStringLiteral("memo"), documentId))
        return Usage;
    const bool writes = parser.isSet(QStringLiteral("set"));
    auto store = openExisting(parser.value(QStringLiteral("project")),
                              writes ? ProjectAccess::ReadWrite : ProjectAccess::ReadOnly);
    if (!store)
        return fail(store.error());
    if (writes) {
        const QString text = parser.value(QStringLiteral("set"));
        auto done = documentId ? (*store)->setDocumentMemo(*documentId, text) : (*store)->setProjectMemo(text);
        if (!done)
            return fail(done.error());
        return Ok;
    }
    auto memo = documentId ? (*store)->documentMemo(*documentId) : (*store)->projectMemo();
    if (!memo)
        return fail(memo.error());
    printOut(memo->isEmpty() ? QString() : *memo + u'\n');
    return Ok;
}

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    if (int code = parseProjectCommand(
            parser, QStringLiteral("check"),
            QStringLiteral("Runs SQLite's full integrity check on a project, which is only read, and says what it\n"
                           "found. Exit status 0: sound; 1: damaged or not a project."),
            args);
        code >= 0)
        return code;
    const QString path = parser.value(QStringLiteral("project"));
    if (path.isEmpty()) {
        printError(QStringLiteral("marginalia-cli check: needs --project P (see --help)"));
        return Usage;
    }
    auto problems = ProjectStore::checkIntegrity(path);
    if (!problems)
        return fail(problems.error());
    if (problems->isEmpty()) {
        printOut(QStringLiteral("%1: ok\n").arg(QDir::toNativeSeparators(path)));
        return Ok;
    }
    printOut(QStringLiteral("%1: damaged; SQLite's integrity check found:\n").arg(QDir::toNativeSeparators(path)));
    for (const QString &problem : std::as_const(*problems))
        printOut(problem + u'\n');
    return BadInput;
}

} // namespace marginalia::cli
