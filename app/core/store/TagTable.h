// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"

#include <optional>

namespace marginalia {

class AnnotationTable;
class Database;

// Tags and the codebook tree they form through parentId.
class TagTable final {
public:
    TagTable(Database &database, AnnotationTable &annotations);

    Result<QList<Tag>> list() const; // by id
    Result<Tag> get(qint64 id) const;
    Result<std::optional<Tag>> findByName(const QString &name) const;
    Result<Tag> add(const Tag &tag);       // returns it with its id
    Result<void> restore(const Tag &tag);  // re-inserts with its old id
    Result<void> update(const Tag &tag);
    Result<void> remove(qint64 id);

    Result<void> move(qint64 id, qint64 newParentId);
    Result<void> merge(qint64 sourceId, qint64 targetId);
    Result<QList<TagCount>> counts() const;

private:
    // Whether `ancestor` is `id` or one of its ancestors.
    Result<bool> isSelfOrAncestor(qint64 ancestor, qint64 id) const;
    // Fails as BadInput with `refusal` when `ancestor` is `id` or one of its ancestors.
    Result<void> refuseInside(qint64 ancestor, qint64 id, const QString &refusal) const;
    Result<void> mergeInto(qint64 source, qint64 target);

    Database &m_database;
    AnnotationTable &m_annotations;
};

} // namespace marginalia
