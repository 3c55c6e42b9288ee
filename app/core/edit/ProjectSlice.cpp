// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/ProjectSlice.h"

#include "core/codebook/Codebook.h"
#include "core/store/ProjectStore.h"

#include <QSet>

#include <algorithm>

namespace marginalia {

ProjectSlice readProjectSlice(const ProjectStore &store, const QList<qint64> &annotationIds, bool withTags,
                              const QList<Tag> &cachedTags)
{
    ProjectSlice slice;
    for (qint64 id : annotationIds) {
        auto annotation = store.annotation(id);
        slice.annotations.insert(id, annotation ? std::optional<Annotation>(*annotation) : std::nullopt);
    }
    if (withTags)
        slice.tags = store.tags().value_or(cachedTags);
    return slice;
}

namespace {

Result<void> restoreOrUpdateTags(ProjectStore &store, const QList<Tag> &current, const QList<Tag> &target)
{
    QHash<qint64, Tag> now;
    for (const Tag &tag : current)
        now.insert(tag.id, tag);
    // Parents before children, so that a restored tag finds its parent.
    for (const Tag &tag : tagsInTreeOrder(target)) {
        if (!now.contains(tag.id)) {
            if (auto restored = store.restoreTag(tag); !restored)
                return restored;
        } else if (!(now[tag.id] == tag)) {
            if (auto updated = store.updateTag(tag); !updated)
                return updated;
        }
    }
    return {};
}

Result<void> removeUnwantedTags(ProjectStore &store, const QList<Tag> &current, const QList<Tag> &target)
{
    QSet<qint64> wanted;
    for (const Tag &tag : target)
        wanted.insert(tag.id);
    // Children first; removing a parent would take them along.
    QList<Tag> order = tagsInTreeOrder(current);
    std::reverse(order.begin(), order.end());
    for (const Tag &tag : std::as_const(order))
        if (!wanted.contains(tag.id))
            if (auto removed = store.removeTag(tag.id); !removed)
                return removed;
    return {};
}

} // namespace

Result<void> writeProjectSlice(ProjectStore &store, const ProjectSlice &current, const ProjectSlice &target)
{
    return store.transaction([&]() -> Result<void> {
        if (target.tags)
            if (auto done = restoreOrUpdateTags(store, *current.tags, *target.tags); !done)
                return done;
        for (auto it = target.annotations.cbegin(); it != target.annotations.cend(); ++it) {
            const std::optional<Annotation> &was = current.annotations.value(it.key());
            if (was == it.value())
                continue;
            if (was)
                if (auto removed = store.removeAnnotation(it.key()); !removed)
                    return removed;
            if (it.value())
                if (auto restored = store.restoreAnnotation(*it.value()); !restored)
                    return restored;
        }
        if (target.tags)
            return removeUnwantedTags(store, *current.tags, *target.tags);
        return {};
    });
}

} // namespace marginalia
