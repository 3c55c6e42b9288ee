#include "core/edit/ProjectEditor.h"

#include "core/edit/StoreCommand.h"

#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QUndoCommand>

namespace marginalia {

namespace {

// Commands are pushed after their first run succeeded (so a failure never reaches the stack); the push's
// redo() is then skipped. A later undo or redo that fails makes the command obsolete, which removes it.
class AddAnnotationCommand final : public StoreCommand
{
public:
    AddAnnotationCommand(ProjectEditor &editor, const Annotation &annotation, const QString &text)
        : StoreCommand(editor, text)
        , m_annotation(annotation)
    {
    }

protected:
    Result<void> apply() override
    {
        auto restored = m_editor.store().restoreAnnotation(m_annotation);
        if (restored)
            m_editor.notifyAnnotationAdded(m_annotation);
        return restored;
    }
    Result<void> revert() override
    {
        auto removed = m_editor.store().removeAnnotation(m_annotation.id);
        if (removed)
            m_editor.notifyAnnotationRemoved(m_annotation);
        return removed;
    }

private:
    Annotation m_annotation;
};

class RemoveAnnotationCommand final : public StoreCommand
{
public:
    RemoveAnnotationCommand(ProjectEditor &editor, const Annotation &annotation)
        : StoreCommand(editor, ProjectEditor::tr("Delete Annotation"))
        , m_annotation(annotation)
    {
    }

protected:
    Result<void> apply() override
    {
        auto removed = m_editor.store().removeAnnotation(m_annotation.id);
        if (removed)
            m_editor.notifyAnnotationRemoved(m_annotation);
        return removed;
    }
    Result<void> revert() override
    {
        auto restored = m_editor.store().restoreAnnotation(m_annotation);
        if (restored)
            m_editor.notifyAnnotationAdded(m_annotation);
        return restored;
    }

private:
    Annotation m_annotation;
};

class UpdateAnnotationCommand final : public StoreCommand
{
public:
    enum class What { Note = 1, Tag = 2 };

    UpdateAnnotationCommand(ProjectEditor &editor, const Annotation &before, const Annotation &after, What what)
        : StoreCommand(editor, what == What::Note ? ProjectEditor::tr("Edit Note") : ProjectEditor::tr("Change Tag"))
        , m_before(before)
        , m_after(after)
        , m_what(what)
    {
    }

    int id() const override { return m_what == What::Note ? 0x4e4f5445 : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const UpdateAnnotationCommand *>(other);
        if (next->m_after.id != m_after.id)
            return false;
        m_after = next->m_after;
        return true;
    }

protected:
    Result<void> apply() override { return write(m_after); }
    Result<void> revert() override { return write(m_before); }

private:
    Result<void> write(const Annotation &state)
    {
        if (auto updated = m_editor.store().updateAnnotation(state); !updated)
            return updated;
        auto stored = m_editor.store().annotation(state.id);
        m_editor.notifyAnnotationChanged(stored ? *stored : state);
        return {};
    }

    Annotation m_before;
    Annotation m_after;
    What m_what;
};

class RejectSuggestionCommand final : public StoreCommand
{
public:
    RejectSuggestionCommand(ProjectEditor &editor, const Rejection &rejection)
        : StoreCommand(editor, ProjectEditor::tr("Reject Suggestion"))
        , m_rejection(rejection)
    {
    }

protected:
    Result<void> apply() override
    {
        auto added = m_editor.store().addRejection(m_rejection);
        if (added)
            m_editor.notifyRejectionsChanged(m_rejection.documentId);
        return added;
    }
    Result<void> revert() override
    {
        auto removed = m_editor.store().removeRejection(m_rejection);
        if (removed)
            m_editor.notifyRejectionsChanged(m_rejection.documentId);
        return removed;
    }

private:
    Rejection m_rejection;
};

class AddTagCommand final : public StoreCommand
{
public:
    AddTagCommand(ProjectEditor &editor, const Tag &tag)
        : StoreCommand(editor, ProjectEditor::tr("Add Tag"))
        , m_tag(tag)
    {
    }

protected:
    Result<void> apply() override
    {
        auto restored = m_editor.store().restoreTag(m_tag);
        m_editor.reloadTags();
        return restored;
    }
    Result<void> revert() override
    {
        auto removed = m_editor.store().removeTag(m_tag.id);
        m_editor.reloadTags();
        return removed;
    }

private:
    Tag m_tag;
};

class UpdateTagCommand final : public StoreCommand
{
public:
    UpdateTagCommand(ProjectEditor &editor, const Tag &before, const Tag &after)
        : StoreCommand(editor, ProjectEditor::tr("Edit Tag"))
        , m_before(before)
        , m_after(after)
    {
    }

protected:
    Result<void> apply() override { return write(m_after); }
    Result<void> revert() override { return write(m_before); }

private:
    Result<void> write(const Tag &tag)
    {
        auto updated = m_editor.store().updateTag(tag);
        m_editor.reloadTags();
        return updated;
    }

