// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/qdpx/QdpxImporter.h"

#include "core/import/office/OfficePackage.h"
#include "core/import/qdpx/QdpxProject.h"
#include "core/store/OpenProjectFiles.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace marginalia {

namespace {

using importdetail::office::OfficePackage;

constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("QdpxImport", text);
}

// A source's text after normalisation, with its selection boundaries mapped from the file's characters.
struct MappedText {
    QString text;
    QHash<qint64, int> positions; // position in the file's text -> code point in `text`
    qint64 sourceLength = 0;      // code points of the file's text
};

// Normalizes the text piece by piece between the positions selections use, so that each position lands on
// the same character after CR LF became LF or a letter and its accent became one.
MappedText normalizeMapped(const QString &raw, QList<qint64> boundaries)
{
    MappedText mapped;
    const CodePointIndex index(raw);
    mapped.sourceLength = index.codePointCount();
    boundaries.append(0);
    boundaries.append(mapped.sourceLength);
    std::sort(boundaries.begin(), boundaries.end());
    boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());
    int length = 0;
    qint64 previous = 0;
    mapped.positions.insert(0, 0);
    for (const qint64 boundary : std::as_const(boundaries)) {
        if (boundary <= previous || boundary > mapped.sourceLength)
            continue;
        const int from = index.toUtf16(int(previous));
        const QString piece = normalizeText(raw.mid(from, index.toUtf16(int(boundary)) - from));
        mapped.text += piece;
        length += codePointLength(piece);
        mapped.positions.insert(boundary, length);
        previous = boundary;
    }
    return mapped;
}

// One paragraph block per non-empty line: the text came without structure.
QList<Block> lineBlocks(const QString &text)
{
    QList<Block> blocks;
    int codePoint = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const int length = codePointLength(line.toString());
        if (!line.trimmed().isEmpty())
            blocks.append(Block{codePoint, codePoint + length, BlockKind::Paragraph});
        codePoint += length + 1;
    }
    return blocks;
}

QString annotationKey(const Annotation &annotation)
{
    return QStringLiteral("%1/%2/%3/%4/")
               .arg(annotation.documentId)
               .arg(annotation.start)
               .arg(annotation.end)
               .arg(annotation.tagId)
           + annotation.note;
}

// Reads the ZIP's members a project names; REFI-QDA tools write GUID file names in either case.
class PackageTexts final {
public:
    explicit PackageTexts(OfficePackage &package)
        : m_package(package)
    {
    }

    // internal://name -> sources/name. Nothing (and `reason`) for a text kept outside the file.
    Result<std::optional<QString>> read(const QString &plainTextPath, const QString &owner, QString &reason)
    {
        static const QString internal = QStringLiteral("internal://");
        if (!plainTextPath.startsWith(internal, Qt::CaseInsensitive)) {
            reason = tr("its text is kept outside the .qdpx (%1)").arg(plainTextPath);
            return std::nullopt;
        }
        const QString name = plainTextPath.mid(internal.size());
        const QStringList candidates = {name, name.toLower(), name.toUpper(),
                                        name.section(u'.', 0, 0).toUpper() + u'.' + name.section(u'.', 1)};
        for (const QString &candidate : candidates) {
            const QString member = QStringLiteral("sources/") + candidate;
            if (!m_package.contains(member))
                continue;
            auto bytes = m_package.read(member);
            if (!bytes)
                return std::unexpected(bytes.error());
            return QString::fromUtf8(*bytes);
        }
        return std::unexpected(m_package.damaged(tr("%1 names sources/%2, which is not in the file").arg(owner, name)));
    }

private:
    OfficePackage &m_package;
};

// The import proper: everything inside one transaction of the store.
class ProjectImport final {
public:
    ProjectImport(ProjectStore &store, const qdpx::Project &project, QString fileName)
        : m_store(store)
        , m_project(project)
        , m_fileName(std::move(fileName))
    {
        m_report.skipped = project.skipped;
    }

