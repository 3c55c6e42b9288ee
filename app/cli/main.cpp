// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// marginalia-cli: Marginalia's work without the window. Links the core library only.
#include "cli/Cli.h"
#include "cli/cmd_agreement.h"
#include "cli/cmd_analyze.h"
#include "cli/cmd_copy.h"
#include "cli/cmd_exchange.h"
#include "cli/cmd_import.h"
#include "cli/cmd_learn.h"
#include "cli/cmd_project.h"
#include "cli/cmd_revise.h"
#include "cli/cmd_search.h"
#include "core/import/FormatRegistry.h"

#include <QCoreApplication>

#include <functional>

using namespace marginalia::cli;

namespace {

struct Command {
    const char16_t *name;
    const char16_t *summary;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {u"import", u"import --project P FILE...     import files, print new document ids", runImport},
        {u"list", u"list --project P                list the project's documents", runList},
        {u"text", u"text [--content-only] FILE      print the normalized text that offsets index",
         [](const QStringList &a) { return runText(a); }},
        {u"info", u"info FILE [--field NAME]        title, author, date, site, url, language, ...",
         [](const QStringList &a) { return runInfo(a); }},
        {u"blocks", u"blocks --format jsonl FILE      the document's typed blocks",
         [](const QStringList &a) { return runBlocks(a); }},
        {u"analyze", u"analyze [--format jsonl|csv] FILE  entities and claims found in FILE", runAnalyze},
        {u"tag", u"tag --project P --document ID --start S --end E --tag NAME [--note TEXT]", runTag},
        {u"export",
         u"export --project P [--format csv|matrix|codebook|markdown|qdpx|w3c] [--document ID] [--tag NAME] [--no-bom] "
         u"[--output F]",
         runExport},
        {u"search", u"search --project P [--limit N] [--kind K] QUERY   full-text search, JSONL hits", runSearch},
        {u"import-project", u"import-project --project P FILE.qdpx   a REFI-QDA project from another tool",
         runImportProject},
        {u"import-annotations", u"import-annotations --project P [--document ID] FILE   .csv, .json (W3C), .jsonl",
         runImportAnnotations},
        {u"import-codebook", u"import-codebook --project P FILE   tags from a codebook CSV or outline", runCodebook},
        {u"memo", u"memo --project P [--document ID] [--set TEXT]   print or set a memo", runMemo},
        {u"check", u"check --project P               SQLite's full integrity check (exit 1: damaged)", runCheck},
        {u"reimport", u"reimport --project P --document ID FILE   a new version of a document; annotations move",
         runReimport},
        {u"copy-project", u"copy-project --from A --to B   a whole project between a file and postgresql://",
         runCopyProject},
        {u"recommend", u"recommend --project P --document ID [--tag NAME] [--retrain]   learned suggestions, JSONL",
         runRecommend},
        {u"orphans", u"orphans --project P [--document ID]   annotations whose passage was not found again",
         runOrphans},
        {u"agreement", u"agreement --project P [--coders A,B] [--tags X,Y] [--document ID] [--format text|csv|json]",
         runAgreement},
    };
    return list;
}

void printUsage()
{
    QString text = QStringLiteral("Usage: marginalia-cli COMMAND [options]\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  ") + QString::fromUtf16(c.summary) + u'\n';
    text += QStringLiteral("\nDocument formats (by extension, else by content; `info --field format` prints the id):"
                           "\n");
    for (const auto &format : marginalia::FormatRegistry::instance().formats())
        text += QStringLiteral("  %1 %2 *.%3\n")
                    .arg(format->id(), -6)
                    .arg(format->displayName(), -12)
                    .arg(format->extensions().join(QStringLiteral(" *.")));
    text += QStringLiteral("\n`marginalia-cli COMMAND --help` describes a command. Offsets are Unicode code points\n"
                           "into the normalized text that `text` prints. Exit status: 0 ok, 1 bad input, 2 usage.\n");
    printOut(text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marginalia-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage();
        return Usage;
    }
    const QString name = args.takeFirst();
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage();
        return Ok;
    }
    if (name == u"--version") {
        printOut(QStringLiteral("marginalia-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    for (const Command &c : commands())
        if (name == QStringView(c.name))
            return c.run(args);
    printError(QStringLiteral("marginalia-cli: unknown command “%1” (see --help)").arg(name));
    return Usage;
}
