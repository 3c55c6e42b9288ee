// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/RegisterSlice.h"

#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"

#include <algorithm>
#include <functional>

namespace marginalia {

namespace {

template<typename T> QList<qint64> sortedKeys(const QHash<qint64, T> &hash)
{
    QList<qint64> keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

Error registerChanged(const QString &what, qint64 id)
{
    return Error{Error::Kind::BadInput,
                 ProjectEditor::tr("The entity register has changed since: %1 %2 is now something else, so this "
                                   "step cannot be undone or redone.")
                     .arg(what)
                     .arg(id)};
}

template<typename Row>
Result<void> readRows(QHash<qint64, std::optional<Row>> &into, const QList<qint64> &ids,
                      const std::function<Result<Row>(qint64)> &read)
{
    for (qint64 id : ids) {
        auto row = optionalRow(read(id));
        if (!row)
            return std::unexpected(row.error());
        into.insert(id, *row);
    }
    return {};
}

// Mentions that move are put back under their ids: all out first, then in, so that the unique
// (document, range, entity) never sees two at once.
Result<void> writeMentions(ProjectStore &store, const RegisterSlice &current, const RegisterSlice &target)
{
    const QList<qint64> mentionIds = sortedKeys(target.mentions);
    for (qint64 id : mentionIds) {
        const std::optional<Mention> &now = current.mentions[id];
        if (now && now != target.mentions[id])
            if (auto removed = store.removeMention(id); !removed)
                return removed;
    }
    for (qint64 id : mentionIds) {
        const std::optional<Mention> &want = target.mentions[id];
        if (want && current.mentions[id] != want)
            if (auto restored = store.restoreMention(*want); !restored)
                return restored;
    }
    return {};
}

// Claims: the whole row as it was (modified included). One that is gone now stays gone.
Result<void> writeClaims(ProjectStore &store, const RegisterSlice &current, const RegisterSlice &target)
{
    for (qint64 id : sortedKeys(target.annotations)) {
        const std::optional<Annotation> &want = target.annotations[id];
        const std::optional<Annotation> &now = current.annotations[id];
        if (!want || !now || now == want)
            continue;
        if (auto removed = store.removeAnnotation(id); !removed)
            return removed;
        if (auto restored = store.restoreAnnotation(*want); !restored)
            return restored;
    }
    return {};
}

} // namespace

Result<RegisterSlice> readRegisterSlice(const ProjectStore &store, const QList<qint64> &entityIds,
                                        const QList<qint64> &mentionIds, const QList<qint64> &annotationIds)
{
    RegisterSlice slice;
    if (auto read = readRows<Entity>(slice.entities, entityIds, [&](qint64 id) { return store.entity(id); }); !read)
        return std::unexpected(read.error());
    if (auto read = readRows<Mention>(slice.mentions, mentionIds, [&](qint64 id) { return store.mention(id); }); !read)
        return std::unexpected(read.error());
    if (auto read = readRows<Annotation>(slice.annotations, annotationIds,
                                         [&](qint64 id) { return store.annotation(id); });
        !read)
        return std::unexpected(read.error());
    return slice;
}

Result<void> writeRegisterSlice(ProjectStore &store, const RegisterSlice &current, const RegisterSlice &target,
                                const RegisterSlice &expected)
{
    for (auto it = current.entities.cbegin(); it != current.entities.cend(); ++it)
        if (it.value() && !expected.entities.value(it.key()))
            return std::unexpected(registerChanged(ProjectEditor::tr("entity"), it.key()));
    for (auto it = current.mentions.cbegin(); it != current.mentions.cend(); ++it)
        if (it.value() && !expected.mentions.value(it.key()))
            return std::unexpected(registerChanged(ProjectEditor::tr("mention"), it.key()));

    return store.transaction([&]() -> Result<void> {
        // Entities first, so that mentions and claims find them; removed ones last, once nothing that is
        // kept points at them (removing an entity takes its mentions along).
        for (qint64 id : sortedKeys(target.entities)) {
            const std::optional<Entity> &want = target.entities[id];
            const std::optional<Entity> &now = current.entities[id];
            if (!want || now == want)
                continue;
            if (auto written = now ? store.updateEntity(*want) : store.restoreEntity(*want); !written)
                return written;
        }
        if (auto written = writeMentions(store, current, target); !written)
            return written;
        if (auto written = writeClaims(store, current, target); !written)
            return written;
        for (qint64 id : sortedKeys(target.entities))
            if (!target.entities[id] && current.entities[id])
                if (auto removed = store.removeEntity(id); !removed)
                    return removed;
        return {};
    });
}

} // namespace marginalia
