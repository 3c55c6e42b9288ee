#include "cli/cmd_exchange.h"

#include "cli/Cli.h"
#include "cli/cmd_project.h"
#include "core/import/qdpx/QdpxImporter.h"
#include "core/store/ProjectStore.h"

#include <QCommandLineParser>

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

} // namespace marginalia::cli
