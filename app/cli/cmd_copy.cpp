// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/cmd_copy.h"

#include "cli/Cli.h"
#include "core/store/ProjectCopy.h"

namespace marginalia::cli {

int runCopyProject(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QStringLiteral("The project to copy: a file or a postgresql:// address."),
                      QStringLiteral("A")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("Where to copy it: a new file, or an empty database "
                                     "(postgresql://user@host:port/database)."),
                      QStringLiteral("B")});
    if (int code = parseCommand(
            parser, QStringLiteral("copy-project"),
            QStringLiteral("Copies a whole project between a file and a PostgreSQL database (either way round):\n"
                           "documents, tags, annotations with notes and times, entities, memos and settings,\n"
                           "with their ids. All or nothing; then both are compared table by table.\n"
                           "Prints each table's name and row count, tab-separated."),
            args);
        code >= 0)
        return code;
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty() || !parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("marginalia-cli copy-project: needs --from A and --to B (see --help)"));
        return Usage;
    }
    auto report = ProjectCopy::copy(from, to);
    if (!report)
        return fail(report.error());
    QString out;
    for (const ProjectCopyReport::Table &table : std::as_const(report->tables))
        out += QStringLiteral("%1\t%2\n").arg(table.name).arg(table.rows);
    printOut(out);
    printError(QStringLiteral("copied and compared: both projects hold the same rows"));
    return Ok;
}

} // namespace marginalia::cli
