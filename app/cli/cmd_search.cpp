// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/cmd_search.h"

#include "cli/Cli.h"
#include "cli/cmd_project.h"
#include "core/store/ProjectStore.h"

namespace marginalia::cli {

int runSearch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(projectOption());
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N hits (default 100)."), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("kind"),
                      QStringLiteral("Only hits of this kind: document, quote or note (repeatable)."),
                      QStringLiteral("KIND")});
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 QStringLiteral(
                                     "Words (all must occur), word* for a prefix, \"a phrase\" in double quotes."),
                                 QStringLiteral("QUERY..."));
    if (int code = parseCommand(
            parser, QStringLiteral("search"),
            QStringLiteral("Searches document text, annotation quotes and notes; case and accents are ignored.\n"
                           "Prints one JSON object per hit: document_id, start, end (code points into\n"
                           "the document text; a note hit gives its annotation's range), snippet, kind,\n"
                           "annotation_id (quote and note hits)."),
            args);
        code >= 0)
        return code;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1) {
        printError(QStringLiteral("marginalia-cli search: --limit takes a whole number of at least 1"));
        return Usage;
    }
    const QStringList kinds = parser.values(QStringLiteral("kind"));
    for (const QString &kind : kinds) {
        if (kind != u"document" && kind != u"quote" && kind != u"note") {
            printError(
                QStringLiteral("marginalia-cli search: unknown --kind “%1”; use document, quote or note").arg(kind));
            return Usage;
        }
    }
    const QString query = parser.positionalArguments().join(u' ');
    if (query.trimmed().isEmpty()) {
        printError(QStringLiteral("marginalia-cli search: needs --project P and a QUERY (see --help)"));
        return Usage;
    }
    auto store = openExistingProject(parser.value(QStringLiteral("project")));
    if (!store)
        return fail(store.error());
    auto hits = (*store)->search(query, limit, kinds);
    if (!hits)
        return fail(hits.error());
    QString out;
    for (const SearchHit &hit : std::as_const(*hits)) {
        out += QStringLiteral("{\"document_id\":%1,\"start\":%2,\"end\":%3,\"snippet\":%4,\"kind\":%5")
                   .arg(hit.documentId)
                   .arg(hit.start)
                   .arg(hit.end)
                   .arg(jsonString(hit.snippet), jsonString(hit.kind));
        if (hit.annotationId > 0)
            out += QStringLiteral(",\"annotation_id\":%1").arg(hit.annotationId);
        out += QStringLiteral("}\n");
    }
    printOut(out);
    return Ok;
}

} // namespace marginalia::cli
