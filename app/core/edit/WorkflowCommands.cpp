#include "core/edit/WorkflowCommands.h"

#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"

#include <QSet>

#include <algorithm>

namespace marginalia {

namespace {

// Notifies ProjectEditor's listeners of the difference between two states of the same annotations.
void notifyDifference(ProjectEditor &editor, const QHash<qint64, std::optional<Annotation>> &from,
                      const QHash<qint64, std::optional<Annotation>> &to)
{
    QList<qint64> ids = to.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        const std::optional<Annotation> before = from.value(id);
        const std::optional<Annotation> &after = to[id];
        if (before && !after)
            editor.notifyAnnotationRemoved(*before);
        else if (!before && after)
            editor.notifyAnnotationAdded(*after);
        else if (before && after && !(*before == *after))
            editor.notifyAnnotationChanged(*after);
    }
}

// Commands below are pushed after their first run succeeded, so the push's redo() is skipped. A later
// undo or redo that fails is reported and makes the command obsolete, which drops it from the stack.
class WorkflowCommand : public StoreCommand
{
public:
    WorkflowCommand(WorkflowEditor &workflow, const QString &text)
        : StoreCommand(workflow.editor(), text)
        , m_workflow(workflow)
    {
    }

protected:
    ProjectStore &store() const { return m_workflow.editor().store(); }

    WorkflowEditor &m_workflow;
};

// Switches the entity register between two recorded states (see RegisterSlice).
class RegisterCommand final : public WorkflowCommand
{
public:
    RegisterCommand(WorkflowEditor &workflow, const QString &text, RegisterSlice before, RegisterSlice after)
        : WorkflowCommand(workflow, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

protected:
    Result<void> apply() override { return m_workflow.applyRegisterSlice(m_after, m_before); }
    Result<void> revert() override { return m_workflow.applyRegisterSlice(m_before, m_after); }

private:
    RegisterSlice m_before;
    RegisterSlice m_after;
};

class MemoCommand final : public WorkflowCommand
{
public:
    MemoCommand(WorkflowEditor &workflow, qint64 documentId, const QString &before, const QString &after)
        : WorkflowCommand(workflow, documentId ? WorkflowEditor::tr("Edit Document Memo")
                                               : WorkflowEditor::tr("Edit Project Memo"))
        , m_documentId(documentId)
        , m_before(before)
        , m_after(after)
    {
    }

    int id() const override { return 0x4d454d4f; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const MemoCommand *>(other);
        if (next->m_documentId != m_documentId)
            return false;
        m_after = next->m_after;
        return true;
    }

protected:
    Result<void> apply() override { return write(m_after); }
    Result<void> revert() override { return write(m_before); }

private:
    Result<void> write(const QString &text)
    {
        auto done = m_documentId ? store().setDocumentMemo(m_documentId, text) : store().setProjectMemo(text);
        m_workflow.notifyMemoChanged(m_documentId);
        return done;
    }