    // Resolves the texts of sources and notes (outside the transaction: only the ZIP is read).
    Result<void> readTexts(OfficePackage &package);
    Result<void> run();
    const QdpxImportReport &report() const { return m_report; }

private:
    Result<void> addCodes(const QList<qdpx::Code> &codes, qint64 parentId);
    Result<void> addSource(const qdpx::TextSource &source, const QString &rawText);
    Result<std::optional<qint64>> findDocument(const QString &hash, const QString &title, const QString &text) const;
    Result<qint64> documentFor(const qdpx::TextSource &source, const MappedText &mapped);
    // Queues an annotation for addPending(), unless the project had it before this import.
    Result<void> addAnnotation(const Annotation &annotation);
    Result<void> addPending();
    QString notesText(const QStringList &guids) const;
    Result<void> appendMemo(qint64 documentId, const QString &text);
    QString sourcePath(const qdpx::TextSource &source) const;

    ProjectStore &m_store;
    const qdpx::Project &m_project;
    QString m_fileName;
    QdpxImportReport m_report;
    QHash<QString, QString> m_sourceTexts; // source GUID -> the file's text
    QHash<QString, QString> m_noteTexts;   // note GUID -> text
    QHash<QString, qint64> m_tagIds;       // code GUID -> tag id
    QList<Tag> m_tags;
    // Annotations that were in reused documents before this import (an import of the same file again adds
    // nothing twice; two alike annotations within one file are both kept).
    QSet<QString> m_existing;
    QList<Annotation> m_pending; // added together, by addPending()
};

Result<void> ProjectImport::readTexts(OfficePackage &package)
{
    PackageTexts texts(package);
    for (const qdpx::TextSource &source : m_project.textSources) {
        if (source.hasContent) {
            m_sourceTexts.insert(source.guid, source.plainTextContent);
            continue;
        }
        QString reason;
        auto text = texts.read(source.plainTextPath, tr("Text source “%1”").arg(source.name), reason);
        if (!text)
            return std::unexpected(text.error());
        if (*text)
            m_sourceTexts.insert(source.guid, **text);
        else
            m_report.skipped.append(tr("text source “%1”: %2").arg(source.name, reason));
    }
    for (auto it = m_project.notes.cbegin(); it != m_project.notes.cend(); ++it) {
        QString reason;
        if (it->hasContent) {
            m_noteTexts.insert(it.key(), it->text);
        } else if (auto text = texts.read(it->plainTextPath, tr("Note “%1”").arg(it->name), reason); !text) {
            return std::unexpected(text.error());
        } else if (*text) {
            m_noteTexts.insert(it.key(), **text);
        }
    }
    return {};
}

Result<void> ProjectImport::run()
{
    auto tags = m_store.tags();
    if (!tags)
        return std::unexpected(tags.error());
    m_tags = *tags;
    if (auto added = addCodes(m_project.codes, 0); !added)
        return added;
    for (const qdpx::TextSource &source : m_project.textSources)
        if (m_sourceTexts.contains(source.guid))
            if (auto added = addSource(source, m_sourceTexts.value(source.guid)); !added)
                return added;
    if (auto added = addPending(); !added)
        return added;
    if (const QString memo = notesText(m_project.projectNoteGuids); !memo.isEmpty())
        return appendMemo(0, memo);
    return {};
}

