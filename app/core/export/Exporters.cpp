// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/export/Exporters.h"

#include "core/codebook/Codebook.h"
#include "core/export/Matrices.h"
#include "core/export/TagFilter.h"
#include "core/export/XlsxExporter.h"
#include "core/export/qdpx/QdpxExporter.h"
#include "core/export/w3c/W3cExport.h"
#include "core/store/OpenProjectFiles.h"
#include "core/store/ProjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace marginalia {

namespace {

} // namespace

Result<ExportSelection> selectForExport(const ProjectStore &store, const CsvExportOptions &options,
                                        bool withAnnotations)
{
    ExportSelection s;
    auto tags = store.tags();
    if (!tags)
        return std::unexpected(tags.error());
    s.tags = tagsInTreeOrder(*tags);
    for (const Tag &t : std::as_const(*tags))
        s.tagsById.insert(t.id, t);
    auto tagFilter = exportTagFilter(*tags, options);
    if (!tagFilter)
        return std::unexpected(tagFilter.error());
    s.tagFilter = std::move(*tagFilter);
    if (options.documentId) {
        if (auto doc = store.document(*options.documentId); !doc)
            return std::unexpected(doc.error());
    }
    auto documents = store.documents();
    if (!documents)
        return std::unexpected(documents.error());
    for (const DocumentRecord &d : std::as_const(*documents))
        s.titles.insert(d.id, d.title);
    if (!withAnnotations)
        return s;
    auto annotations = store.annotations(options.documentId);
    if (!annotations)
        return std::unexpected(annotations.error());
    for (const Annotation &a : std::as_const(*annotations))
        if (!s.tagFilter || s.tagFilter->contains(a.tagId))
            s.annotations.append(a);
    return s;
}

namespace {

Result<int> write(QIODevice &out, const QByteArray &bytes, int rows, const QString &what)
{
    if (out.write(bytes) != bytes.size())
        return failure(Error::Kind::Io, QStringLiteral("Could not write the %1: %2").arg(what, out.errorString()));
    return rows;
}

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>#|").contains(c))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

} // namespace

Result<DocumentTagCounts> documentTagCounts(const ProjectStore &store, const CsvExportOptions &options)
{
    auto s = selectForExport(store, options, false); // the annotations are streamed below, not held
    if (!s)
        return std::unexpected(s.error());
    auto documents = store.documents();
    if (!documents)
        return std::unexpected(documents.error());
    DocumentTagCounts counts;
    for (const DocumentRecord &d : std::as_const(*documents))
        if (!options.documentId || d.id == *options.documentId)
            counts.documents.append({d.id, d.title});
    for (const Tag &t : std::as_const(s->tags)) {
        if (s->tagFilter && !s->tagFilter->contains(t.id))
            continue;
        counts.tagIds.append(t.id);
        counts.tagPaths.append(tagPath(s->tagsById, t.id));
    }
    auto counted = store.forEachAnnotation(options.documentId, [&](const Annotation &a) -> Result<bool> {
        if (a.tagId != 0 && (!s->tagFilter || s->tagFilter->contains(a.tagId)))
            ++counts.counts[a.documentId][a.tagId];
        return true;
    });
    if (!counted)
        return std::unexpected(counted.error());
    return counts;
}

Result<int> exportMarkdown(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    auto s = selectForExport(store, options);
    if (!s)
        return std::unexpected(s.error());
    auto memo = store.projectMemo();
    if (!memo)
        return std::unexpected(memo.error());
    QString text = QStringLiteral("# %1\n\n").arg(escapeMarkdown(QFileInfo(store.path()).completeBaseName()));
    if (!memo->trimmed().isEmpty())
        text += memo->trimmed() + QStringLiteral("\n\n");
    QHash<qint64, QList<Annotation>> byTag;
    for (const Annotation &a : std::as_const(s->annotations))
        byTag[s->tagsById.contains(a.tagId) ? a.tagId : 0].append(a);
    QList<std::pair<QString, qint64>> sections;
    for (const Tag &t : std::as_const(s->tags))
        if (byTag.contains(t.id))
            sections.append({tagPath(s->tagsById, t.id), t.id});
    if (byTag.contains(0))
        sections.append({QStringLiteral("Untagged"), 0});
    for (const auto &[heading, tagId] : std::as_const(sections)) {
        const QList<Annotation> list = byTag.value(tagId);
        text += QStringLiteral("## %1\n\n").arg(escapeMarkdown(heading));
        const QString description = s->tagsById.value(tagId).description.trimmed();
        if (!description.isEmpty())
            text += u'*' + escapeMarkdown(description) + QStringLiteral("*\n\n");
        for (const Annotation &a : list) {
            for (const QString &line : a.quote.split(u'\n'))
                text += QStringLiteral("> %1\n")
                            .arg(escapeMarkdown(line))
                            .replace(QStringLiteral("> \n"), QStringLiteral(">\n"));
            text += QStringLiteral("\n— %1, %2–%3")
                        .arg(escapeMarkdown(s->titles.value(a.documentId)))
                        .arg(a.start)
                        .arg(a.end);
            if (!a.label.isEmpty())
                text += QStringLiteral(" · %1").arg(escapeMarkdown(a.label));
            text += QStringLiteral("\n\n");
            if (!a.note.trimmed().isEmpty())
                text += escapeMarkdown(a.note.trimmed()).replace(u'\n', QStringLiteral("  \n"))
                        + QStringLiteral("\n\n");
            if (!a.status.isEmpty() || !a.evidence.isEmpty()) {
                text += QStringLiteral("**Review:** %1")
                            .arg(escapeMarkdown(a.status.isEmpty() ? QStringLiteral("unreviewed") : a.status));
                if (!a.evidence.trimmed().isEmpty())
                    text += QStringLiteral(" — ") + escapeMarkdown(a.evidence.trimmed()).replace(u'\n', u' ');
                if (!a.evidenceUrl.isEmpty())
                    text += QStringLiteral(" <%1>").arg(a.evidenceUrl);
                text += QStringLiteral("\n\n");
            }
        }
    }
    return write(out, text.toUtf8(), int(s->annotations.size()), QStringLiteral("report"));
}

