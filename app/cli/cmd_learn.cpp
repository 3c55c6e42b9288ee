// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/cmd_learn.h"

#include "cli/Cli.h"
#include "cli/cmd_project.h"
#include "core/analysis/Analyzer.h"
#include "core/analysis/learn/ProjectRecommender.h"
#include "core/store/ProjectStore.h"
#include "core/store/UserPaths.h"
#include "core/text/Text.h"

namespace marginalia::cli {

namespace {

QString jsonLine(qint64 documentId, const QString &text, const Span &span)
{
    QString line = QStringLiteral("{\"document_id\":%1,\"start\":%2,\"end\":%3,\"tag\":")
                       .arg(documentId)
                       .arg(span.start)
                       .arg(span.end);
    appendJsonString(line, span.label);
    line += QStringLiteral(",\"text\":");
    appendJsonString(line, codePointMid(text, span.start, span.end));
    line += QStringLiteral(",\"confidence\":%1,\"source\":\"learned\"}\n").arg(span.confidence, 0, 'f', 3);
    return line;
}

} // namespace

int runRecommend(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(projectOption());
    parser.addOption({QStringLiteral("document"), QStringLiteral("Document id (see list)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("tag"), QStringLiteral("Only this tag's suggestions."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("retrain"), QStringLiteral("Train every model again, even a current one.")});
    if (int code = parseCommand(parser, QStringLiteral("recommend"),
                                QStringLiteral("Prints the suggestions learned from the project's own tags (each "
                                               "with five or more annotations) in a document, as JSON Lines."),
                                args);
        code >= 0)
        return code;
    bool numeric = false;
    const qint64 documentId = parser.value(QStringLiteral("document")).toLongLong(&numeric);
    if (!numeric) {
        printError(QStringLiteral("marginalia-cli recommend: --document needs a document id (see list)"));
        return Usage;
    }
    // Read-write: models trained here are kept in the project for the next call and the window.
    auto store = openExistingProject(parser.value(QStringLiteral("project")), ProjectAccess::ReadWrite);
    if (!store)
        return fail(store.error());
    auto document = (*store)->document(documentId);
    if (!document)
        return fail(document.error());
    std::optional<QString> tagName;
    if (parser.isSet(QStringLiteral("tag"))) {
        tagName = parser.value(QStringLiteral("tag"));
        auto tag = (*store)->tagByName(*tagName);
        if (!tag)
            return fail(tag.error());
        if (!*tag) {
            printError(QStringLiteral("marginalia-cli recommend: the project has no tag named \"%1\"").arg(*tagName));
            return BadInput;
        }
    }
    AnalyzerOptions analyzerOptions;
    analyzerOptions.userDefinitionDirs = userRuleFolders();
    const Analyzer analyzer(analyzerOptions);
    learn::ProjectRecommender recommender(**store, analyzer);
    auto models = recommender.models(tagName, parser.isSet(QStringLiteral("retrain")));
    if (!models)
        return fail(models.error());
    if (models->isEmpty())
        printError(QStringLiteral("No tag has %1 annotations yet, so there is nothing to learn from.")
                       .arg(learn::kMinimumAnnotations));
    auto found = recommender.recommend(documentId, *models);
    if (!found)
        return fail(found.error());
    QString out;
    for (const Span &span : std::as_const(*found))
        out += jsonLine(documentId, document->text, span);
    printOut(out);
    return Ok;
}

} // namespace marginalia::cli