    Tag m_before;
    Tag m_after;
};

} // namespace

ProjectEditor::ProjectEditor(ProjectStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (auto tags = m_store.tags())
        m_tags = *tags;
}

ProjectEditor::~ProjectEditor()
{
    // The commands refer to this editor; drop them before it goes.
    m_undoStack.clear();
}

std::optional<Tag> ProjectEditor::tag(qint64 id) const
{
    for (const Tag &t : m_tags)
        if (t.id == id)
            return t;
    return std::nullopt;
}

std::optional<Tag> ProjectEditor::tagForKey(int key) const
{
    if (key <= 0)
        return std::nullopt;
    for (const Tag &t : m_tags)
        if (t.key == key)
            return t;
    return std::nullopt;
}

void ProjectEditor::reloadTags()
{
    auto tags = m_store.tags();
    if (!tags) {
        emit errorOccurred(tags.error().message);
        return;
    }
    m_tags = *tags;
    emit tagsChanged();
}

std::optional<Annotation> ProjectEditor::createAnnotation(qint64 documentId, const QString &documentText, int start,
                                                          int end, qint64 tagId)
{
    if (end <= start) {
        emit errorOccurred(tr("Select some text to annotate first."));
        return std::nullopt;
    }
    Annotation draft;
    draft.documentId = documentId;
    draft.start = start;
    draft.end = end;
    draft.tagId = tagId;
    fillContext(draft, documentText);
    auto added = m_store.addAnnotation(draft);
    if (!added) {
        emit errorOccurred(added.error().message);
        return std::nullopt;
    }
    const auto tagName = tag(tagId).transform([](const Tag &t) { return t.name; }).value_or(QString());
    m_undoStack.push(new AddAnnotationCommand(*this, *added,
                                              tagName.isEmpty() ? tr("Annotate")
                                                                : tr("Tag as %1").arg(tagName)));
    emit annotationAdded(*added);
    return *added;
}

bool ProjectEditor::deleteAnnotation(qint64 annotationId)
{
    auto existing = m_store.annotation(annotationId);
    if (!existing) {
        emit errorOccurred(existing.error().message);
        return false;
    }
    if (auto removed = m_store.removeAnnotation(annotationId); !removed) {
        emit errorOccurred(removed.error().message);
        return false;
    }
    m_undoStack.push(new RemoveAnnotationCommand(*this, *existing));
    emit annotationRemoved(*existing);
    return true;
}

namespace {
// Shared by retag and note edits: write `after`, then record the step.
template<typename Change>
bool updateAnnotation(ProjectEditor &editor, QUndoStack &stack, qint64 annotationId,
                      UpdateAnnotationCommand::What what, Change change)
{
    auto before = editor.store().annotation(annotationId);
    if (!before) {
        editor.reportError(before.error().message);
        return false;
    }
    Annotation after = *before;
    change(after);
    if (after == *before)
        return true;
    if (auto updated = editor.store().updateAnnotation(after); !updated) {
        editor.reportError(updated.error().message);
        return false;
    }
    auto stored = editor.store().annotation(annotationId);
    const Annotation current = stored ? *stored : after;
    stack.push(new UpdateAnnotationCommand(editor, *before, current, what));
    editor.notifyAnnotationChanged(current);
    return true;
}
} // namespace

bool ProjectEditor::retagAnnotation(qint64 annotationId, qint64 tagId)
{
    return updateAnnotation(*this, m_undoStack, annotationId, UpdateAnnotationCommand::What::Tag,
                            [tagId](Annotation &a) { a.tagId = tagId; });
}

bool ProjectEditor::setAnnotationNote(qint64 annotationId, const QString &note)
{
    return updateAnnotation(*this, m_undoStack, annotationId, UpdateAnnotationCommand::What::Note,
                            [&note](Annotation &a) { a.note = note; });
}

std::optional<Annotation> ProjectEditor::acceptSuggestion(qint64 documentId, const QString &documentText,
                                                          const Span &span, qint64 tagId)
{
    Annotation draft;
    draft.documentId = documentId;
    draft.start = span.start;
    draft.end = span.end;
    draft.tagId = tagId;
    draft.kind = spanKindName(span.kind);
    draft.label = span.label;
    draft.confidence = span.confidence;
    draft.source = span.source;
    draft.rule = span.rule;
    if (span.kind == SpanKind::Claim)
        draft.status = QStringLiteral("unreviewed");
    fillContext(draft, documentText);
    auto added = m_store.addAnnotation(draft);
    if (!added) {
        emit errorOccurred(added.error().message);
        return std::nullopt;
    }
    m_undoStack.push(new AddAnnotationCommand(*this, *added, tr("Accept Suggestion")));
    emit annotationAdded(*added);
    return *added;
}

bool ProjectEditor::rejectSuggestion(qint64 documentId, const Span &span)
{
    const Rejection rejection{documentId, span.start, span.end, span.label};
    if (auto added = m_store.addRejection(rejection); !added) {
        emit errorOccurred(added.error().message);
        return false;
    }
    m_undoStack.push(new RejectSuggestionCommand(*this, rejection));
    emit rejectionsChanged(documentId);
    return true;
}

std::optional<Tag> ProjectEditor::addTag(const Tag &tag)
{
    auto added = m_store.addTag(tag);
    if (!added) {
        emit errorOccurred(added.error().message);
        return std::nullopt;
    }
    m_undoStack.push(new AddTagCommand(*this, *added));
    reloadTags();
    return *added;
}

bool ProjectEditor::updateTag(const Tag &tag)
{
    const auto before = this->tag(tag.id);
    if (!before) {
        emit errorOccurred(tr("The tag no longer exists."));
        return false;
    }
    if (*before == tag)
        return true;
    if (auto updated = m_store.updateTag(tag); !updated) {
        emit errorOccurred(updated.error().message);
        return false;
    }
    m_undoStack.push(new UpdateTagCommand(*this, *before, tag));
    reloadTags();
    return true;
}

} // namespace marginalia
