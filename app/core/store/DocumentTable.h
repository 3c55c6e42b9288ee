// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"
#include "core/text/Text.h"

#include <QVariant>

#include <memory>
#include <optional>

namespace marginalia {

class Database;

// Documents and their blocks. Keeps the text of the last document asked for: tagging is usually many
// edits on one document, so its text is not read again for each.
class DocumentTable final {
public:
    explicit DocumentTable(Database &database);

    Result<qint64> add(const ImportedDocument &document);
    // Writes the record's title, source, format, text, hash, time, metadata and blocks over document
    // record.id (annotations are the caller's to move).
    Result<void> replace(const DocumentRecord &record);
    Result<QList<DocumentRecord>> list() const; // without text and blocks
    Result<DocumentRecord> get(qint64 id) const;
    Result<void> remove(qint64 id);
    // Re-inserts a removed document (text, blocks, metadata, import time) under its old id (undo).
    Result<void> restore(const DocumentRecord &record);
    Result<void> rename(qint64 id, const QString &title);
    Result<void> setBlockKind(qint64 documentId, int blockIndex, BlockKind kind);
    Result<std::optional<qint64>> findByHash(const QString &contentHash) const;
    // NotFound when there is no such document.
    Result<void> checkExists(qint64 id) const;
    Result<QString> text(qint64 id);
    // The code point index of text(id): kept with the cached text, so that annotating a 5 MB document
    // does not scan it again for every annotation. Shared, not copied: it stays valid for the caller after
    // another document's text replaced it in the cache.
    Result<std::shared_ptr<const CodePointIndex>> textIndex(qint64 id);

    static QString missing(qint64 id);

private:
    Result<qint64> insert(const DocumentRecord &record, const QVariant &id);
    Result<void> insertBlocks(qint64 documentId, const QList<Block> &blocks);

    Database &m_database;
    qint64 m_cachedId = 0;
    QString m_cachedText;
    std::shared_ptr<const CodePointIndex> m_cachedIndex;
};

} // namespace marginalia
