// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"

#include <optional>

namespace marginalia {

class AnnotationTable;
class Database;
class DocumentTable;

// The entity register: canonical entities with their aliases, and their mentions in documents.
class EntityTable final {
public:
    EntityTable(Database &database, DocumentTable &documents, AnnotationTable &annotations);

    Result<QList<Entity>> list() const; // by name
    Result<Entity> get(qint64 id) const;
    Result<Entity> add(const Entity &entity);
    Result<void> restore(const Entity &entity);
    Result<void> update(const Entity &entity);
    Result<void> rename(qint64 id, const QString &name, bool keepOldNameAsAlias);
    Result<void> remove(qint64 id);
    Result<void> merge(qint64 sourceId, qint64 targetId);

    Result<Mention> addMention(const Mention &mention);
    Result<void> restoreMention(const Mention &mention);
    Result<Mention> mention(qint64 id) const;
    Result<void> removeMention(qint64 id);
    Result<Entity> splitMention(qint64 mentionId, const QString &name);
    Result<QList<Mention>> mentions(std::optional<qint64> documentId) const;
    Result<QList<MentionInContext>> mentionsInContext(qint64 entityId) const;

private:
    Result<void> writeAliases(qint64 entityId, const QString &name, const QStringList &aliases);
    // Refuses a mention whose range is not a passage of its document or whose entity is missing.
    Result<void> checkMention(const Mention &mention) const;

    Database &m_database;
    DocumentTable &m_documents;
    AnnotationTable &m_annotations;
};

} // namespace marginalia
