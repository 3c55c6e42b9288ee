// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/cmd_revise.h"

#include "cli/Cli.h"
#include "cli/cmd_project.h"
#include "core/codebook/Codebook.h"
#include "core/edit/ProjectEditor.h"
#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"

#include <QDir>
#include <QHash>

namespace marginalia::cli {

namespace {

QCommandLineOption documentOption()
{
    return {QStringLiteral("document"), QStringLiteral("Document id (see list)."), QStringLiteral("ID")};
}

// One cell of a tab-separated line.
QString cell(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
}

Result<QHash<qint64, Tag>> tagsById(const ProjectStore &store)
{
    auto tags = store.tags();
    if (!tags)
        return std::unexpected(tags.error());
    QHash<qint64, Tag> byId;
    for (const Tag &tag : std::as_const(*tags))
        byId.insert(tag.id, tag);
    return byId;
}

QString orphanLines(const QList<Annotation> &orphans, const QHash<qint64, Tag> &tags)
{
    QString text;
    for (const Annotation &orphan : orphans)
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(orphan.id)
                    .arg(orphan.documentId)
                    .arg(cell(orphan.tagId ? tagPath(tags, orphan.tagId) : QString()), cell(orphan.quote),
                         cell(orphan.note));
    return text;
}

const QString kOrphanHeader = QStringLiteral("id\tdocument\ttag\tquote\tnote\n");

} // namespace

int runReimport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(projectOption());
    parser.addOption(documentOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The new version of the document's file."));
    if (int code = parseCommand(
            parser, QStringLiteral("reimport"),
            QStringLiteral("Replaces a document's text by a new version of its file and moves every annotation onto "
                           "it: exact (quote and context found), moved (quote found elsewhere), fuzzy (a close match, "
                           "with a score) or orphaned (kept with its quote and note, without a place; see orphans)."),
            args);
        code >= 0)
        return code;
    qint64 documentId = 0;
    bool numeric = false;
    documentId = parser.value(QStringLiteral("document")).toLongLong(&numeric);
    if (!numeric || parser.positionalArguments().size() != 1) {
        printError(
            QStringLiteral("marginalia-cli reimport: needs --project P --document ID and one FILE (see --help)"));
        return Usage;
    }
    const QString file = parser.positionalArguments().constFirst();
    auto imported = importFile(file);
    if (!imported)
        return fail(imported.error());
    auto store = openExistingProject(parser.value(QStringLiteral("project")), ProjectAccess::ReadWrite);
    if (!store)
        return fail(store.error());
    ProjectEditor editor(**store);
    auto summary = editor.reimportDocument(documentId, *imported);
    if (!summary)
        return fail(summary.error());
    const int total = summary->exact + summary->moved + summary->fuzzy + summary->orphaned;
    printOut(QStringLiteral("document %1 updated from %2: %3 annotations: %4 exact, %5 moved, %6 fuzzy, %7 orphaned\n")
                 .arg(documentId)
                 .arg(QDir::toNativeSeparators(file))
                 .arg(total)
                 .arg(summary->exact)
                 .arg(summary->moved)
                 .arg(summary->fuzzy)
                 .arg(summary->orphaned));
    if (summary->mentionsDropped || summary->rejectionsDropped)
        printOut(QStringLiteral("dropped: %1 register mentions and %2 rejected suggestions whose passage is gone\n")
                     .arg(summary->mentionsDropped)
                     .arg(summary->rejectionsDropped));
    if (!summary->orphans.isEmpty()) {
        auto tags = tagsById(**store);
        if (!tags)
            return fail(tags.error());
        printOut(QStringLiteral("orphaned (kept; attach them again in the window):\n") + kOrphanHeader
                 + orphanLines(summary->orphans, *tags));
    }
    return Ok;
}

int runOrphans(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(projectOption());
    parser.addOption(documentOption());
    if (int code = parseCommand(parser, QStringLiteral("orphans"),
                                QStringLiteral("Lists annotations whose passage was not found in a document's new "
                                               "version, tab-separated with a header line."),
                                args);
        code >= 0)
        return code;
    std::optional<qint64> documentId;
    if (!readDocumentOption(parser, QStringLiteral("orphans"), documentId))
        return Usage;
    auto store = openExistingProject(parser.value(QStringLiteral("project")), ProjectAccess::ReadOnly);
    if (!store)
        return fail(store.error());
    if (documentId) {
        if (auto known = (*store)->document(*documentId); !known)
            return fail(known.error());
    }
    auto annotations = (*store)->annotations(documentId);
    if (!annotations)
        return fail(annotations.error());
    auto tags = tagsById(**store);
    if (!tags)
        return fail(tags.error());
    QList<Annotation> orphans;
    for (const Annotation &annotation : std::as_const(*annotations))
        if (annotation.isOrphan())
            orphans.append(annotation);
    printOut(kOrphanHeader + orphanLines(orphans, *tags));
    return Ok;
}

} // namespace marginalia::cli
