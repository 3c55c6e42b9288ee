// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Span.h"
#include "core/codebook/Codebook.h"
#include "core/edit/CommandId.h"
#include "core/edit/DocumentRevision.h"
#include "core/edit/SuggestionAcceptance.h"
#include "core/exchange/AnnotationImport.h"
#include "core/model/Document.h"
#include "core/model/Error.h"
#include "core/model/Model.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace marginalia {

class ProjectStore;
struct LearnedModelRecord;
class RegisterEdits;

// The one way the GUI changes a project. Every edit is an undoable command (one StoreCommand subclass per
// kind of edit) whose redo and undo each write through the store at once (there is no Save). Models listen
// to the fine-grained signals instead of re-reading the store. A store error is reported through
// errorOccurred and leaves the project unchanged. Reads go through store(), which is read-only.
//
// Outside the undo history, but still through here: adding an imported document and the per-project view
// state (reading positions). User preferences (theme, font, zoom, window layout) are QSettings of the GUI,
// not part of the project, and do not come here.
class ProjectEditor final : public QObject {
    Q_OBJECT

public:
    enum class AnnotationField { Tag, Note, Span, Place }; // what a one-annotation edit changes

    explicit ProjectEditor(ProjectStore &store, QObject *parent = nullptr);
    ~ProjectEditor() override;