Result<void> ProjectImport::addCodes(const QList<qdpx::Code> &codes, qint64 parentId)
{
    for (const qdpx::Code &code : codes) {
        const QString name = code.name.trimmed().isEmpty() ? tr("Code %1").arg(code.guid) : code.name.trimmed();
        const auto same = std::find_if(m_tags.cbegin(), m_tags.cend(), [&](const Tag &tag) {
            return tag.parentId == parentId && tag.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        qint64 id = 0;
        if (same != m_tags.cend()) {
            id = same->id;
        } else {
            Tag tag;
            tag.name = name;
            tag.parentId = parentId;
            tag.color = QColor::fromString(code.color);
            tag.description = code.description.trimmed();
            auto added = m_store.addTag(tag);
            if (!added)
                return failure(added.error().kind,
                               tr("Code “%1” could not become a tag: %2").arg(name, added.error().message));
            m_tags.append(*added);
            id = added->id;
            ++m_report.tagsAdded;
        }
        if (!code.guid.isEmpty())
            m_tagIds.insert(code.guid, id);
        if (auto children = addCodes(code.children, id); !children)
            return children;
    }
    return {};
}

QString ProjectImport::sourcePath(const qdpx::TextSource &source) const
{
    for (auto it = source.textVariables.cbegin(); it != source.textVariables.cend(); ++it)
        if (m_project.variableNames.value(it.key()) == u"Source file" && !it.value().isEmpty())
            return it.value();
    return QFileInfo(m_fileName).fileName() + QStringLiteral(": ") + source.name;
}

// The document with this text: one an earlier exchange import added (by the hash of its text), or one of
// the same title imported from its file (whose hash is that of the file's bytes), so that a project's own
// export imported again adds no second copy.
Result<std::optional<qint64>> ProjectImport::findDocument(const QString &hash, const QString &title,
                                                          const QString &text) const
{
    auto byHash = m_store.findDocumentByHash(hash);
    if (!byHash || *byHash)
        return byHash;
    auto documents = m_store.documents();
    if (!documents)
        return std::unexpected(documents.error());
    for (const DocumentRecord &listed : std::as_const(*documents)) {
        if (listed.title != title)
            continue;
        auto document = m_store.document(listed.id);
        if (!document)
            return std::unexpected(document.error());
        if (document->text == text)
            return listed.id;
    }
    return std::nullopt;
}

Result<qint64> ProjectImport::documentFor(const qdpx::TextSource &source, const MappedText &mapped)
{
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(mapped.text.toUtf8(), QCryptographicHash::Sha256).toHex());
    auto found = findDocument(hash, source.name, mapped.text);
    if (!found)
        return std::unexpected(found.error());
    if (*found) {
        ++m_report.documentsFound;
        auto annotations = m_store.annotations(**found);
        if (!annotations)
            return std::unexpected(annotations.error());
        for (const Annotation &annotation : std::as_const(*annotations))
            m_existing.insert(annotationKey(annotation));
        // A second source with the same text: what the first brought is not stored yet, but there all the same.
        for (const Annotation &annotation : std::as_const(m_pending))
            if (annotation.documentId == **found)
                m_existing.insert(annotationKey(annotation));
        return **found;
    }
    ImportedDocument document;
    document.text = mapped.text;
    document.blocks = lineBlocks(mapped.text);
    document.meta.title = source.name.isEmpty() ? source.guid : source.name;
    document.sourcePath = sourcePath(source);
    document.format = QStringLiteral("txt");
    document.contentHash = hash;
    auto added = m_store.addDocument(document);
    if (!added)
        return failure(added.error().kind,
                       tr("Text source “%1” could not be added: %2").arg(source.name, added.error().message));
    ++m_report.documentsAdded;
    return *added;
}

QString ProjectImport::notesText(const QStringList &guids) const
{
    QStringList texts;
    for (const QString &guid : guids)
        if (const QString text = m_noteTexts.value(guid).trimmed(); !text.isEmpty())
            texts.append(text);
    return texts.join(QStringLiteral("\n\n"));
}

Result<void> ProjectImport::appendMemo(qint64 documentId, const QString &text)
{
    auto memo = documentId ? m_store.documentMemo(documentId) : m_store.projectMemo();
    if (!memo)
        return std::unexpected(memo.error());
    if (memo->contains(text))
        return {};
    const QString joined = memo->trimmed().isEmpty() ? text : memo->trimmed() + QStringLiteral("\n\n") + text;
    ++m_report.memosSet;
    return documentId ? m_store.setDocumentMemo(documentId, joined) : m_store.setProjectMemo(joined);
}

Result<void> ProjectImport::addAnnotation(const Annotation &annotation)
{
    if (m_existing.contains(annotationKey(annotation))) {
        ++m_report.annotationsAlreadyThere;
        return {};
    }
    m_pending.append(annotation);
    return {};
}

Result<void> ProjectImport::addPending()
{
    // All at once: one text index per document and one prepared insert, not a lookup and a statement per
    // coding (10k codings took 48 s one by one).
    auto added = m_store.addAnnotations(m_pending);
    if (!added)
        return std::unexpected(added.error());
    m_report.annotationsAdded += int(added->size());
    m_pending.clear();
    return {};
}

Result<void> ProjectImport::addSource(const qdpx::TextSource &source, const QString &rawText)
{
    QList<qint64> boundaries;
    for (const qdpx::Selection &selection : source.selections)
        boundaries << selection.start << selection.end;
    const MappedText mapped = normalizeMapped(rawText, boundaries);
    for (const qdpx::Selection &selection : source.selections)
        if (selection.start >= selection.end || selection.end > mapped.sourceLength)
            return failure(Error::Kind::BadInput,
                           tr("Selection %1 in “%2” runs from %3 to %4, which is not a passage of its %5 characters.")
                               .arg(selection.guid, source.name)
                               .arg(selection.start)
                               .arg(selection.end)
                               .arg(mapped.sourceLength));
    auto documentId = documentFor(source, mapped);
    if (!documentId)
        return std::unexpected(documentId.error());
    // A coding of the whole source reads as a selection of all of it.
    qdpx::Selection whole{source.guid, 0, mapped.sourceLength, {}, {}, {}, {}, source.codings, {}};
    QList<qdpx::Selection> selections = source.selections;
    if (!source.codings.isEmpty() && mapped.sourceLength > 0)
        selections.append(whole);
    for (const qdpx::Selection &selection : std::as_const(selections)) {
        Annotation annotation;
        annotation.documentId = *documentId;
        annotation.start = mapped.positions.value(selection.start);
        annotation.end = mapped.positions.value(selection.end);
        annotation.author = m_project.users.value(selection.userGuid);
        annotation.created = selection.created;
        annotation.modified = selection.modified;
        const QString notes = notesText(selection.noteGuids);
        const QString selectionNote = notes.isEmpty() ? selection.description.trimmed() : notes;
        if (selection.codings.isEmpty()) {
            annotation.note = selectionNote;
            if (auto added = addAnnotation(annotation); !added)
                return added;
        }
        for (const qdpx::Coding &coding : selection.codings) {
            if (!m_tagIds.contains(coding.codeGuid))
                return failure(Error::Kind::BadInput,
                               tr("Selection %1 in “%2” is coded with %3, which is not a code of the code book.")
                                   .arg(selection.guid, source.name, coding.codeGuid));
            annotation.tagId = m_tagIds.value(coding.codeGuid);
            const QString codingNote = notesText(coding.noteGuids);
            annotation.note = codingNote.isEmpty()      ? selectionNote
                              : selectionNote.isEmpty() ? codingNote
                                                        : selectionNote + QStringLiteral("\n\n") + codingNote;
            if (auto added = addAnnotation(annotation); !added)
                return added;
        }
    }
    if (const QString memo = notesText(source.noteGuids); !memo.isEmpty())
        return appendMemo(*documentId, memo);
    return {};
}

} // namespace

