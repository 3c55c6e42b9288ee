#include "core/WorkflowCommands.h"

#include "core/ProjectEditor.h"
#include "core/ProjectStore.h"

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
class WorkflowCommand : public QUndoCommand
{
public:
    WorkflowCommand(WorkflowEditor &workflow, const QString &text)
        : QUndoCommand(text)
        , m_workflow(workflow)
    {
    }

    void redo() final
    {
        if (m_alreadyDone) {
            m_alreadyDone = false;
            return;
        }
        finish(apply());
    }
    void undo() final { finish(revert()); }

protected:
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;
    ProjectStore &store() const { return m_workflow.editor().store(); }

    WorkflowEditor &m_workflow;

private:
    void finish(const Result<void> &result)
    {
        if (!result) {
            m_workflow.editor().reportError(result.error().message);
            setObsolete(true);
        }
    }

    bool m_alreadyDone = true;
};

class UpdateEntityCommand final : public WorkflowCommand
{
public:
    UpdateEntityCommand(WorkflowEditor &workflow, const Entity &before, const Entity &after)
        : WorkflowCommand(workflow, WorkflowEditor::tr("Edit Entity “%1”").arg(after.name))
        , m_before(before)
        , m_after(after)
    {
    }

protected:
    Result<void> apply() override { return write(m_after); }
    Result<void> revert() override { return write(m_before); }

private:
    Result<void> write(const Entity &e)
    {
        auto done = store().updateEntity(e);
        m_workflow.notifyEntitiesChanged();
        return done;
    }

    Entity m_before;
    Entity m_after;
};

// The store has no way to re-insert an entity or mention with its old id, so undoing a merge re-creates the
// source entity (new id) with its name, type, aliases, mentions and attributed claims.
class MergeEntitiesCommand final : public WorkflowCommand
{
public:
    MergeEntitiesCommand(WorkflowEditor &workflow, const Entity &source, const Entity &target,
                         const QList<Mention> &sourceMentions, const QList<Annotation> &attributed)
        : WorkflowCommand(workflow, WorkflowEditor::tr("Merge “%1” into “%2”").arg(source.name, target.name))
        , m_source(source)
        , m_target(target)
        , m_sourceMentions(sourceMentions)
        , m_attributed(attributed)
    {
    }

protected:
    Result<void> apply() override
    {
        auto merged = store().mergeEntities(m_source.id, m_target.id);
        if (merged)
            notifyClaims(m_target.id);
        m_workflow.notifyEntitiesChanged();
        return merged;
    }

    Result<void> revert() override
    {
        qint64 newId = 0;
        auto done = store().transaction([&]() -> Result<void> {
            Entity recreated = m_source;
            recreated.id = 0;
            auto added = store().addEntity(recreated);
            if (!added)
                return std::unexpected(added.error());
            newId = added->id;
            if (auto target = store().updateEntity(m_target); !target)
                return target;
            auto current = store().mentions();
            if (!current)
                return std::unexpected(current.error());
            for (const Mention &m : std::as_const(m_sourceMentions)) {
                // The merge moved the mention to the target (same id) unless the target had one already.
                for (const Mention &c : std::as_const(*current))
                    if (c.id == m.id && c.entityId == m_target.id)
                        if (auto removed = store().removeMention(c.id); !removed)
                            return removed;
                Mention back = m;
                back.id = 0;
                back.entityId = newId;
                if (auto re = store().addMention(back); !re)
                    return std::unexpected(re.error());
            }
            for (Annotation a : std::as_const(m_attributed)) {
                a.sourceEntityId = newId;
                if (auto removed = store().removeAnnotation(a.id); !removed)
                    return removed;
                if (auto restored = store().restoreAnnotation(a); !restored)
                    return restored;
            }
            return {};
        });
        if (done) {
            m_source.id = newId;
            for (Annotation &a : m_attributed)
                a.sourceEntityId = newId;
            notifyClaims(newId);
        }
        m_workflow.notifyEntitiesChanged();
        return done;
    }

private:
    void notifyClaims(qint64 entityId)
    {
        for (const Annotation &a : std::as_const(m_attributed)) {
            Annotation now = a;
            now.sourceEntityId = entityId;
            m_workflow.editor().notifyAnnotationChanged(store().annotation(a.id).value_or(now));
        }
    }

