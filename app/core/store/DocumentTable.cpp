// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/DocumentTable.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QFileInfo>

namespace marginalia {

namespace {

// The columns of a listing; document() adds the text after them.
const QString kRecordColumns = QStringLiteral(
    "d.id, d.title, d.source_path, d.format, d.content_hash, d.imported_at, d.author, d.published, d.site, d.url,"
    " d.language, (SELECT count(*) FROM annotations a WHERE a.document_id = d.id)");
constexpr int kTextColumn = 12;

DocumentRecord recordFrom(const QSqlQuery &row)
{
    DocumentRecord record;
    ColumnReader columns(row);
    columns >> record.id >> record.title >> record.sourcePath >> record.format >> record.contentHash
        >> record.importedAt >> record.meta.author >> record.meta.published >> record.meta.site >> record.meta.url
        >> record.meta.language >> record.annotationCount;
    record.meta.title = record.title;
    return record;
}

Block blockFrom(const QSqlQuery &row)
{
    Block block;
    ColumnReader columns(row);
    columns >> block.start >> block.end;
    block.kind = blockKindFromName(columns.next().toString());
    columns >> block.level >> block.duplicateOf >> block.page >> block.language >> block.userKind;
    return block;
}

} // namespace

DocumentTable::DocumentTable(Database &database)
    : m_database(database)
{
    // A rolled back write may have changed or removed the cached document.
    m_database.onRollback([this] { m_cachedId = 0; });
}

QString DocumentTable::missing(qint64 id)
{
    return QStringLiteral("There is no document %1 in the project.").arg(id);
}

Result<qint64> DocumentTable::add(const ImportedDocument &document)
{
    if (document.text.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("The document has no text."));
    DocumentRecord record;
    record.title = document.meta.title.isEmpty() ? QFileInfo(document.sourcePath).completeBaseName()
                                                 : document.meta.title;
    record.sourcePath = document.sourcePath;
    record.format = document.format;
    record.text = document.text;
    record.contentHash = document.contentHash;
    record.importedAt = QDateTime::currentDateTimeUtc();
    record.meta = document.meta;
    record.blocks = document.blocks;
    return insert(record, QVariant());
}

Result<void> DocumentTable::restore(const DocumentRecord &record)
{
    auto inserted = insert(record, record.id);
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

// `id` null: a new id.
Result<qint64> DocumentTable::insert(const DocumentRecord &record, const QVariant &id)
{
    return m_database.transactionReturning([&]() -> Result<qint64> {
        const DocumentMetadata &meta = record.meta;
        auto inserted = m_database.insert(QStringLiteral(
                                              "INSERT INTO documents (id, title, source_path, format, text,"
                                              " content_hash, imported_at, author, published, site, url, language)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                          {id, record.title, record.sourcePath, record.format, record.text,
                                           record.contentHash, isoUtc(record.importedAt), meta.author, meta.published,
                                           meta.site, meta.url, meta.language},
                                          QStringLiteral("save the document"));
        if (!inserted)
            return std::unexpected(inserted.error());
        const qint64 newId = *inserted;
        if (auto saved = insertBlocks(newId, record.blocks); !saved)
            return std::unexpected(saved.error());
        return newId;
    });
}

Result<void> DocumentTable::rename(qint64 id, const QString &title)
{
    if (title.trimmed().isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("A document needs a title; type at least one letter."));
    return m_database.transaction([&]() -> Result<void> {
        return m_database.executeExpectingRow(QStringLiteral("UPDATE documents SET title = ? WHERE id = ?"),
                                              {title.trimmed(), id}, QStringLiteral("rename a document"), missing(id));
    });
}

Result<void> DocumentTable::insertBlocks(qint64 documentId, const QList<Block> &blocks)
{
    for (int index = 0; index < blocks.size(); ++index) {
        const Block &block = blocks.at(index);
        auto saved = m_database.execute(QStringLiteral("INSERT INTO blocks (document_id, idx, start, end, kind, level,"
                                                       " duplicate_of, page, language, user_kind)"
                                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                        {documentId, index, block.start, block.end, blockKindName(block.kind),
                                         block.level, block.duplicateOf, block.page, block.language,
                                         block.userKind ? 1 : 0},
                                        QStringLiteral("save the document's blocks"));
        if (!saved)
            return saved;
    }
    return {};
}

Result<void> DocumentTable::replace(const DocumentRecord &record)
{
    if (record.text.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("The document has no text."));
    return m_database.transaction([&]() -> Result<void> {
        const DocumentMetadata &meta = record.meta;
        if (auto updated = m_database.executeExpectingRow(
                QStringLiteral(
                    "UPDATE documents SET title = ?, source_path = ?, format = ?, text = ?, content_hash = ?,"
                    " imported_at = ?, author = ?, published = ?, site = ?, url = ?, language = ?"
                    " WHERE id = ?"),
                {record.title, record.sourcePath, record.format, record.text, record.contentHash,
                 isoUtc(record.importedAt), meta.author, meta.published, meta.site, meta.url, meta.language, record.id},
                QStringLiteral("replace the document"), missing(record.id));
            !updated)
            return updated;
        m_cachedId = 0;
        if (auto removed = m_database.execute(QStringLiteral("DELETE FROM blocks WHERE document_id = ?"), {record.id},
                                              QStringLiteral("replace the document's blocks"));
            !removed)
            return removed;
        return insertBlocks(record.id, record.blocks);
    });
}

Result<QList<DocumentRecord>> DocumentTable::list() const
{
    return m_database.list<DocumentRecord>(
        QStringLiteral("SELECT %1 FROM documents d ORDER BY d.id").arg(kRecordColumns), {},
        QStringLiteral("list the documents"), recordFrom);
}

Result<DocumentRecord> DocumentTable::get(qint64 id) const
{
    auto record = m_database.single<DocumentRecord>(
        QStringLiteral("SELECT %1, d.text FROM documents d WHERE d.id = ?").arg(kRecordColumns), {id},
        QStringLiteral("read a document"), missing(id), [](const QSqlQuery &row) {
            DocumentRecord withText = recordFrom(row);
            withText.text = row.value(kTextColumn).toString();
            return withText;
        });
    if (!record)
        return record;
    auto blocks = m_database.list<Block>(QStringLiteral(
                                             "SELECT start, end, kind, level, duplicate_of, page, language, user_kind"
                                             " FROM blocks WHERE document_id = ? ORDER BY idx"),
                                         {id}, QStringLiteral("read a document's blocks"), blockFrom);
    if (!blocks)
        return std::unexpected(blocks.error());
    record->blocks = *blocks;
    return record;
}

Result<void> DocumentTable::remove(qint64 id)
{
    return m_database.transaction([&]() -> Result<void> {
        if (auto removed = m_database.executeExpectingRow(QStringLiteral("DELETE FROM documents WHERE id = ?"), {id},
                                                          QStringLiteral("remove a document"), missing(id));
            !removed)
            return removed;
        if (m_cachedId == id)
            m_cachedId = 0;
        return {};
    });
}

Result<void> DocumentTable::setBlockKind(qint64 documentId, int blockIndex, BlockKind kind)
{
    return m_database.transaction([&]() -> Result<void> {
        return m_database.executeExpectingRow(
            QStringLiteral("UPDATE blocks SET kind = ?, user_kind = 1 WHERE document_id = ? AND idx = ?"),
            {blockKindName(kind), documentId, blockIndex}, QStringLiteral("change a block"),
            QStringLiteral("Document %1 has no block %2.").arg(documentId).arg(blockIndex));
    });
}

Result<std::optional<qint64>> DocumentTable::findByHash(const QString &contentHash) const
{
    return m_database.first<qint64>(QStringLiteral(
                                        "SELECT id FROM documents WHERE content_hash = ? ORDER BY id LIMIT 1"),
                                    {contentHash}, QStringLiteral("look up a document"),
                                    [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
}

Result<void> DocumentTable::checkExists(qint64 id) const
{
    auto known = m_database.exists(QStringLiteral("SELECT count(*) FROM documents WHERE id = ?"), {id},
                                   QStringLiteral("look up a document"));
    if (!known)
        return std::unexpected(known.error());
    if (!*known)
        return failure(Error::Kind::NotFound, missing(id));
    return {};
}

Result<QString> DocumentTable::text(qint64 id)
{
    if (id == m_cachedId)
        return m_cachedText;
    auto text = m_database.single<QString>(QStringLiteral("SELECT text FROM documents WHERE id = ?"), {id},
                                           QStringLiteral("read a document"), missing(id),
                                           [](const QSqlQuery &row) { return row.value(0).toString(); });
    if (!text)
        return text;
    m_cachedId = id;
    m_cachedText = *text;
    m_cachedIndex = std::make_shared<const CodePointIndex>(m_cachedText);
    return m_cachedText;
}

Result<std::shared_ptr<const CodePointIndex>> DocumentTable::textIndex(qint64 id)
{
    if (auto text = this->text(id); !text)
        return std::unexpected(text.error());
    if (!m_cachedIndex) // nothing read yet (id 0): the index of the empty text
        m_cachedIndex = std::make_shared<const CodePointIndex>();
    return m_cachedIndex;
}

} // namespace marginalia
