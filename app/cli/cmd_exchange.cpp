// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/cmd_exchange.h"

#include "cli/Cli.h"
#include "cli/cmd_project.h"
#include "core/exchange/AnnotationImport.h"
#include "core/import/qdpx/QdpxImporter.h"
#include "core/store/ProjectStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace marginalia::cli {

int runImportProject(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(projectOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A REFI-QDA project exchange file (.qdpx)."));
    if (int code = parseCommand(
            parser, QStringLiteral("import-project"),
            QStringLiteral("Brings a REFI-QDA project (.qdpx, from ATLAS.ti, MAXQDA, NVivo, QualCoder, …) into a\n"
                           "project (created when missing): text sources become documents, codes tags, codings\n"
                           "annotations, notes annotation notes and memos. Other sources (PDF, pictures, audio,\n"
                           "video) are listed as skipped. All or nothing: on an error the project stays as it was."),
            args);
        code >= 0)
        return code;
    const QString projectPath = parser.value(QStringLiteral("project"));
    if (projectPath.isEmpty() || parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("marginalia-cli import-project: needs --project P and one FILE.qdpx (see --help)"));
        return Usage;
    }
    const QString file = parser.positionalArguments().constFirst();
    auto store = ProjectStore::open(projectPath);
    if (!store)
        return fail(store.error());
    auto report = importQdpx(**store, file);
    if (!report)
        return fail(report.error());
    QString text = QStringLiteral("documents added: %1\ndocuments already in the project: %2\ntags added: %3\n"
                                  "annotations added: %4\nannotations already there: %5\nmemos set: %6\n")
                       .arg(report->documentsAdded)
                       .arg(report->documentsFound)
                       .arg(report->tagsAdded)
                       .arg(report->annotationsAdded)
                       .arg(report->annotationsAlreadyThere)
                       .arg(report->memosSet);
    for (const QString &skipped : std::as_const(report->skipped))
        text += QStringLiteral("skipped: %1\n").arg(skipped);
    printOut(text);
    return Ok;
}

int runImportAnnotations(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(projectOption());
    parser.addOption({QStringLiteral("document"),
                      QStringLiteral("Put every annotation on this document (see list), whatever the file says."),
                      QStringLiteral("ID")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Annotations: .csv as export writes it, .json (W3C Web Annotation "
                                                "or Hypothesis) or .jsonl ({document_id, start, end, tag, note})."));
    if (int code = parseCommand(
            parser, QStringLiteral("import-annotations"),
            QStringLiteral(
                "Adds the annotations in FILE to a project in one transaction: all of them, or none and the first\n"
                "bad one named. Each lands at its position when the text there is its quote, else where its\n"
                "quote (with prefix and suffix) is found. Tags are found by path and created when missing.\n"
                "Prints how many annotations and new tags were added."),
            args);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("marginalia-cli import-annotations: needs --project P and one FILE (see --help)"));
        return Usage;
    }
    AnnotationImportOptions options;
    if (!readDocumentOption(parser, QStringLiteral("import-annotations"), options.documentId))
        return Usage;
    auto store = openExistingProject(parser.value(QStringLiteral("project")), ProjectAccess::ReadWrite);
    if (!store)
        return fail(store.error());
    QElapsedTimer timer;
    timer.start();
    auto summary = importAnnotationFile(**store, parser.positionalArguments().first(), options);
    if (!summary)
        return fail(summary.error());
    printOut(QStringLiteral("%1 annotations, %2 new tags (%3 ms)\n")
                 .arg(summary->added.size())
                 .arg(summary->tagsCreated)
                 .arg(timer.elapsed()));
    return Ok;
}

} // namespace marginalia::cli