    Entity m_source;
    Entity m_target;
    QList<Mention> m_sourceMentions;
    QList<Annotation> m_attributed;
};

class SplitMentionCommand final : public WorkflowCommand
{
public:
    SplitMentionCommand(WorkflowEditor &workflow, const Mention &mention, const Entity &created, const QString &name)
        : WorkflowCommand(workflow, WorkflowEditor::tr("Split Mention"))
        , m_mention(mention)
        , m_created(created)
        , m_name(name)
    {
    }

protected:
    Result<void> apply() override
    {
        auto split = store().splitMention(m_mention.id, m_name);
        if (split)
            m_created = *split;
        m_workflow.notifyEntitiesChanged();
        if (!split)
            return std::unexpected(split.error());
        return {};
    }

    Result<void> revert() override
    {
        auto done = store().transaction([&]() -> Result<void> {
            Mention back = m_mention;
            back.id = 0;
            auto added = store().addMention(back);
            if (!added)
                return std::unexpected(added.error());
            m_mention.id = added->id;
            return store().removeEntity(m_created.id); // takes the split-off mention with it
        });
        m_workflow.notifyEntitiesChanged();
        return done;
    }

private:
    Mention m_mention;
    Entity m_created;
    QString m_name;
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
    : QUndoCommand(text)
    , m_workflow(workflow)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SliceCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    apply(m_after);
}

void SliceCommand::undo()
{
    apply(m_before);
}

void SliceCommand::apply(const ProjectSlice &slice)
{
    if (auto done = m_workflow.applySlice(slice); !done) {
        m_workflow.editor().reportError(done.error().message);
        setObsolete(true);
    }
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
    if (auto r = m_editor.store().updateEntity(after); !r) {
        m_editor.reportError(r.error().message);
        return false;
    }
    const Entity stored = m_editor.store().entity(entityId).value_or(after);
    m_editor.undoStack()->push(new UpdateEntityCommand(*this, *before, stored));
    emit entitiesChanged();
    return true;
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
    QList<Mention> sourceMentions;
    for (const Mention &m : std::as_const(*mentions))
        if (m.entityId == sourceId)
            sourceMentions.append(m);
    QList<Annotation> attributed;
    for (const Annotation &a : std::as_const(*annotations))
        if (a.sourceEntityId == sourceId)
            attributed.append(a);
    if (auto r = store.mergeEntities(sourceId, targetId); !r) {
        m_editor.reportError(r.error().message);
        return false;
    }
    m_editor.undoStack()->push(new MergeEntitiesCommand(*this, *source, *target, sourceMentions, attributed));
    for (const Annotation &a : std::as_const(attributed))
        m_editor.notifyAnnotationChanged(store.annotation(a.id).value_or(a));
    emit entitiesChanged();
    return true;
}

bool WorkflowEditor::splitMention(qint64 mentionId, const QString &name)
{
    auto mentions = m_editor.store().mentions();
    if (!mentions) {
        m_editor.reportError(mentions.error().message);
        return false;
    }
    const auto it = std::find_if(mentions->cbegin(), mentions->cend(), [mentionId](const Mention &m) { return m.id == mentionId; });
    if (it == mentions->cend()) {
        m_editor.reportError(tr("The mention no longer exists."));
        return false;
    }
    auto created = m_editor.store().splitMention(mentionId, name);
    if (!created) {
        m_editor.reportError(created.error().message);
        return false;
    }
    m_editor.undoStack()->push(new SplitMentionCommand(*this, *it, *created, name));
    emit entitiesChanged();
    return true;
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
