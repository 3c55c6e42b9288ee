#pragma once

#include "core/model/Model.h"
#include "core/analysis/Span.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace marginalia {

class ProjectStore;

// The one way the GUI changes a project. Every edit is an undoable command whose redo and undo each write
// through the store at once (there is no Save). Models listen to the fine-grained signals instead of
// re-reading the store. A store error is reported through errorOccurred and leaves the project unchanged.
class ProjectEditor final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectEditor(ProjectStore &store, QObject *parent = nullptr);
    ~ProjectEditor() override;

    ProjectStore &store() const { return m_store; }
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

    // Suggestions from analysis: accepting creates an annotation keeping the suggestion's provenance,
    // rejecting stores a Rejection so the suggestion never comes back.
    std::optional<Annotation> acceptSuggestion(qint64 documentId, const QString &documentText, const Span &span,
                                               qint64 tagId);
    bool rejectSuggestion(qint64 documentId, const Span &span);

    // Tags.
    std::optional<Tag> addTag(const Tag &tag);
    bool updateTag(const Tag &tag); // rename, recolour, new key

    // Called by the commands; they keep the cached tag list and the listeners in step with the store.
    void reportError(const QString &message) { emit errorOccurred(message); }
    void notifyAnnotationAdded(const Annotation &annotation) { emit annotationAdded(annotation); }
    void notifyAnnotationChanged(const Annotation &annotation) { emit annotationChanged(annotation); }
    void notifyAnnotationRemoved(const Annotation &annotation) { emit annotationRemoved(annotation); }
    void notifyRejectionsChanged(qint64 documentId) { emit rejectionsChanged(documentId); }
    void reloadTags();

signals:
    void annotationAdded(const marginalia::Annotation &annotation);
    void annotationChanged(const marginalia::Annotation &annotation);
    void annotationRemoved(const marginalia::Annotation &annotation);
    void tagsChanged();
    void rejectionsChanged(qint64 documentId);
    void errorOccurred(const QString &message);

private:
    ProjectStore &m_store;
    QUndoStack m_undoStack;
    QList<Tag> m_tags;
};

} // namespace marginalia
