// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/cmd_agreement.h"

#include "cli/Cli.h"
#include "cli/cmd_project.h"
#include "core/agreement/Agreement.h"
#include "core/agreement/AgreementWriter.h"

namespace marginalia::cli {

namespace {

QStringList listValue(const QCommandLineParser &parser, const QString &name)
{
    QStringList items;
    for (const QString &value : parser.values(name))
        for (const QString &item : value.split(u','))
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
    return items;
}

} // namespace

int runAgreement(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(projectOption());
    parser.addOptions(
        {{QStringLiteral("coders"), QStringLiteral("Compare these annotation authors (comma-separated); default all."),
          QStringLiteral("A,B")},
         {QStringLiteral("tags"), QStringLiteral("Only these tags, by name or Parent/Child path (comma-separated)."),
          QStringLiteral("X,Y")},
         {QStringLiteral("document"), QStringLiteral("Only this document."), QStringLiteral("ID")},
         {QStringLiteral("format"), QStringLiteral("text (default), csv or json."), QStringLiteral("FORMAT"),
          QStringLiteral("text")},
         {QStringLiteral("table"),
          QStringLiteral("For csv: tags (default; one row per tag) or confusion (paragraph units by tag, one table "
                         "per pair of coders, separated by a blank line)."),
          QStringLiteral("TABLE"), QStringLiteral("tags")}});
    if (int code = parseCommand(
            parser, QStringLiteral("agreement"),
            QStringLiteral(
                "Inter-coder agreement per tag. Coders are the annotations' authors; only documents every coder\n"
                "tagged are compared. alpha_u: Krippendorff's unitizing alpha over the characters of those\n"
                "documents. kappa: on paragraph units (a paragraph is coded with a tag by a coder when one of the\n"
                "coder's annotations with that tag overlaps it): Cohen's kappa for two coders, the mean of the\n"
                "pairwise Cohen's kappas (Light's kappa) for more. n/a: undefined (nothing to agree on).\n"
                "Exit status 1 with a message when fewer than two coders share a document."),
            args);
        code >= 0)
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    const QString table = parser.value(QStringLiteral("table"));
    if (format != u"text" && format != u"csv" && format != u"json") {
        printError(
            QStringLiteral("marginalia-cli agreement: unknown --format “%1”; use text, csv or json").arg(format));
        return Usage;
    }
    if (table != u"tags" && table != u"confusion") {
        printError(QStringLiteral("marginalia-cli agreement: unknown --table “%1”; use tags or confusion").arg(table));
        return Usage;
    }
    AgreementOptions options;
    options.coders = listValue(parser, QStringLiteral("coders"));
    options.tags = listValue(parser, QStringLiteral("tags"));
    if (!readDocumentOption(parser, QStringLiteral("agreement"), options.documentId))
        return Usage;
    auto store = openExistingProject(parser.value(QStringLiteral("project")));
    if (!store)
        return fail(store.error());
    auto report = computeAgreement(**store, options);
    if (!report)
        return fail(report.error());
    if (format == u"json") {
        printOut(agreementJson(*report));
    } else if (format == u"text") {
        printOut(agreementText(*report));
    } else if (table == u"tags") {
        printOut(agreementCsv(*report, AgreementTable::Tags));
    } else {
        QStringList tables;
        for (qsizetype pair = 0; pair < report->confusions.size(); ++pair)
            tables.append(agreementCsv(*report, AgreementTable::Confusion, pair));
        printOut(tables.join(QStringLiteral("\r\n")));
    }
    return Ok;
}

} // namespace marginalia::cli
