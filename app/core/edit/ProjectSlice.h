// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"

#include <QHash>

#include <optional>

namespace marginalia {

class ProjectStore;

// What a bulk edit changes, as far as the store shows it: a set of annotations (by id; nullopt: the
// annotation does not exist in that state) and, optionally, the whole tag list. Bulk edits record the
// state before and after their first run and switch between the two, so each is exactly one undo step.
struct ProjectSlice {
    QHash<qint64, std::optional<Annotation>> annotations;
    std::optional<QList<Tag>> tags; // nullopt: the edit leaves tags alone
};

// The slice of the given annotations (and, withTags, of all tags; `cachedTags` if they cannot be read).
ProjectSlice readProjectSlice(const ProjectStore &store, const QList<qint64> &annotationIds, bool withTags,
                              const QList<Tag> &cachedTags);

// Makes the store hold `target`, where it now holds `current` (read just before), in one transaction.
Result<void> writeProjectSlice(ProjectStore &store, const ProjectSlice &current, const ProjectSlice &target);

} // namespace marginalia