    qint64 m_documentId;
    QString m_before;
    QString m_after;
};

} // namespace

// ---- SliceCommand -------------------------------------------------------------------------------------------

SliceCommand::SliceCommand(WorkflowEditor &workflow, const QString &text, ProjectSlice before, ProjectSlice after)
    : StoreCommand(workflow.editor(), text)
    , m_workflow(workflow)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Result<void> SliceCommand::apply()
{
    return m_workflow.applySlice(m_after);
}

Result<void> SliceCommand::revert()
{
    return m_workflow.applySlice(m_before);
}

// ---- WorkflowEditor -------------------------------------------------------------------------------------------

WorkflowEditor::WorkflowEditor(ProjectEditor &editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
}

ProjectSlice WorkflowEditor::readSlice(const QList<qint64> &annotationIds, bool withTags) const
{
    ProjectSlice slice;
    for (qint64 id : annotationIds) {
        auto a = m_editor.store().annotation(id);
        slice.annotations.insert(id, a ? std::optional<Annotation>(*a) : std::nullopt);
    }
    if (withTags)
        slice.tags = m_editor.store().tags().value_or(m_editor.tags());
    return slice;
}

Result<void> WorkflowEditor::applySlice(const ProjectSlice &slice)
{
    ProjectStore &store = m_editor.store();
    const ProjectSlice current = readSlice(slice.annotations.keys(), slice.tags.has_value());
    auto done = store.transaction([&]() -> Result<void> {
        QHash<qint64, Tag> now;
        if (slice.tags) {
            for (const Tag &t : *current.tags)
                now.insert(t.id, t);
            // Parents before children, so that a restored tag finds its parent.
            for (const Tag &t : tagsInTreeOrder(*slice.tags)) {
                if (!now.contains(t.id)) {
                    if (auto r = store.restoreTag(t); !r)
                        return r;
                } else if (!(now[t.id] == t)) {
                    if (auto r = store.updateTag(t); !r)
                        return r;
                }
            }
        }
        for (auto it = slice.annotations.cbegin(); it != slice.annotations.cend(); ++it) {
            const std::optional<Annotation> &was = current.annotations.value(it.key());
            if (was == it.value())
                continue;
            if (was)
                if (auto r = store.removeAnnotation(it.key()); !r)
                    return r;
            if (it.value())
                if (auto r = store.restoreAnnotation(*it.value()); !r)
                    return r;
        }
        if (slice.tags) {
            QSet<qint64> wanted;
            for (const Tag &t : *slice.tags)
                wanted.insert(t.id);
            // Children first; removing a parent would take them along.
            QList<Tag> order = tagsInTreeOrder(*current.tags);
            std::reverse(order.begin(), order.end());
            for (const Tag &t : std::as_const(order))
                if (!wanted.contains(t.id))
                    if (auto r = store.removeTag(t.id); !r)
                        return r;
        }
        return {};
    });
    const ProjectSlice after = readSlice(slice.annotations.keys(), slice.tags.has_value());
    notifyDifference(m_editor, current.annotations, after.annotations);
    if (slice.tags)
        m_editor.reloadTags();
    return done;
}

bool WorkflowEditor::recordChange(const QString &text, QList<qint64> annotationIds, bool withTags,
                                  const std::function<Result<QList<qint64>>()> &change)
{
    ProjectSlice before = readSlice(annotationIds, withTags);
    auto changed = change();
    if (!changed) {
        m_editor.reportError(changed.error().message);
        return false;
    }
    for (qint64 id : std::as_const(*changed)) {
        if (!annotationIds.contains(id)) {
            annotationIds.append(id);
            before.annotations.insert(id, std::nullopt);
        }
    }
    ProjectSlice after = readSlice(annotationIds, withTags);
    const bool same = before.annotations == after.annotations && before.tags == after.tags;
    if (!same)
        m_editor.undoStack()->push(new SliceCommand(*this, text, before, after));
    notifyDifference(m_editor, before.annotations, after.annotations);
    if (withTags)
        m_editor.reloadTags();
    return true;
}

bool WorkflowEditor::retagAnnotations(const QList<qint64> &annotationIds, qint64 tagId)
{
    if (annotationIds.isEmpty())
        return true;
    const QString name = m_editor.tag(tagId).transform([](const Tag &t) { return t.name; }).value_or(QString());
    const QString text = tagId == 0 ? tr("Untag %n Annotation(s)", nullptr, int(annotationIds.size()))
                                    : tr("Tag %n Annotation(s) as %1", nullptr, int(annotationIds.size())).arg(name);
    return recordChange(text, annotationIds, false, [&]() -> Result<QList<qint64>> {
        auto done = m_editor.store().transaction([&]() -> Result<void> {
            for (qint64 id : annotationIds) {
                auto a = m_editor.store().annotation(id);
                if (!a)
                    return std::unexpected(a.error());
                if (a->tagId == tagId)
                    continue;
                a->tagId = tagId;
                if (auto r = m_editor.store().updateAnnotation(*a); !r)
                    return r;
            }
            return {};
        });
        if (!done)
            return std::unexpected(done.error());
        return QList<qint64>{};
    });
}

bool WorkflowEditor::deleteAnnotations(const QList<qint64> &annotationIds)
{
    if (annotationIds.isEmpty())
        return true;
    return recordChange(tr("Delete %n Annotation(s)", nullptr, int(annotationIds.size())), annotationIds, false,
                        [&]() -> Result<QList<qint64>> {
                            auto done = m_editor.store().transaction([&]() -> Result<void> {
                                for (qint64 id : annotationIds)
                                    if (auto r = m_editor.store().removeAnnotation(id); !r)
                                        return r;
                                return {};
                            });
                            if (!done)
                                return std::unexpected(done.error());
                            return QList<qint64>{};
                        });
}

std::optional<Tag> WorkflowEditor::createTag(const QString &name, qint64 parentId)
{
    Tag tag;
    tag.name = name.trimmed();
    tag.parentId = parentId;
    if (parentId) {
        // A child starts in its parent's colour family, so the tree reads as groups.
        if (const auto parent = m_editor.tag(parentId))
            tag.color = parent->color;
    }
    return m_editor.addTag(tag);
}

std::optional<Tag> WorkflowEditor::createTagPath(const QStringList &path)
{
    if (path.isEmpty())
        return std::nullopt;
    const auto childNamed = [this](qint64 parentId, const QString &name) -> std::optional<Tag> {
        for (const Tag &t : m_editor.tags())
            if (t.parentId == parentId && t.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return t;
        return std::nullopt;
    };
    int missing = 0;
    qint64 parentId = 0;
    for (const QString &name : path) {
        const auto existing = childNamed(parentId, name);
        if (!existing) {
            missing = int(path.size()) - int(&name - path.data());
            break;
        }
        parentId = existing->id;
    }
    if (missing > 1)
        m_editor.undoStack()->beginMacro(tr("Add Tag “%1”").arg(joinTagPath(path)));
    std::optional<Tag> tag;
    parentId = 0;
    for (const QString &name : path) {
        tag = childNamed(parentId, name);
        if (!tag)
            tag = createTag(name, parentId);
        if (!tag)
            break;
        parentId = tag->id;
    }
    if (missing > 1)
        m_editor.undoStack()->endMacro();
    return tag;
}

bool WorkflowEditor::moveTag(qint64 tagId, qint64 newParentId)
{
    const auto tag = m_editor.tag(tagId);
    if (!tag)
        return false;
    if (tag->parentId == newParentId)
        return true;
    return recordChange(tr("Move Tag “%1”").arg(tag->name), {}, true, [&]() -> Result<QList<qint64>> {
        if (auto r = m_editor.store().moveTag(tagId, newParentId); !r)
            return std::unexpected(r.error());
        return QList<qint64>{};
    });
}

bool WorkflowEditor::mergeTags(qint64 sourceId, qint64 targetId)
{
    const auto source = m_editor.tag(sourceId);
    const auto target = m_editor.tag(targetId);
    if (!source || !target) {
        m_editor.reportError(tr("The tag no longer exists."));
        return false;
    }
    if (sourceId == targetId)
        return true;
    // The merge moves the annotations of the source and of any of its descendants.
    const QSet<qint64> moved = tagAndDescendants(m_editor.tags(), sourceId);
    QList<qint64> ids;
    auto all = m_editor.store().annotations();
    if (!all) {
        m_editor.reportError(all.error().message);
        return false;
    }
    for (const Annotation &a : std::as_const(*all))
        if (moved.contains(a.tagId))
            ids.append(a.id);
    return recordChange(tr("Merge Tag “%1” into “%2”").arg(source->name, target->name), ids, true,
                        [&]() -> Result<QList<qint64>> {
                            if (auto r = m_editor.store().mergeTags(sourceId, targetId); !r)
                                return std::unexpected(r.error());
                            return QList<qint64>{};
                        });
}

Result<int> WorkflowEditor::importCodebook(const QList<CodebookEntry> &entries)
{
    int created = 0;
    Error error;
    const bool ok = recordChange(tr("Import Codebook"), {}, true, [&]() -> Result<QList<qint64>> {
        auto imported = marginalia::importCodebook(m_editor.store(), entries);
        if (!imported) {
            error = imported.error();
            return std::unexpected(imported.error());
        }
        created = *imported;
        return QList<qint64>{};
    });
    if (!ok)
        return std::unexpected(error);
    return created;
}

bool WorkflowEditor::setClaimReview(qint64 annotationId, const QString &status, const QString &evidence,
                                    const QString &evidenceUrl, qint64 sourceEntityId)
{
    return recordChange(tr("Review Claim: %1").arg(status), {annotationId}, false, [&]() -> Result<QList<qint64>> {
        if (auto r = m_editor.store().setClaimReview(annotationId, status, evidence, evidenceUrl, sourceEntityId); !r)
            return std::unexpected(r.error());
        return QList<qint64>{};
    });
}

namespace {

// A row read by id: nullopt when it is not there, an error for anything else.
template<typename T>
Result<std::optional<T>> optionalRow(Result<T> row)
{
    if (row)
        return std::optional<T>(std::move(*row));
    if (row.error().kind == Error::Kind::NotFound)
        return std::optional<T>();
    return std::unexpected(row.error());
}

template<typename T>
QList<qint64> sortedKeys(const QHash<qint64, T> &hash)
{
    QList<qint64> keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

Error registerChanged(const QString &what, qint64 id)
{
    return Error{Error::Kind::BadInput,
                 WorkflowEditor::tr("The entity register has changed since: %1 %2 is now something else, so this "
                                    "step cannot be undone or redone.").arg(what).arg(id)};
}

} // namespace

Result<RegisterSlice> WorkflowEditor::readRegisterSlice(const QList<qint64> &entityIds, const QList<qint64> &mentionIds,
                                                        const QList<qint64> &annotationIds) const
{
    const ProjectStore &store = m_editor.store();
    RegisterSlice slice;
    for (qint64 id : entityIds) {
        auto e = optionalRow(store.entity(id));
        if (!e)
            return std::unexpected(e.error());
        slice.entities.insert(id, *e);
    }
    for (qint64 id : mentionIds) {
        auto m = optionalRow(store.mention(id));
        if (!m)
            return std::unexpected(m.error());
        slice.mentions.insert(id, *m);
    }
    for (qint64 id : annotationIds) {
        auto a = optionalRow(store.annotation(id));
        if (!a)
            return std::unexpected(a.error());
        slice.annotations.insert(id, *a);
    }
    return slice;
}

Result<void> WorkflowEditor::applyRegisterSlice(const RegisterSlice &target, const RegisterSlice &expected)
{
    ProjectStore &store = m_editor.store();
    auto current = readRegisterSlice(target.entities.keys(), target.mentions.keys(), target.annotations.keys());
    if (!current)
        return std::unexpected(current.error());
    for (auto it = current->entities.cbegin(); it != current->entities.cend(); ++it)
        if (it.value() && !expected.entities.value(it.key()))
            return std::unexpected(registerChanged(tr("entity"), it.key()));
    for (auto it = current->mentions.cbegin(); it != current->mentions.cend(); ++it)
        if (it.value() && !expected.mentions.value(it.key()))
            return std::unexpected(registerChanged(tr("mention"), it.key()));

    auto done = store.transaction([&]() -> Result<void> {
        // Entities first, so that mentions and claims find them; removed ones last, once nothing that is
        // kept points at them (removing an entity takes its mentions along).
        for (qint64 id : sortedKeys(target.entities)) {
            const std::optional<Entity> &want = target.entities[id];
            const std::optional<Entity> &now = current->entities[id];
            if (!want || now == want)
                continue;
            if (auto r = now ? store.updateEntity(*want) : store.restoreEntity(*want); !r)
                return r;
        }
        // Mentions that move are put back under their ids: all out first, then in, so that the unique
        // (document, range, entity) never sees two at once.
        const QList<qint64> mentionIds = sortedKeys(target.mentions);
        for (qint64 id : mentionIds) {
            const std::optional<Mention> &now = current->mentions[id];
            if (now && now != target.mentions[id])
                if (auto r = store.removeMention(id); !r)
                    return r;
        }
        for (qint64 id : mentionIds) {
            const std::optional<Mention> &want = target.mentions[id];
            if (want && current->mentions[id] != want)
                if (auto r = store.restoreMention(*want); !r)
                    return r;
        }
        // Claims: the whole row as it was (modified included). One that is gone now stays gone.
        for (qint64 id : sortedKeys(target.annotations)) {
            const std::optional<Annotation> &want = target.annotations[id];
            const std::optional<Annotation> &now = current->annotations[id];
            if (!want || !now || now == want)
                continue;
            if (auto r = store.removeAnnotation(id); !r)
                return r;
            if (auto r = store.restoreAnnotation(*want); !r)
                return r;
        }
        for (qint64 id : sortedKeys(target.entities))
            if (!target.entities[id] && current->entities[id])
                if (auto r = store.removeEntity(id); !r)
                    return r;
        return {};
    });
    auto after = readRegisterSlice({}, {}, target.annotations.keys());
    if (after)
        notifyDifference(m_editor, current->annotations, after->annotations);
    emit entitiesChanged();
    return done;
}

bool WorkflowEditor::recordRegisterChange(const QString &text, const QList<qint64> &entityIds,
                                          const QList<qint64> &mentionIds, const QList<qint64> &annotationIds,
                                          const std::function<Result<QList<qint64>>()> &change)
{
    auto before = readRegisterSlice(entityIds, mentionIds, annotationIds);
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
    auto after = readRegisterSlice(allEntities, mentionIds, annotationIds);
    if (!after) {
        // The change is made; without its after state it cannot be undone exactly, so it is not offered.
        m_editor.reportError(after.error().message);
        emit entitiesChanged();
        return true;
    }
    if (!(*before == *after))
        m_editor.undoStack()->push(new RegisterCommand(*this, text, *before, *after));
    notifyDifference(m_editor, before->annotations, after->annotations);
    emit entitiesChanged();
    return true;
}

bool WorkflowEditor::renameEntity(qint64 entityId, const QString &name, const QString &type, const QStringList &aliases)
{
    auto before = m_editor.store().entity(entityId);
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
    return recordRegisterChange(tr("Edit Entity “%1”").arg(after.name), {entityId}, {}, {}, [&]() -> Result<QList<qint64>> {
        if (auto r = m_editor.store().updateEntity(after); !r)
            return std::unexpected(r.error());
        return QList<qint64>{};
    });
}

bool WorkflowEditor::mergeEntities(qint64 sourceId, qint64 targetId)
{
    ProjectStore &store = m_editor.store();
    auto source = store.entity(sourceId);
    auto target = store.entity(targetId);
    auto mentions = store.mentions();
    auto annotations = store.annotations();
    for (const Error *e : {source ? nullptr : &source.error(), target ? nullptr : &target.error(),
                           mentions ? nullptr : &mentions.error(), annotations ? nullptr : &annotations.error()}) {
        if (e) {
            m_editor.reportError(e->message);
            return false;
        }
    }
    // Everything the merge touches: both entities, their mentions (the source's move or, where the target
    // has the same one, go with the source) and the claims attributed to the source.
    QList<qint64> mentionIds;
    for (const Mention &m : std::as_const(*mentions))
        if (m.entityId == sourceId || m.entityId == targetId)
            mentionIds.append(m.id);
    QList<qint64> claimIds;
    for (const Annotation &a : std::as_const(*annotations))
        if (a.sourceEntityId == sourceId)
            claimIds.append(a.id);
    return recordRegisterChange(tr("Merge “%1” into “%2”").arg(source->name, target->name), {sourceId, targetId},
                                mentionIds, claimIds, [&]() -> Result<QList<qint64>> {
                                    if (auto r = store.mergeEntities(sourceId, targetId); !r)
                                        return std::unexpected(r.error());
                                    return QList<qint64>{};
                                });
}

bool WorkflowEditor::splitMention(qint64 mentionId, const QString &name)
{
    auto mention = optionalRow(m_editor.store().mention(mentionId));
    if (!mention) {
        m_editor.reportError(mention.error().message);
        return false;
    }
    if (!*mention) {
        m_editor.reportError(tr("The mention no longer exists."));
        return false;
    }
    return recordRegisterChange(tr("Split Mention"), {(*mention)->entityId}, {mentionId}, {}, [&]() -> Result<QList<qint64>> {
        auto created = m_editor.store().splitMention(mentionId, name);
        if (!created)
            return std::unexpected(created.error());
        return QList<qint64>{created->id};
    });
}

std::optional<int> WorkflowEditor::tagAllMentions(qint64 entityId, qint64 tagId)
{
    const QString entityName = m_editor.store().entity(entityId).transform([](const Entity &e) { return e.name; }).value_or(QString());
    int count = 0;
    const bool ok = recordChange(tr("Tag All Mentions of “%1”").arg(entityName), {}, false, [&]() -> Result<QList<qint64>> {
        auto ids = m_editor.store().tagAllMentions(entityId, tagId);
        if (ids)
            count = int(ids->size());
        return ids;
    });
    if (!ok)
        return std::nullopt;
    return count;
}

QString WorkflowEditor::memo(qint64 documentId) const
{
    auto text = documentId ? m_editor.store().documentMemo(documentId) : m_editor.store().projectMemo();
    return text.value_or(QString());
}

bool WorkflowEditor::setMemo(qint64 documentId, const QString &text)
{
    const QString before = memo(documentId);
    if (before == text)
        return true;
    auto done = documentId ? m_editor.store().setDocumentMemo(documentId, text) : m_editor.store().setProjectMemo(text);
    if (!done) {
        m_editor.reportError(done.error().message);
        return false;
    }
    m_editor.undoStack()->push(new MemoCommand(*this, documentId, before, text));
    emit memoChanged(documentId);
    return true;
}

} // namespace marginalia
