#pragma once

#include "core/codebook/Codebook.h"
#include "core/model/Model.h"
#include "core/edit/StoreCommand.h"

#include <QHash>
#include <QObject>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace marginalia {

class ProjectEditor;

// What a workflow command changes, as far as the store shows it: a set of annotations (by id; nullopt: the
// annotation does not exist in that state) and, optionally, the whole tag list. Bulk edits record the
// state before and after their first run and switch between the two, so each is exactly one undo step.
struct ProjectSlice {
    QHash<qint64, std::optional<Annotation>> annotations;
    std::optional<QList<Tag>> tags; // nullopt: the command leaves tags alone
};

// What an entity-register command changes: some entities, mentions and annotations (claims attributed
// to an entity), by id; nullopt: the row does not exist in that state. Entity commands record the state
// before and after their first run and switch between the two, restoring rows under their old ids, so
// that older undo steps that refer to those ids stay valid.
struct RegisterSlice {
    QHash<qint64, std::optional<Entity>> entities;
    QHash<qint64, std::optional<Mention>> mentions;
    QHash<qint64, std::optional<Annotation>> annotations;
    friend bool operator==(const RegisterSlice &, const RegisterSlice &) = default;
};

// Research-workflow edits (codebook, entity register, claim review, memos) on top of ProjectEditor: every
// method writes through the store at once and pushes one command onto editor.undoStack(). ProjectEditor's
// own signals (annotationAdded/Changed/Removed, tagsChanged) report annotation and tag changes; the
// register, claims and memos, which ProjectEditor does not know, are reported by the signals below.
class WorkflowEditor final : public QObject
{
    Q_OBJECT

public:
    explicit WorkflowEditor(ProjectEditor &editor, QObject *parent = nullptr);

    ProjectEditor &editor() const { return m_editor; }

    // Annotations, many at once: one undo step each.
    bool retagAnnotations(const QList<qint64> &annotationIds, qint64 tagId); // tagId 0 untags
    bool deleteAnnotations(const QList<qint64> &annotationIds);

    // Codebook.
    std::optional<Tag> createTag(const QString &name, qint64 parentId); // a new child (or top-level) tag
    // The tag at `path` from the top, creating it and any missing parents (one undo step).
    std::optional<Tag> createTagPath(const QStringList &path);
    bool moveTag(qint64 tagId, qint64 newParentId);
    bool mergeTags(qint64 sourceId, qint64 targetId);
    Result<int> importCodebook(const QList<CodebookEntry> &entries);

    // Claim review.
    bool setClaimReview(qint64 annotationId, const QString &status, const QString &evidence,
                        const QString &evidenceUrl, qint64 sourceEntityId);

    // Entity register.
    bool renameEntity(qint64 entityId, const QString &name, const QString &type, const QStringList &aliases);
    bool mergeEntities(qint64 sourceId, qint64 targetId);
    bool splitMention(qint64 mentionId, const QString &name = QString());
    // Returns the number of annotations created.
    std::optional<int> tagAllMentions(qint64 entityId, qint64 tagId);

    // Memos. Consecutive edits of one memo merge into one undo step. documentId 0: the project memo.
    bool setMemo(qint64 documentId, const QString &text);
    QString memo(qint64 documentId) const;

    // Used by the commands.
    Result<void> applySlice(const ProjectSlice &slice);
    ProjectSlice readSlice(const QList<qint64> &annotationIds, bool withTags) const;
    Result<RegisterSlice> readRegisterSlice(const QList<qint64> &entityIds, const QList<qint64> &mentionIds,
                                            const QList<qint64> &annotationIds) const;
    // Puts the rows of `target` back as they were, under their ids. `expected` is the state the store
    // should be in now (the other side of the command): a row it lacks but the store has was made by
    // someone else since, and is not overwritten (an error instead).
    Result<void> applyRegisterSlice(const RegisterSlice &target, const RegisterSlice &expected);
    void notifyEntitiesChanged() { emit entitiesChanged(); }
    void notifyMemoChanged(qint64 documentId) { emit memoChanged(documentId); }

signals:
    void entitiesChanged();
    void memoChanged(qint64 documentId);

private:
    // Runs `change` (a store write), records before/after of the given annotations (and tags) around it,
    // and pushes a command that switches between the two.
    bool recordChange(const QString &text, QList<qint64> annotationIds, bool withTags,
                      const std::function<Result<QList<qint64>>()> &change);

    // The same for entity-register changes; `change` returns the ids of entities it created.
    bool recordRegisterChange(const QString &text, const QList<qint64> &entityIds, const QList<qint64> &mentionIds,
                              const QList<qint64> &annotationIds, const std::function<Result<QList<qint64>>()> &change);

    ProjectEditor &m_editor;
};

// Switches the store between two recorded slices. Pushed after its first run (its first redo is a no-op).
class SliceCommand final : public StoreCommand
{
public:
    SliceCommand(WorkflowEditor &workflow, const QString &text, ProjectSlice before, ProjectSlice after);

private:
    Result<void> apply() override;
    Result<void> revert() override;

    WorkflowEditor &m_workflow;
    ProjectSlice m_before;
    ProjectSlice m_after;
};

} // namespace marginalia