    const ProjectStore &store() const { return m_store; }
    // Who is coding: the author every annotation made here from now on carries (the GUI sets it from the
    // user's "Your Name (Coder)" preference; empty: none). Inter-coder agreement tells coders apart by it.
    void setAuthor(const QString &author) { m_author = author.trimmed(); }
    const QString &author() const { return m_author; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Tags as last read from the store, in store order.
    const QList<Tag> &tags() const { return m_tags; }
    std::optional<Tag> tag(qint64 id) const;
    std::optional<Tag> tagForKey(int key) const;

    // Annotations. `documentText` is the normalized text the offsets (code points) index.
    std::optional<Annotation> createAnnotation(qint64 documentId, const QString &documentText, int start, int end,
                                               qint64 tagId);
    bool deleteAnnotation(qint64 annotationId);
    bool retagAnnotation(qint64 annotationId, qint64 tagId);
    // Consecutive note edits of one annotation merge into one undo step.
    bool setAnnotationNote(qint64 annotationId, const QString &note);
    // New start and end (code points into `documentText`); quote and context follow. Consecutive adjustments
    // of one annotation merge into one undo step.
    bool setAnnotationSpan(qint64 annotationId, const QString &documentText, int start, int end);
    // Puts an annotation (an orphan of a re-import, say) on [start, end) of its document's text, as placed
    // by hand: one undo step.
    bool attachAnnotation(qint64 annotationId, int start, int end);
    // Many at once: one undo step each.
    bool retagAnnotations(const QList<qint64> &annotationIds, qint64 tagId); // tagId 0 untags
    bool deleteAnnotations(const QList<qint64> &annotationIds);

    // Suggestions from analysis: accepting creates an annotation keeping the suggestion's provenance and
    // feeds the entity register (see acceptSuggestionsInStore; `found` is the document's analysis result,
    // to type a claim's source), rejecting stores a Rejection so the suggestion never comes back.
    std::optional<Annotation> acceptSuggestion(qint64 documentId, const QString &documentText, const Span &span,
                                               qint64 tagId, const QList<Span> &found = {});
    // Many at once, as one undo step.
    std::optional<QList<Annotation>> acceptSuggestions(qint64 documentId, const QString &documentText,
                                                       const QList<SuggestionToAccept> &suggestions,
                                                       const QList<Span> &found = {});
    bool rejectSuggestion(qint64 documentId, const Span &span);

    // Tags and the codebook tree.
    std::optional<Tag> addTag(const Tag &tag);
    bool updateTag(const Tag &tag); // rename, recolour, new key
    std::optional<Tag> createTag(const QString &name, qint64 parentId); // a new child (or top-level) tag
    // The tag at `path` from the top, creating it and any missing parents (one undo step).
    std::optional<Tag> createTagPath(const QStringList &path);
    bool moveTag(qint64 tagId, qint64 newParentId);
    bool mergeTags(qint64 sourceId, qint64 targetId);
    // Deletes the tag and every tag below it, one undo step; their annotations stay, untagged, or go too.
    enum class TagDeletion { KeepAnnotationsUntagged, DeleteAnnotations };
    bool deleteTag(qint64 tagId, TagDeletion annotations);
    // The annotations that carry the tag or a tag below it (what merging or deleting it touches).
    Result<QList<qint64>> annotationsUnderTag(qint64 tagId) const;
    Result<int> importCodebook(const QList<CodebookEntry> &entries);
    // Annotations from a file (core/exchange): all placed and written in one transaction, or none; the
    // annotations and the tags created for them are one undo step. Errors are returned, not signalled.
    Result<AnnotationImportSummary> importAnnotations(const QList<IncomingAnnotation> &incoming,
                                                      const AnnotationImportOptions &options = {});

    // Claim review.
    bool setClaimReview(qint64 annotationId, const QString &status, const QString &evidence, const QString &evidenceUrl,
                        qint64 sourceEntityId);

    // Entity register.
    bool renameEntity(qint64 entityId, const QString &name, const QString &type, const QStringList &aliases);
    bool mergeEntities(qint64 sourceId, qint64 targetId);
    bool splitMention(qint64 mentionId, const QString &name = QString());
    // Returns the number of annotations created.
    std::optional<int> tagAllMentions(qint64 entityId, qint64 tagId);

    // Memos. Consecutive edits of one memo merge into one undo step. documentId 0: the project memo.
    bool setMemo(qint64 documentId, const QString &text);
    QString memo(qint64 documentId) const;

    // Documents. Renaming changes the title only; deleting takes the document with its annotations,
    // rejections, mentions and memo, and undo puts all of it back under the same ids.
    bool renameDocument(qint64 documentId, const QString &title);
    bool deleteDocument(qint64 documentId);

    // Not undoable (see above). Errors are returned, not signalled: the caller says what failed.
    Result<qint64> addDocument(const ImportedDocument &document);
    // A project exchange (REFI-QDA import): `importer` writes documents, tags, annotations and memos through
    // the store in one transaction of its own. Not undoable either; afterwards the tags are read again and
    // listeners told, and the caller reloads its documents.
    Result<void> importIntoProject(const std::function<Result<void>(ProjectStore &)> &importer);
    // Replaces a document by a new version of its file (imported as addDocument's are) and moves its
    // annotations onto the new text (see reviseDocument): one undo step. Errors are returned.
    Result<RevisionSummary> reimportDocument(qint64 documentId, const ImportedDocument &newVersion);
    Result<void> setReadingPosition(qint64 documentId, int position);
    // Keeps a tag's learned model (derived data, rebuilt from the annotations: no undo step).
    Result<void> saveLearnedModel(const LearnedModelRecord &model);
    std::optional<int> readingPosition(qint64 documentId) const;
    // The document to show at start: the one whose reading position was saved last (the one read when
    // the program was closed), while it is in the project; else the first. 0 for an empty project.
    qint64 documentToReopen() const;

    // Called by the commands; they keep the cached tag list and the listeners in step with the store.
    void reportError(const QString &message) { emit errorOccurred(message); }
    void notifyAnnotationAdded(const Annotation &annotation) { emit annotationAdded(annotation); }
    void notifyAnnotationChanged(const Annotation &annotation) { emit annotationChanged(annotation); }
    void notifyAnnotationRemoved(const Annotation &annotation) { emit annotationRemoved(annotation); }
    // Added, changed or removed signals for the difference between two states of the same annotations.
    void notifyAnnotationDifference(const QHash<qint64, std::optional<Annotation>> &from,
                                    const QHash<qint64, std::optional<Annotation>> &to);
    void notifyRejectionsChanged(qint64 documentId) { emit rejectionsChanged(documentId); }
    void notifyEntitiesChanged() { emit entitiesChanged(); }
    void notifyMemoChanged(qint64 documentId) { emit memoChanged(documentId); }
    void notifyDocumentChanged(qint64 documentId) { emit documentChanged(documentId); }
    // Besides the document, its annotations and mentions came or went: counts and the register follow.
    void notifyDocumentRemoved(qint64 documentId);
    void notifyDocumentRestored(qint64 documentId);
    void notifyDocumentReplaced(qint64 documentId) { emit documentReplaced(documentId); }
    void reloadTags();

signals:
    void annotationAdded(const marginalia::Annotation &annotation);
    void annotationChanged(const marginalia::Annotation &annotation);
    void annotationRemoved(const marginalia::Annotation &annotation);
    void tagsChanged();
    void rejectionsChanged(qint64 documentId);
    void entitiesChanged(); // entities or mentions of the register
    void memoChanged(qint64 documentId);
    void documentChanged(qint64 documentId);  // renamed
    void documentRemoved(qint64 documentId);  // with everything in it
    void documentRestored(qint64 documentId); // undo of a removal
    // The document's text, blocks and all its annotations changed at once (a re-import or its undo).
    void documentReplaced(qint64 documentId);
    void errorOccurred(const QString &message);

private:
    friend class StoreCommand; // commands write through the store

    // Runs `change` (a store write), records before/after of the given annotations (and tags) around it,
    // and pushes a SliceCommand that switches between the two. `change` returns annotations it created.
    bool recordChange(const QString &text, QList<qint64> annotationIds, bool withTags,
                      const std::function<Result<QList<qint64>>()> &change);
    // Writes `after` over one annotation and records the step (retag and note edits).
    bool updateAnnotation(qint64 annotationId, AnnotationField what, const std::function<void(Annotation &)> &change);

    ProjectStore &m_store;
    QUndoStack m_undoStack;
    QList<Tag> m_tags;
    std::unique_ptr<RegisterEdits> m_register;
    QString m_author;
};

} // namespace marginalia
