// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/TagTable.h"

#include "core/store/AnnotationTable.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

namespace marginalia {

namespace {

const QString kColumns = QStringLiteral("id, name, color, key, parent_id, description");

Tag tagFrom(const QSqlQuery &row)
{
    Tag tag;
    ColumnReader(row) >> tag.id >> tag.name >> tag.color >> tag.key >> tag.parentId >> tag.description;
    return tag;
}

QString missing(qint64 id)
{
    return QStringLiteral("There is no tag %1 in the project.").arg(id);
}

Result<void> checkTag(const Tag &tag)
{
    if (tag.name.trimmed().isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("A tag needs a name."));
    if (tag.key < 0 || tag.key > 9)
        return failure(Error::Kind::BadInput, QStringLiteral("A tag's key must be 1 to 9, or none."));
    return {};
}

} // namespace

TagTable::TagTable(Database &database, AnnotationTable &annotations)
    : m_database(database)
    , m_annotations(annotations)
{
}

Result<QList<Tag>> TagTable::list() const
{
    return m_database.list<Tag>(QStringLiteral("SELECT %1 FROM tags ORDER BY id").arg(kColumns), {},
                                QStringLiteral("list the tags"), tagFrom);
}

Result<Tag> TagTable::get(qint64 id) const
{
    return m_database.single<Tag>(QStringLiteral("SELECT %1 FROM tags WHERE id = ?").arg(kColumns), {id},
                                  QStringLiteral("read a tag"), missing(id), tagFrom);
}

Result<std::optional<Tag>> TagTable::findByName(const QString &name) const
{
    return m_database.first<Tag>(QStringLiteral("SELECT %1 FROM tags WHERE name = ? COLLATE NOCASE"
                                                " ORDER BY parent_id IS NOT NULL, id LIMIT 1")
                                     .arg(kColumns),
                                 {name}, QStringLiteral("look up a tag"), tagFrom);
}

Result<Tag> TagTable::add(const Tag &input)
{
    if (auto valid = checkTag(input); !valid)
        return std::unexpected(valid.error());
    Tag tag = input;
    tag.name = tag.name.trimmed();
    if (!tag.color.isValid())
        tag.color = QColor::fromHsv(int((tag.name.size() * 47) % 360), 90, 250);
    return m_database.transactionReturning([&]() -> Result<Tag> {
        auto id = m_database.insert(
            QStringLiteral("INSERT INTO tags (name, color, key, parent_id, description) VALUES (?, ?, ?, ?, ?)"),
            {tag.name, tag.color.name(), tag.key, nullableId(tag.parentId), tag.description},
            QStringLiteral("add the tag “%1”").arg(tag.name));
        if (!id)
            return std::unexpected(id.error());
        tag.id = *id;
        return tag;
    });
}

Result<void> TagTable::restore(const Tag &tag)
{
    if (auto valid = checkTag(tag); !valid)
        return valid;
    return m_database.transaction([&] {
        return m_database.execute(
            QStringLiteral("INSERT INTO tags (id, name, color, key, parent_id, description) VALUES (?, ?, ?, ?, ?, ?)"),
            {tag.id, tag.name, tag.color.name(), tag.key, nullableId(tag.parentId), tag.description},
            QStringLiteral("restore the tag “%1”").arg(tag.name));
    });
}

Result<void> TagTable::update(const Tag &tag)
{
    if (auto valid = checkTag(tag); !valid)
        return valid;
    return m_database.transaction([&]() -> Result<void> {
        if (tag.parentId > 0) {
            if (auto outside = refuseInside(tag.id, tag.parentId, QStringLiteral("A tag cannot be inside itself."));
                !outside)
                return outside;
        }
        return m_database.executeExpectingRow(
            QStringLiteral("UPDATE tags SET name = ?, color = ?, key = ?, parent_id = ?, description = ? WHERE id = ?"),
            {tag.name.trimmed(), tag.color.name(), tag.key, nullableId(tag.parentId), tag.description, tag.id},
            QStringLiteral("change the tag “%1”").arg(tag.name), missing(tag.id));
    });
}

Result<void> TagTable::remove(qint64 id)
{
    return m_database.transaction([&] {
        return m_database.executeExpectingRow(QStringLiteral("DELETE FROM tags WHERE id = ?"), {id},
                                              QStringLiteral("remove a tag"), missing(id));
    });
}

Result<bool> TagTable::isSelfOrAncestor(qint64 ancestor, qint64 id) const
{
    // UNION (not UNION ALL) ends on cyclic data.
    return m_database.exists(
        QStringLiteral("WITH RECURSIVE up(id) AS (SELECT ? UNION"
                       " SELECT t.parent_id FROM tags t JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL)"
                       " SELECT count(*) FROM up WHERE id = ?"),
        {id, ancestor}, QStringLiteral("read the tag tree"));
}

Result<void> TagTable::refuseInside(qint64 ancestor, qint64 id, const QString &refusal) const
{
    auto inside = isSelfOrAncestor(ancestor, id);
    if (!inside)
        return std::unexpected(inside.error());
    if (*inside)
        return failure(Error::Kind::BadInput, refusal);
    return {};
}

Result<void> TagTable::move(qint64 id, qint64 newParentId)
{
    return m_database.transaction([&]() -> Result<void> {
        auto tag = get(id);
        if (!tag)
            return std::unexpected(tag.error());
        if (newParentId > 0) {
            auto parent = get(newParentId);
            if (!parent)
                return std::unexpected(parent.error());
            if (auto outside = refuseInside(id, newParentId,
                                            QStringLiteral("“%1” cannot go under “%2”: a tag cannot be inside itself.")
                                                .arg(tag->name, parent->name));
                !outside)
                return outside;
        }
        auto clash = m_database.exists(
            QStringLiteral("SELECT count(*) FROM tags WHERE coalesce(parent_id, 0) = ? AND name = ? AND id <> ?"),
            {newParentId, tag->name, id}, QStringLiteral("read the tag tree"));
        if (!clash)
            return std::unexpected(clash.error());
        if (*clash)
            return failure(Error::Kind::BadInput,
                           QStringLiteral("There is a tag “%1” there already; merge the two instead.").arg(tag->name));
        return m_database.execute(QStringLiteral("UPDATE tags SET parent_id = ? WHERE id = ?"),
                                  {nullableId(newParentId), id}, QStringLiteral("move the tag “%1”").arg(tag->name));
    });
}

Result<void> TagTable::merge(qint64 sourceId, qint64 targetId)
{
    return m_database.transaction([&]() -> Result<void> {
        auto source = get(sourceId);
        if (!source)
            return std::unexpected(source.error());
        if (auto target = get(targetId); !target)
            return std::unexpected(target.error());
        if (auto outside = refuseInside(
                sourceId, targetId,
                QStringLiteral("“%1” cannot be merged into itself or into a tag inside it.").arg(source->name));
            !outside)
            return outside;
        return mergeInto(sourceId, targetId);
    });
}

Result<void> TagTable::mergeInto(qint64 source, qint64 target)
{
    if (auto moved = m_annotations.moveToTag(source, target); !moved)
        return moved;
    // Each child of the source, with the target's child of the same name if it has one.
    auto children = m_database.list<std::pair<qint64, qint64>>(
        QStringLiteral("SELECT c.id, (SELECT t.id FROM tags t WHERE t.parent_id = ? AND t.name = c.name)"
                       " FROM tags c WHERE c.parent_id = ? ORDER BY c.id"),
        {target, source}, QStringLiteral("read the tag tree"),
        [](const QSqlQuery &row) { return std::pair(row.value(0).toLongLong(), idOrZero(row.value(1))); });
    if (!children)
        return std::unexpected(children.error());
    for (const auto &[child, namesake] : std::as_const(*children)) {
        // Both tags have a child of this name: they become one.
        auto merged = namesake > 0 ? mergeInto(child, namesake)
                                   : m_database.execute(QStringLiteral("UPDATE tags SET parent_id = ? WHERE id = ?"),
                                                        {target, child}, QStringLiteral("move a tag"));
        if (!merged)
            return merged;
    }
    return m_database.execute(QStringLiteral("DELETE FROM tags WHERE id = ?"), {source},
                              QStringLiteral("remove a tag"));
}

Result<QList<TagCount>> TagTable::counts() const
{
    return m_database.list<TagCount>(
        QStringLiteral(
            "WITH RECURSIVE tree(ancestor, id) AS (SELECT id, id FROM tags"
            " UNION SELECT tree.ancestor, t.id FROM tags t JOIN tree ON t.parent_id = tree.id),"
            " direct AS (SELECT tag_id, count(*) AS n, count(DISTINCT document_id) AS docs"
            "  FROM annotations WHERE tag_id IS NOT NULL GROUP BY tag_id),"
            " inclusive AS (SELECT tree.ancestor AS tag_id, count(a.id) AS n, count(DISTINCT a.document_id) AS docs"
            "  FROM tree JOIN annotations a ON a.tag_id = tree.id GROUP BY tree.ancestor)"
            " SELECT t.id, coalesce(direct.n, 0), coalesce(direct.docs, 0), coalesce(inclusive.n, 0),"
            " coalesce(inclusive.docs, 0) FROM tags t LEFT JOIN direct ON direct.tag_id = t.id"
            " LEFT JOIN inclusive ON inclusive.tag_id = t.id ORDER BY t.id"),
        {}, QStringLiteral("count the tags' uses"), [](const QSqlQuery &row) {
            return TagCount{row.value(0).toLongLong(), row.value(1).toInt(), row.value(2).toInt(), row.value(3).toInt(),
                            row.value(4).toInt()};
        });
}

} // namespace marginalia
