// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"

#include <QHash>

#include <optional>

namespace marginalia {

class ProjectStore;

// What an entity-register edit changes: some entities, mentions and annotations (claims attributed to an
// entity), by id; nullopt: the row does not exist in that state. Register edits record the state before
// and after their first run and switch between the two, restoring rows under their old ids, so that older
// undo steps that refer to those ids stay valid.
struct RegisterSlice {
    QHash<qint64, std::optional<Entity>> entities;
    QHash<qint64, std::optional<Mention>> mentions;
    QHash<qint64, std::optional<Annotation>> annotations;
    friend bool operator==(const RegisterSlice &, const RegisterSlice &) = default;
};

Result<RegisterSlice> readRegisterSlice(const ProjectStore &store, const QList<qint64> &entityIds,
                                        const QList<qint64> &mentionIds, const QList<qint64> &annotationIds);

// Puts the rows of `target` back as they were, under their ids; the store holds `current` now (read just
// before). `expected` is the state the store should be in (the other side of the edit): a row it lacks
// but the store has was made by someone else since, and is not overwritten (an error instead).
Result<void> writeRegisterSlice(ProjectStore &store, const RegisterSlice &current, const RegisterSlice &target,
                                const RegisterSlice &expected);

// A row read by id: nullopt when it is not there, an error for anything else.
template<typename T> Result<std::optional<T>> optionalRow(Result<T> row)
{
    if (row)
        return std::optional<T>(std::move(*row));
    if (row.error().kind == Error::Kind::NotFound)
        return std::optional<T>();
    return std::unexpected(row.error());
}

} // namespace marginalia
