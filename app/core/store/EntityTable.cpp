// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/EntityTable.h"

#include "core/store/AnnotationTable.h"
#include "core/store/Database.h"
#include "core/store/DocumentTable.h"
#include "core/text/Text.h"

#include <QHash>

namespace marginalia {

namespace {

const QString kMentionColumns = QStringLiteral("m.id, m.document_id, m.start, m.end, m.entity_id, m.origin");

Mention mentionFrom(const QSqlQuery &row)
{
    return {row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toInt(),
            row.value(3).toInt(),      row.value(4).toLongLong(), row.value(5).toString()};
}

Entity entityFrom(const QSqlQuery &row)
{
    return {row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(), {}};
}

QString missingEntity(qint64 id)
{
    return QStringLiteral("There is no entity %1 in the project.").arg(id);
}

QString missingMention(qint64 id)
{
    return QStringLiteral("There is no mention %1 in the project.").arg(id);
}

Result<void> checkOrigin(const Mention &mention)
{
    if (mention.origin != u"user" && mention.origin != u"analysis")
        return failure(Error::Kind::BadInput,
                       QStringLiteral("A mention comes from “user” or “analysis”, not “%1”.").arg(mention.origin));
    return {};
}

} // namespace

EntityTable::EntityTable(Database &database, DocumentTable &documents, AnnotationTable &annotations)
    : m_database(database)
    , m_documents(documents)
    , m_annotations(annotations)
{
}

// ---- entities -----------------------------------------------------------------------------------------------

Result<QList<Entity>> EntityTable::list() const
{
    auto list = m_database.list<Entity>(QStringLiteral(
                                            "SELECT id, name, type FROM entities ORDER BY name COLLATE NOCASE, id"),
                                        {}, QStringLiteral("list the entities"), entityFrom);
    if (!list)
        return list;
    QHash<qint64, qsizetype> index;
    for (qsizetype position = 0; position < list->size(); ++position)
        index.insert(list->at(position).id, position);
    auto aliases = m_database.query(QStringLiteral("SELECT entity_id, alias FROM entity_aliases ORDER BY rowid"), {},
                                    QStringLiteral("list the entities' aliases"));
    if (!aliases)
        return std::unexpected(aliases.error());
    while (aliases->next()) {
        const auto it = index.constFind(aliases->value(0).toLongLong());
        if (it != index.constEnd())
            (*list)[*it].aliases.append(aliases->value(1).toString());
    }
    return list;
}

Result<Entity> EntityTable::get(qint64 id) const
{
    auto entity = m_database.single<Entity>(QStringLiteral("SELECT id, name, type FROM entities WHERE id = ?"), {id},
                                            QStringLiteral("read an entity"), missingEntity(id), entityFrom);
    if (!entity)
        return entity;
    auto aliases = m_database.list<QString>(QStringLiteral(
                                                "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY rowid"),
                                            {id}, QStringLiteral("read an entity's aliases"),
                                            [](const QSqlQuery &row) { return row.value(0).toString(); });
    if (!aliases)
        return std::unexpected(aliases.error());
    entity->aliases = *aliases;
    return entity;
}

Result<void> EntityTable::writeAliases(qint64 entityId, const QString &name, const QStringList &aliases)
{
    if (auto cleared = m_database.execute(QStringLiteral("DELETE FROM entity_aliases WHERE entity_id = ?"), {entityId},
                                          QStringLiteral("change an entity's aliases"));
        !cleared)
        return cleared;
    QStringList seen{name};
    for (const QString &raw : aliases) {
        const QString alias = raw.trimmed();
        if (alias.isEmpty() || seen.contains(alias))
            continue;
        seen.append(alias);
        if (auto saved = m_database.execute(QStringLiteral(
                                                "INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?)"),
                                            {entityId, alias}, QStringLiteral("save an entity's aliases"));
            !saved)
            return saved;
    }
    return {};
}

Result<Entity> EntityTable::add(const Entity &input)
{
    Entity entity = input;
    entity.name = entity.name.trimmed();
    if (entity.name.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("An entity needs a name."));
    auto id = m_database.transactionReturning([&]() -> Result<qint64> {
        auto inserted = m_database.insert(QStringLiteral("INSERT INTO entities (name, type) VALUES (?, ?)"),
                                          {entity.name, entity.type},
                                          QStringLiteral("add the entity “%1”").arg(entity.name));
        if (!inserted)
            return inserted;
        if (auto aliases = writeAliases(*inserted, entity.name, entity.aliases); !aliases)
            return std::unexpected(aliases.error());
        return inserted;
    });
    if (!id)
        return std::unexpected(id.error());
    return get(*id);
}

Result<void> EntityTable::restore(const Entity &input)
{
    const QString name = input.name.trimmed();
    if (input.id <= 0)
        return failure(Error::Kind::BadInput, QStringLiteral("An entity to restore needs its id."));
    if (name.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("An entity needs a name."));
    return m_database.transaction([&]() -> Result<void> {
        if (auto inserted = m_database.execute(QStringLiteral("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)"),
                                               {input.id, name, input.type},
                                               QStringLiteral("restore the entity “%1”").arg(name));
            !inserted)
            return inserted;
        return writeAliases(input.id, name, input.aliases);
    });
}

Result<void> EntityTable::update(const Entity &entity)
{
    const QString name = entity.name.trimmed();
    if (name.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("An entity needs a name."));
    return m_database.transaction([&]() -> Result<void> {
        if (auto changed = m_database.executeExpectingRow(
                QStringLiteral("UPDATE entities SET name = ?, type = ? WHERE id = ?"), {name, entity.type, entity.id},
                QStringLiteral("change the entity “%1”").arg(name), missingEntity(entity.id));
            !changed)
            return changed;
        return writeAliases(entity.id, name, entity.aliases);
    });
}

Result<void> EntityTable::rename(qint64 id, const QString &name, bool keepOldNameAsAlias)
{
    return m_database.transaction([&]() -> Result<void> {
        auto entity = get(id);
        if (!entity)
            return std::unexpected(entity.error());
        Entity renamed = *entity;
        renamed.name = name.trimmed();
        if (keepOldNameAsAlias)
            renamed.aliases.prepend(entity->name);
        return update(renamed);
    });
}

Result<void> EntityTable::remove(qint64 id)
{
    return m_database.transaction([&] {
        return m_database.executeExpectingRow(QStringLiteral("DELETE FROM entities WHERE id = ?"), {id},
                                              QStringLiteral("remove an entity"), missingEntity(id));
    });
}

Result<void> EntityTable::merge(qint64 sourceId, qint64 targetId)
{
    if (sourceId == targetId)
        return failure(Error::Kind::BadInput, QStringLiteral("An entity cannot be merged into itself."));
    return m_database.transaction([&]() -> Result<void> {
        auto source = get(sourceId);
        if (!source)
            return std::unexpected(source.error());
        auto target = get(targetId);
        if (!target)
            return std::unexpected(target.error());
        // Mentions both entities have are kept once (the source's copy goes with the source).
        if (auto moved = m_database.execute(QStringLiteral(
                                                "UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND NOT EXISTS"
                                                " (SELECT 1 FROM mentions m WHERE m.entity_id = ?"
                                                " AND m.document_id = mentions.document_id AND m.start = mentions.start"
                                                " AND m.end = mentions.end)"),
                                            {targetId, sourceId, targetId}, QStringLiteral("merge two entities"));
            !moved)
            return moved;
        if (auto claims = m_annotations.moveClaimsToEntity(sourceId, targetId); !claims)
            return claims;
        if (auto removed = m_database.execute(QStringLiteral("DELETE FROM entities WHERE id = ?"), {sourceId},
                                              QStringLiteral("merge two entities"));
            !removed)
            return removed;
        return writeAliases(targetId, target->name, target->aliases + QStringList{source->name} + source->aliases);
    });
}

// ---- mentions -----------------------------------------------------------------------------------------------

Result<void> EntityTable::checkMention(const Mention &mention) const
{
    auto text = m_documents.text(mention.documentId);
    if (!text)
        return std::unexpected(text.error());
    if (mention.start < 0 || mention.end <= mention.start || mention.end > codePointLength(*text))
        return failure(Error::Kind::BadInput, QStringLiteral("The range %1–%2 is not a passage of document %3.")
                                                  .arg(mention.start)
                                                  .arg(mention.end)
                                                  .arg(mention.documentId));
    if (auto entity = get(mention.entityId); !entity)
        return std::unexpected(entity.error());
    return {};
}

Result<Mention> EntityTable::addMention(const Mention &input)
{
    Mention mention = input;
    if (mention.origin.isEmpty())
        mention.origin = QStringLiteral("user");
    if (auto origin = checkOrigin(mention); !origin)
        return std::unexpected(origin.error());
    return m_database.transactionReturning([&]() -> Result<Mention> {
        if (auto valid = checkMention(mention); !valid)
            return std::unexpected(valid.error());
        auto existing = m_database.first<qint64>(
            QStringLiteral("SELECT id FROM mentions WHERE document_id = ? AND start = ? AND end = ? AND entity_id = ?"),
            {mention.documentId, mention.start, mention.end, mention.entityId}, QStringLiteral("look up a mention"),
            [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing) {
            mention.id = **existing; // already there: adding twice is harmless
            return mention;
        }
        auto id = m_database.insert(
            QStringLiteral("INSERT INTO mentions (document_id, start, end, entity_id, origin) VALUES (?, ?, ?, ?, ?)"),
            {mention.documentId, mention.start, mention.end, mention.entityId, mention.origin},
            QStringLiteral("save a mention"));
        if (!id)
            return std::unexpected(id.error());
        mention.id = *id;
        return mention;
    });
}

Result<void> EntityTable::restoreMention(const Mention &mention)
{
    if (mention.id <= 0)
        return failure(Error::Kind::BadInput, QStringLiteral("A mention to restore needs its id."));
    if (auto origin = checkOrigin(mention); !origin)
        return origin;
    return m_database.transaction([&]() -> Result<void> {
        if (auto valid = checkMention(mention); !valid)
            return valid;
        return m_database.execute(
            QStringLiteral(
                "INSERT INTO mentions (id, document_id, start, end, entity_id, origin) VALUES (?, ?, ?, ?, ?, ?)"),
            {mention.id, mention.documentId, mention.start, mention.end, mention.entityId, mention.origin},
            QStringLiteral("restore a mention"));
    });
}

Result<Mention> EntityTable::mention(qint64 id) const
{
    return m_database.single<Mention>(QStringLiteral("SELECT %1 FROM mentions m WHERE m.id = ?").arg(kMentionColumns),
                                      {id}, QStringLiteral("read a mention"), missingMention(id), mentionFrom);
}

Result<void> EntityTable::removeMention(qint64 id)
{
    return m_database.transaction([&] {
        return m_database.executeExpectingRow(QStringLiteral("DELETE FROM mentions WHERE id = ?"), {id},
                                              QStringLiteral("remove a mention"), missingMention(id));
    });
}

Result<Entity> EntityTable::splitMention(qint64 mentionId, const QString &name)
{
    return m_database.transactionReturning([&]() -> Result<Entity> {
        auto split = mention(mentionId);
        if (!split)
            return std::unexpected(split.error());
        auto old = get(split->entityId);
        if (!old)
            return std::unexpected(old.error());
        auto text = m_documents.text(split->documentId);
        if (!text)
            return std::unexpected(text.error());
        Entity fresh;
        fresh.name = name.trimmed().isEmpty() ? codePointMid(*text, split->start, split->end).simplified()
                                              : name.trimmed();
        fresh.type = old->type;
        auto added = add(fresh);
        if (!added)
            return added;
        if (auto moved = m_database.execute(QStringLiteral("UPDATE mentions SET entity_id = ? WHERE id = ?"),
                                            {added->id, mentionId}, QStringLiteral("move a mention"));
            !moved)
            return std::unexpected(moved.error());
        return added;
    });
}

Result<QList<Mention>> EntityTable::mentions(std::optional<qint64> documentId) const
{
    const QString select = QStringLiteral("SELECT %1 FROM mentions m").arg(kMentionColumns);
    if (documentId)
        return m_database.list<Mention>(select
                                            + QStringLiteral(" WHERE m.document_id = ? ORDER BY m.start, m.end, m.id"),
                                        {*documentId}, QStringLiteral("list mentions"), mentionFrom);
    return m_database.list<Mention>(select + QStringLiteral(" ORDER BY m.document_id, m.start, m.end, m.id"), {},
                                    QStringLiteral("list mentions"), mentionFrom);
}

Result<QList<MentionInContext>> EntityTable::mentionsInContext(qint64 entityId) const
{
    if (auto entity = get(entityId); !entity)
        return std::unexpected(entity.error());
    auto list = m_database.list<MentionInContext>(
        QStringLiteral("SELECT %1, d.title FROM mentions m JOIN documents d ON d.id = m.document_id"
                       " WHERE m.entity_id = ? ORDER BY m.document_id, m.start, m.end")
            .arg(kMentionColumns),
        {entityId}, QStringLiteral("list an entity's mentions"), [](const QSqlQuery &row) {
            MentionInContext item;
            item.mention = mentionFrom(row);
            item.documentTitle = row.value(6).toString();
            return item;
        });
    if (!list)
        return list;
    for (MentionInContext &item : *list) {
        // Ordered by document, so each text is read once.
        auto text = m_documents.text(item.mention.documentId);
        if (!text)
            return std::unexpected(text.error());
        Annotation span;
        span.start = item.mention.start;
        span.end = item.mention.end;
        fillContext(span, *text);
        item.quote = span.quote;
        item.prefix = span.prefix;
        item.suffix = span.suffix;
    }
    return list;
}

} // namespace marginalia
