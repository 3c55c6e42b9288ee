// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/RegisterEdits.h"

#include "core/edit/ProjectEditor.h"
#include "core/edit/RegisterCommand.h"
#include "core/edit/RegisterSlice.h"
#include "core/store/ProjectStore.h"

namespace marginalia {

RegisterEdits::RegisterEdits(ProjectEditor &editor, ProjectStore &store)
    : m_editor(editor)
    , m_store(store)
{
}

bool RegisterEdits::record(const QString &text, const QList<qint64> &entityIds, const QList<qint64> &mentionIds,
                           const QList<qint64> &annotationIds, const std::function<Result<QList<qint64>>()> &change)
{
    auto before = readRegisterSlice(m_store, entityIds, mentionIds, annotationIds);
    if (!before) {
        m_editor.reportError(before.error().message);
        return false;
    }
    auto created = change();
    if (!created) {
        m_editor.reportError(created.error().message);
        return false;
    }
    QList<qint64> allEntities = entityIds;
    for (qint64 id : std::as_const(*created)) {
        if (!allEntities.contains(id)) {
            allEntities.append(id);
            before->entities.emplace(id); // absent before (emplace: GCC 14 warns falsely on insert(nullopt))
        }
    }
    auto after = readRegisterSlice(m_store, allEntities, mentionIds, annotationIds);
    if (!after) {
        // The change is made; without its after state it cannot be undone exactly, so it is not offered.
        m_editor.reportError(after.error().message);
        m_editor.notifyEntitiesChanged();
        return true;
    }
    if (!(*before == *after))
        m_editor.undoStack()->push(new RegisterCommand(m_editor, text, *before, *after));
    m_editor.notifyAnnotationDifference(before->annotations, after->annotations);
    m_editor.notifyEntitiesChanged();
    return true;
}

bool RegisterEdits::renameEntity(qint64 entityId, const QString &name, const QString &type, const QStringList &aliases)
{
    auto before = m_store.entity(entityId);
    if (!before) {
        m_editor.reportError(before.error().message);
        return false;
    }
    Entity after = *before;
    after.name = name.trimmed();
    after.type = type.trimmed();
    after.aliases = aliases;
    // Renaming keeps the old name findable, as ProjectStore::renameEntity does.
    if (after.name != before->name && !after.aliases.contains(before->name))
        after.aliases.prepend(before->name);
    after.aliases.removeAll(after.name);
    if (after == *before)
        return true;
    return record(ProjectEditor::tr("Edit Entity “%1”").arg(after.name), {entityId}, {}, {},
                  [&]() -> Result<QList<qint64>> {
                      if (auto updated = m_store.updateEntity(after); !updated)
                          return std::unexpected(updated.error());
                      return QList<qint64>{};
                  });
}

bool RegisterEdits::mergeEntities(qint64 sourceId, qint64 targetId)
{
    auto source = m_store.entity(sourceId);
    auto target = m_store.entity(targetId);
    auto mentions = m_store.mentions();
    auto annotations = m_store.annotations();
    for (const Error *error : {source ? nullptr : &source.error(), target ? nullptr : &target.error(),
                               mentions ? nullptr : &mentions.error(), annotations ? nullptr : &annotations.error()}) {
        if (error) {
            m_editor.reportError(error->message);
            return false;
        }
    }
    // Everything the merge touches: both entities, their mentions (the source's move or, where the target
    // has the same one, go with the source) and the claims attributed to the source.
    QList<qint64> mentionIds;
    for (const Mention &mention : std::as_const(*mentions))
        if (mention.entityId == sourceId || mention.entityId == targetId)
            mentionIds.append(mention.id);
    QList<qint64> claimIds;
    for (const Annotation &annotation : std::as_const(*annotations))
        if (annotation.sourceEntityId == sourceId)
            claimIds.append(annotation.id);
    return record(ProjectEditor::tr("Merge “%1” into “%2”").arg(source->name, target->name), {sourceId, targetId},
                  mentionIds, claimIds, [&]() -> Result<QList<qint64>> {
                      if (auto merged = m_store.mergeEntities(sourceId, targetId); !merged)
                          return std::unexpected(merged.error());
                      return QList<qint64>{};
                  });
}

bool RegisterEdits::splitMention(qint64 mentionId, const QString &name)
{
    auto mention = optionalRow(m_store.mention(mentionId));
    if (!mention) {
        m_editor.reportError(mention.error().message);
        return false;
    }
    if (!*mention) {
        m_editor.reportError(ProjectEditor::tr("The mention no longer exists."));
        return false;
    }
    return record(ProjectEditor::tr("Split Mention"), {(*mention)->entityId}, {mentionId}, {},
                  [&]() -> Result<QList<qint64>> {
                      auto created = m_store.splitMention(mentionId, name);
                      if (!created)
                          return std::unexpected(created.error());
                      return QList<qint64>{created->id};
                  });
}

} // namespace marginalia