ExportFormatInfo exportFormatInfo(ExportFormat format)
{
    struct Entry {
        ExportFormat format;
        const char *name;
        const char *suffix;
    };
    static constexpr Entry kEntries[] = {
        {ExportFormat::Csv, QT_TRANSLATE_NOOP("ExportFormat", "CSV, one row per annotation"), "csv"},
        {ExportFormat::Matrix, QT_TRANSLATE_NOOP("ExportFormat", "Code matrix (CSV, documents × tags, counts)"), "csv"},
        {ExportFormat::Cooccurrence, QT_TRANSLATE_NOOP("ExportFormat", "Co-occurrence (CSV, tags × tags)"), "csv"},
        {ExportFormat::Xlsx, QT_TRANSLATE_NOOP("ExportFormat", "Excel workbook (typed cells, codebook, counts)"),
         "xlsx"},
        {ExportFormat::W3c, QT_TRANSLATE_NOOP("ExportFormat", "W3C Web Annotations (JSON-LD)"), "jsonld"},
        {ExportFormat::Qdpx, QT_TRANSLATE_NOOP("ExportFormat", "REFI-QDA project (ATLAS.ti, MAXQDA, NVivo)"), "qdpx"},
        {ExportFormat::Codebook, QT_TRANSLATE_NOOP("ExportFormat", "Codebook (CSV, one row per tag)"), "csv"},
        {ExportFormat::Markdown, QT_TRANSLATE_NOOP("ExportFormat", "Markdown report, by tag"), "md"},
    };
    for (const Entry &entry : kEntries)
        if (entry.format == format)
            return {QCoreApplication::translate("ExportFormat", entry.name), QString::fromLatin1(entry.suffix)};
    const QString stored = nameOf(format);
    return {stored, stored};
}

Result<int> exportProject(const ProjectStore &store, ExportFormat format, const CsvExportOptions &options,
                          QIODevice &out)
{
    switch (format) {
    case ExportFormat::Csv:
        return exportCsv(store, options, out);
    case ExportFormat::Matrix:
        return exportMatrix(store, options, out);
    case ExportFormat::Codebook:
        return exportCodebookCsv(store, out, options.byteOrderMark);
    case ExportFormat::Markdown:
        return exportMarkdown(store, options, out);
    case ExportFormat::Xlsx:
        return exportXlsx(store, options, out);
    case ExportFormat::Cooccurrence:
        return exportCooccurrence(store, options, out);
    case ExportFormat::Qdpx:
        return exportQdpx(store, options, out);
    case ExportFormat::W3c:
        return exportW3c(store, options, out);
    }
    Q_UNREACHABLE_RETURN(0);
}

QString exportFileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    default:
        return QStringLiteral("csv");
    }
}

namespace {

Error writeError(const QString &path, const QString &reason)
{
    return {Error::Kind::Io, QCoreApplication::translate("Exporters", "Could not write %1: %2")
                                 .arg(QDir::toNativeSeparators(path), reason)};
}

} // namespace

Result<int> exportProjectToFile(const ProjectStore &store, ExportFormat format, const CsvExportOptions &options,
                                const QString &path)
{
    if (ProjectStore::isDatabaseFile(path)) // answered without opening a project that is open
        return std::unexpected(
            Error{Error::Kind::BadInput,
                  QCoreApplication::translate("Exporters", "%1 is a project or another database; an export "
                                                           "must go to another file.")
                      .arg(QDir::toNativeSeparators(path))});
    if (auto outside = OpenProjectFiles::checkOutside(path); !outside) // its -wal or -shm
        return std::unexpected(outside.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(writeError(path, file.errorString()));
    auto rows = exportProject(store, format, options, file);
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit())
        return std::unexpected(writeError(path, file.errorString()));
    return rows;
}

} // namespace marginalia