Result<QdpxImportReport> importQdpxBytes(ProjectStore &store, const QByteArray &bytes, const QString &fileName)
{
    const QString advice = tr("Export the project again from the program that made it.");
    auto package = OfficePackage::open(bytes, fileName, tr("REFI-QDA project"), advice);
    if (!package)
        return std::unexpected(package.error());
    if (!(*package)->contains(QStringLiteral("project.qde")))
        return std::unexpected((*package)->damaged(tr("it has no project.qde")));
    auto xml = (*package)->read(QStringLiteral("project.qde"));
    if (!xml)
        return std::unexpected(xml.error());
    auto project = qdpx::parseProjectXml(*xml);
    if (!project)
        return std::unexpected(project.error());
    ProjectImport projectImport(store, *project, fileName);
    if (auto texts = projectImport.readTexts(**package); !texts)
        return std::unexpected(texts.error());
    if (auto done = store.transaction([&] { return projectImport.run(); }); !done)
        return std::unexpected(done.error());
    return projectImport.report();
}

Result<QdpxImportReport> importQdpx(ProjectStore &store, const QString &path)
{
    if (auto outside = OpenProjectFiles::checkOutside(path); !outside)
        return std::unexpected(outside.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::NotFound, tr("Could not read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return failure(
            Error::Kind::BadInput,
            tr("%1 is larger than %2 MB; nothing was imported.").arg(path).arg(kMaxFileBytes / (1024 * 1024)));
    return importQdpxBytes(store, file.readAll(), QFileInfo(path).fileName());
}

} // namespace marginalia
