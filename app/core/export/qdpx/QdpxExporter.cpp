// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/export/qdpx/QdpxExporter.h"

#include "core/codebook/Codebook.h"
#include "core/export/TagFilter.h"
#include "core/export/qdpx/QdpxGuids.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <KZip>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>

namespace marginalia {

namespace {

const QString kQdaNamespace = QStringLiteral("urn:QDA-XML:project:1.0");
// The text variable that carries a document's source path, so that a round trip keeps it.
const QString kSourceFileVariable = QStringLiteral("Source file");
constexpr int kSelectionNameLength = 100; // code points of the quote a selection is named by

// What one export writes: the whole code book, the chosen documents with their texts, their annotations.
struct QdpxContent {
    QList<Tag> tags; // tree order
    QList<DocumentRecord> documents;
    QHash<qint64, QList<Annotation>> annotationsByDocument;
    QHash<qint64, QString> documentMemos;
    QString projectMemo;
    QStringList users; // author names, sorted
    int annotationCount = 0;
};

Result<void> addDocuments(const ProjectStore &store, const CsvExportOptions &options, QdpxContent &content)
{
    auto listed = store.documents();
    if (!listed)
        return std::unexpected(listed.error());
    for (const DocumentRecord &entry : std::as_const(*listed)) {
        if (options.documentId && entry.id != *options.documentId)
            continue;
        auto document = store.document(entry.id);
        if (!document)
            return std::unexpected(document.error());
        auto memo = store.documentMemo(entry.id);
        if (!memo)
            return std::unexpected(memo.error());
        if (!memo->trimmed().isEmpty())
            content.documentMemos.insert(entry.id, *memo);
        content.documents.append(*document);
    }
    if (options.documentId && content.documents.isEmpty())
        return failure(Error::Kind::NotFound,
                       QCoreApplication::translate("Exporters", "There is no document %1 in the project.")
                           .arg(*options.documentId));
    return {};
}

Result<QdpxContent> gather(const ProjectStore &store, const CsvExportOptions &options)
{
    QdpxContent content;
    auto tags = store.tags();
    if (!tags)
        return std::unexpected(tags.error());
    content.tags = tagsInTreeOrder(*tags);
    auto tagFilter = exportTagFilter(*tags, options);
    if (!tagFilter)
        return std::unexpected(tagFilter.error());
    if (auto added = addDocuments(store, options, content); !added)
        return std::unexpected(added.error());
    auto annotations = store.annotations(options.documentId);
    if (!annotations)
        return std::unexpected(annotations.error());
    QSet<QString> users;
    for (const Annotation &annotation : std::as_const(*annotations)) {
        if (*tagFilter && !(*tagFilter)->contains(annotation.tagId))
            continue;
        content.annotationsByDocument[annotation.documentId].append(annotation);
        ++content.annotationCount;
        if (!annotation.author.isEmpty())
            users.insert(annotation.author);
    }
    content.users = users.values();
    std::sort(content.users.begin(), content.users.end());
    auto memo = store.projectMemo();
    if (!memo)
        return std::unexpected(memo.error());
    content.projectMemo = memo->trimmed().isEmpty() ? QString() : *memo;
    return content;
}

QString xmlTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// Writes project.qde in the order the schema's sequences demand.
class ProjectXmlWriter final {
public:
    ProjectXmlWriter(const QdpxContent &content, const QdpxGuids &guids)
        : m_content(content)
        , m_guids(guids)
        , m_xml(&m_bytes)
    {
        for (const Tag &tag : content.tags)
            m_tagIds.insert(tag.id);
        for (const Tag &tag : content.tags)
            m_children[m_tagIds.contains(tag.parentId) ? tag.parentId : 0].append(tag);
    }

    QByteArray write(const QString &projectName)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(kQdaNamespace);
        m_xml.writeStartElement(kQdaNamespace, QStringLiteral("Project"));
        m_xml.writeAttribute(QStringLiteral("name"), projectName);
        m_xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Marginalia"));
        writeUsers();
        writeCodeBook();
        writeVariables();
        writeSources();
        writeNotes();
        if (!m_content.projectMemo.isEmpty())
            writeNoteRef(m_guids.guid(QStringLiteral("note/project")));
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return m_bytes;
    }

private:
    void element(const QString &name) { m_xml.writeStartElement(kQdaNamespace, name); }
    void attribute(const QString &name, const QString &value) { m_xml.writeAttribute(name, value); }
    void textElement(const QString &name, const QString &text) { m_xml.writeTextElement(kQdaNamespace, name, text); }
    QString userGuid(const QString &author) const { return m_guids.guid(QStringLiteral("user"), author); }
    QString sourceFileVariableGuid() const { return m_guids.guid(QStringLiteral("variable/source-file")); }

    void writeNoteRef(const QString &guid)
    {
        element(QStringLiteral("NoteRef"));
        attribute(QStringLiteral("targetGUID"), guid);
        m_xml.writeEndElement();
    }

    void writeUsers()
    {
        if (m_content.users.isEmpty())
            return;
        element(QStringLiteral("Users"));
        for (const QString &user : m_content.users) {
            element(QStringLiteral("User"));
            attribute(QStringLiteral("guid"), userGuid(user));
            attribute(QStringLiteral("name"), user);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeCode(const Tag &tag)
    {
        element(QStringLiteral("Code"));
        attribute(QStringLiteral("guid"), m_guids.guid(QStringLiteral("code"), tag.id));
        attribute(QStringLiteral("name"), tag.name);
        attribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        if (tag.color.isValid())
            attribute(QStringLiteral("color"), tag.color.name(QColor::HexRgb));
        if (!tag.description.isEmpty())
            textElement(QStringLiteral("Description"), tag.description);
        for (const Tag &child : m_children.value(tag.id))
            writeCode(child);
        m_xml.writeEndElement();
    }

    void writeCodeBook()
    {
        if (m_content.tags.isEmpty())
            return;
        element(QStringLiteral("CodeBook"));
        element(QStringLiteral("Codes"));
        for (const Tag &tag : m_children.value(0))
            writeCode(tag);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void writeVariables()
    {
        if (std::none_of(m_content.documents.begin(), m_content.documents.end(),
                         [](const DocumentRecord &document) { return !document.sourcePath.isEmpty(); }))
            return;
        element(QStringLiteral("Variables"));
        element(QStringLiteral("Variable"));
        attribute(QStringLiteral("guid"), sourceFileVariableGuid());
        attribute(QStringLiteral("name"), kSourceFileVariable);
        attribute(QStringLiteral("typeOfVariable"), QStringLiteral("Text"));
        textElement(QStringLiteral("Description"), QStringLiteral("The file the document was imported from."));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void writeSelection(const Annotation &annotation)
    {
        element(QStringLiteral("PlainTextSelection"));
        attribute(QStringLiteral("guid"), m_guids.guid(QStringLiteral("selection"), annotation.id));
        attribute(QStringLiteral("name"), codePointMid(annotation.quote, 0, kSelectionNameLength));
        attribute(QStringLiteral("startPosition"), QString::number(annotation.start));
        attribute(QStringLiteral("endPosition"), QString::number(annotation.end));
        const bool hasUser = !annotation.author.isEmpty();
        if (hasUser)
            attribute(QStringLiteral("creatingUser"), userGuid(annotation.author));
        if (annotation.created.isValid())
            attribute(QStringLiteral("creationDateTime"), xmlTime(annotation.created));
        if (hasUser)
            attribute(QStringLiteral("modifyingUser"), userGuid(annotation.author));
        if (annotation.modified.isValid())
            attribute(QStringLiteral("modifiedDateTime"), xmlTime(annotation.modified));
        if (m_tagIds.contains(annotation.tagId)) {
            element(QStringLiteral("Coding"));
            attribute(QStringLiteral("guid"), m_guids.guid(QStringLiteral("coding"), annotation.id));
            if (hasUser)
                attribute(QStringLiteral("creatingUser"), userGuid(annotation.author));
            if (annotation.created.isValid())
                attribute(QStringLiteral("creationDateTime"), xmlTime(annotation.created));
            element(QStringLiteral("CodeRef"));
            attribute(QStringLiteral("targetGUID"), m_guids.guid(QStringLiteral("code"), annotation.tagId));
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        }
        if (!annotation.note.isEmpty())
            writeNoteRef(m_guids.guid(QStringLiteral("note/annotation"), annotation.id));
        m_xml.writeEndElement();
    }

    void writeSources()
    {
        if (m_content.documents.isEmpty())
            return;
        element(QStringLiteral("Sources"));
        for (const DocumentRecord &document : m_content.documents) {
            const QString guid = m_guids.guid(QStringLiteral("source"), document.id);
            element(QStringLiteral("TextSource"));
            attribute(QStringLiteral("guid"), guid);
            attribute(QStringLiteral("name"), document.title);
            attribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(guid));
            if (document.importedAt.isValid())
                attribute(QStringLiteral("creationDateTime"), xmlTime(document.importedAt));
            for (const Annotation &annotation : m_content.annotationsByDocument.value(document.id))
                writeSelection(annotation);
            if (m_content.documentMemos.contains(document.id))
                writeNoteRef(m_guids.guid(QStringLiteral("note/document"), document.id));
            if (!document.sourcePath.isEmpty()) {
                element(QStringLiteral("VariableValue"));
                element(QStringLiteral("VariableRef"));
                attribute(QStringLiteral("targetGUID"), sourceFileVariableGuid());
                m_xml.writeEndElement();
                textElement(QStringLiteral("TextValue"), document.sourcePath);
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeNote(const QString &guid, const QString &name, const QString &text, const QString &author = {})
    {
        element(QStringLiteral("Note"));
        attribute(QStringLiteral("guid"), guid);
        attribute(QStringLiteral("name"), name);
        if (!author.isEmpty())
            attribute(QStringLiteral("creatingUser"), userGuid(author));
        textElement(QStringLiteral("PlainTextContent"), text);
        m_xml.writeEndElement();
    }

    bool hasNotes() const
    {
        if (!m_content.projectMemo.isEmpty() || !m_content.documentMemos.isEmpty())
            return true;
        for (const QList<Annotation> &annotations : m_content.annotationsByDocument)
            for (const Annotation &annotation : annotations)
                if (!annotation.note.isEmpty())
                    return true;
        return false;
    }

    void writeNotes()
    {
        if (!hasNotes())
            return;
        element(QStringLiteral("Notes"));
        for (const DocumentRecord &document : m_content.documents) {
            for (const Annotation &annotation : m_content.annotationsByDocument.value(document.id))
                if (!annotation.note.isEmpty())
                    writeNote(m_guids.guid(QStringLiteral("note/annotation"), annotation.id),
                              QStringLiteral("Note on “%1”").arg(codePointMid(annotation.quote, 0, 60)),
                              annotation.note, annotation.author);
            if (m_content.documentMemos.contains(document.id))
                writeNote(m_guids.guid(QStringLiteral("note/document"), document.id),
                          QStringLiteral("Memo: %1").arg(document.title), m_content.documentMemos.value(document.id));
        }
        if (!m_content.projectMemo.isEmpty())
            writeNote(m_guids.guid(QStringLiteral("note/project")), QStringLiteral("Project memo"),
                      m_content.projectMemo);
        m_xml.writeEndElement();
    }

    const QdpxContent &m_content;
    const QdpxGuids &m_guids;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    QSet<qint64> m_tagIds;
    QHash<qint64, QList<Tag>> m_children; // tree order; 0: the top level
};

QString projectName(const ProjectStore &store)
{
    return QFileInfo(store.path()).completeBaseName();
}

Error zipError(const QString &detail)
{
    return {Error::Kind::Io,
            QCoreApplication::translate("Exporters", "Could not write the REFI-QDA project: %1").arg(detail)};
}

} // namespace

Result<QByteArray> qdpxProjectXml(const ProjectStore &store, const CsvExportOptions &options)
{
    auto content = gather(store, options);
    if (!content)
        return std::unexpected(content.error());
    const QdpxGuids guids = QdpxGuids::forProject(store);
    return ProjectXmlWriter(*content, guids).write(projectName(store));
}

Result<int> exportQdpx(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out)
{
    auto content = gather(store, options);
    if (!content)
        return std::unexpected(content.error());
    const QdpxGuids guids = QdpxGuids::forProject(store);
    const QByteArray xml = ProjectXmlWriter(*content, guids).write(projectName(store));
    // The ZIP is made in memory and written in one go: KZip seeks back over what it wrote, which neither a
    // pipe nor an atomic save file allows.
    QBuffer buffer;
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly))
        return std::unexpected(zipError(zip.errorString()));
    zip.setCompression(KZip::DeflateCompression);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto add = [&](const QString &name, const QByteArray &bytes) {
        return zip.writeFile(name, bytes, 0100644, QString(), QString(), now, now, now);
    };
    bool written = add(QStringLiteral("project.qde"), xml);
    for (const DocumentRecord &document : std::as_const(content->documents))
        written = written
                  && add(QStringLiteral("sources/%1.txt").arg(guids.guid(QStringLiteral("source"), document.id)),
                         document.text.toUtf8());
    if (!written || !zip.close())
        return std::unexpected(zipError(zip.errorString()));
    const QByteArray &bytes = buffer.data();
    if (out.write(bytes) != bytes.size())
        return std::unexpected(zipError(out.errorString()));
    return content->annotationCount;
}

} // namespace marginalia
