// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/ProjectEditor.h"

#include "core/edit/AcceptSuggestionsCommand.h"
#include "core/edit/AddAnnotationCommand.h"
#include "core/edit/AddTagCommand.h"
#include "core/edit/MemoCommand.h"
#include "core/edit/ProjectSlice.h"
#include "core/edit/RegisterEdits.h"
#include "core/edit/ReimportDocumentCommand.h"
#include "core/edit/RejectSuggestionCommand.h"
#include "core/edit/RemoveAnnotationCommand.h"
#include "core/edit/RemoveDocumentCommand.h"
#include "core/edit/RenameDocumentCommand.h"
#include "core/edit/SliceCommand.h"
#include "core/edit/UpdateAnnotationCommand.h"
#include "core/edit/UpdateTagCommand.h"
#include "core/model/Vocabulary.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia {

ProjectEditor::ProjectEditor(ProjectStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_register(std::make_unique<RegisterEdits>(*this, store))
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

void ProjectEditor::notifyAnnotationDifference(const QHash<qint64, std::optional<Annotation>> &from,
                                               const QHash<qint64, std::optional<Annotation>> &to)
{
    QList<qint64> ids = to.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        const std::optional<Annotation> before = from.value(id);
        const std::optional<Annotation> &after = to[id];
        if (before && !after)
            emit annotationRemoved(*before);
        else if (!before && after)
            emit annotationAdded(*after);
        else if (before && after && !(*before == *after))
            emit annotationChanged(*after);
    }
}

// ---- Annotations --------------------------------------------------------------------------------------------

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
    draft.author = m_author;
    // The store fills quote, prefix and suffix from its copy of the text, with an index it keeps: building
    // one here scanned 5 MB texts again on every tag.
    Q_UNUSED(documentText)
    auto added = m_store.addAnnotation(draft);
    if (!added) {
        emit errorOccurred(added.error().message);
        return std::nullopt;
    }
    const auto tagName = tag(tagId).transform([](const Tag &t) { return t.name; }).value_or(QString());
    m_undoStack.push(
        new AddAnnotationCommand(*this, *added, tagName.isEmpty() ? tr("Annotate") : tr("Tag as %1").arg(tagName)));
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

bool ProjectEditor::updateAnnotation(qint64 annotationId, AnnotationField what,
                                     const std::function<void(Annotation &)> &change)
{
    auto before = m_store.annotation(annotationId);
    if (!before) {
        emit errorOccurred(before.error().message);
        return false;
    }
    Annotation after = *before;
    change(after);
    if (after == *before)
        return true;
    if (auto updated = m_store.updateAnnotation(after); !updated) {
        emit errorOccurred(updated.error().message);
        return false;
    }
    auto stored = m_store.annotation(annotationId);
    const Annotation current = stored ? *stored : after;
    m_undoStack.push(new UpdateAnnotationCommand(*this, *before, current, what));
    emit annotationChanged(current);
    return true;
}

bool ProjectEditor::retagAnnotation(qint64 annotationId, qint64 tagId)
{
    return updateAnnotation(annotationId, AnnotationField::Tag, [tagId](Annotation &a) { a.tagId = tagId; });
}

bool ProjectEditor::setAnnotationNote(qint64 annotationId, const QString &note)
{
    return updateAnnotation(annotationId, AnnotationField::Note, [&note](Annotation &a) { a.note = note; });
}

bool ProjectEditor::attachAnnotation(qint64 annotationId, int start, int end)
{
    return updateAnnotation(annotationId, AnnotationField::Place, [&](Annotation &a) {
        a.start = start;
        a.end = end;
        a.anchor = AnchorStatus::Placed;
        a.anchorScore = std::numeric_limits<double>::quiet_NaN();
    });
}

bool ProjectEditor::recordChange(const QString &text, QList<qint64> annotationIds, bool withTags,
                                 const std::function<Result<QList<qint64>>()> &change)
{
    ProjectSlice before = readProjectSlice(m_store, annotationIds, withTags, m_tags);
    auto changed = change();
    if (!changed) {
        emit errorOccurred(changed.error().message);
        return false;
    }
    for (qint64 id : std::as_const(*changed)) {
        if (!annotationIds.contains(id)) {
            annotationIds.append(id);
            before.annotations.insert(id, std::nullopt);
        }
    }
    ProjectSlice after = readProjectSlice(m_store, annotationIds, withTags, m_tags);
    const bool same = before.annotations == after.annotations && before.tags == after.tags;
    if (!same)
        m_undoStack.push(new SliceCommand(*this, text, before, after));
    notifyAnnotationDifference(before.annotations, after.annotations);
    if (withTags)
        reloadTags();
    return true;
}

bool ProjectEditor::setAnnotationSpan(qint64 annotationId, const QString &documentText, int start, int end)
{
    const int length = int(documentText.toUcs4().size());
    if (start < 0 || end > length || end <= start) {
        emit errorOccurred(tr("An annotation needs at least one character of the document."));
        return false;
    }
    return updateAnnotation(annotationId, AnnotationField::Span, [&](Annotation &a) {
        a.start = start;
        a.end = end;
        fillContext(a, documentText);
    });
}

bool ProjectEditor::retagAnnotations(const QList<qint64> &annotationIds, qint64 tagId)
{
    if (annotationIds.isEmpty())
        return true;
    const QString name = tag(tagId).transform([](const Tag &t) { return t.name; }).value_or(QString());
    const QString text = tagId == 0 ? tr("Untag %n Annotation(s)", nullptr, int(annotationIds.size()))
                                    : tr("Tag %n Annotation(s) as %1", nullptr, int(annotationIds.size())).arg(name);
    return recordChange(text, annotationIds, false, [&]() -> Result<QList<qint64>> {
        auto done = m_store.transaction([&]() -> Result<void> {
            for (qint64 id : annotationIds) {
                auto annotation = m_store.annotation(id);
                if (!annotation)
                    return std::unexpected(annotation.error());
                if (annotation->tagId == tagId)
                    continue;
                annotation->tagId = tagId;
                if (auto updated = m_store.updateAnnotation(*annotation); !updated)
                    return updated;
            }
            return {};
        });
        if (!done)
            return std::unexpected(done.error());
        return QList<qint64>{};
    });
}

bool ProjectEditor::deleteAnnotations(const QList<qint64> &annotationIds)
{
    if (annotationIds.isEmpty())
        return true;
    return recordChange(tr("Delete %n Annotation(s)", nullptr, int(annotationIds.size())), annotationIds, false,
                        [&]() -> Result<QList<qint64>> {
                            auto done = m_store.transaction([&]() -> Result<void> {
                                for (qint64 id : annotationIds)
                                    if (auto removed = m_store.removeAnnotation(id); !removed)
                                        return removed;
                                return {};
                            });
                            if (!done)
                                return std::unexpected(done.error());
                            return QList<qint64>{};
                        });
}

// ---- Suggestions --------------------------------------------------------------------------------------------

std::optional<Annotation> ProjectEditor::acceptSuggestion(qint64 documentId, const QString &documentText,
                                                          const Span &span, qint64 tagId, const QList<Span> &found)
{
    const auto accepted = acceptSuggestions(documentId, documentText, {{span, tagId}}, found);
    if (!accepted || accepted->isEmpty())
        return std::nullopt;
    return accepted->first();
}

std::optional<QList<Annotation>> ProjectEditor::acceptSuggestions(qint64 documentId, const QString &documentText,
                                                                  const QList<SuggestionToAccept> &suggestions,
                                                                  const QList<Span> &found)
{
    if (suggestions.isEmpty())
        return QList<Annotation>{};
    auto added = acceptSuggestionsInStore(m_store, documentId, documentText, suggestions, found, m_author);
    if (!added) {
        emit errorOccurred(added.error().message);
        return std::nullopt;
    }
    const QString text = suggestions.size() == 1 ? tr("Accept Suggestion")
                                                 : tr("Accept %n Suggestion(s)", nullptr, int(suggestions.size()));
    m_undoStack.push(new AcceptSuggestionsCommand(*this, *added, text));
    for (const Annotation &annotation : std::as_const(added->annotations))
        emit annotationAdded(annotation);
    if (!added->entities.isEmpty() || !added->mentions.isEmpty())
        emit entitiesChanged();
    return added->annotations;
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

// ---- Tags and the codebook ----------------------------------------------------------------------------------

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

std::optional<Tag> ProjectEditor::createTag(const QString &name, qint64 parentId)
{
    Tag tag;
    tag.name = name.trimmed();
    tag.parentId = parentId;
    if (parentId) {
        // A child starts in its parent's colour family, so the tree reads as groups.
        if (const auto parent = this->tag(parentId))
            tag.color = parent->color;
    }
    return addTag(tag);
}

std::optional<Tag> ProjectEditor::createTagPath(const QStringList &path)
{
    if (path.isEmpty())
        return std::nullopt;
    const auto childNamed = [this](qint64 parentId, const QString &name) -> std::optional<Tag> {
        for (const Tag &t : m_tags)
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
        m_undoStack.beginMacro(tr("Add Tag “%1”").arg(joinTagPath(path)));
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
        m_undoStack.endMacro();
    return tag;
}

bool ProjectEditor::moveTag(qint64 tagId, qint64 newParentId)
{
    const auto moved = tag(tagId);
    if (!moved)
        return false;
    if (moved->parentId == newParentId)
        return true;
    return recordChange(tr("Move Tag “%1”").arg(moved->name), {}, true, [&]() -> Result<QList<qint64>> {
        if (auto done = m_store.moveTag(tagId, newParentId); !done)
            return std::unexpected(done.error());
        return QList<qint64>{};
    });
}

bool ProjectEditor::mergeTags(qint64 sourceId, qint64 targetId)
{
    const auto source = tag(sourceId);
    const auto target = tag(targetId);
    if (!source || !target) {
        emit errorOccurred(tr("The tag no longer exists."));
        return false;
    }
    if (sourceId == targetId)
        return true;
    // The merge moves the annotations of the source and of any of its descendants.
    auto ids = annotationsUnderTag(sourceId);
    if (!ids) {
        emit errorOccurred(ids.error().message);
        return false;
    }
    return recordChange(tr("Merge Tag “%1” into “%2”").arg(source->name, target->name), *ids, true,
                        [&]() -> Result<QList<qint64>> {
                            if (auto done = m_store.mergeTags(sourceId, targetId); !done)
                                return std::unexpected(done.error());
                            return QList<qint64>{};
                        });
}

Result<QList<qint64>> ProjectEditor::annotationsUnderTag(qint64 tagId) const
{
    const QSet<qint64> tags = tagAndDescendants(m_tags, tagId);
    auto tagged = m_store.annotationsTagged(QList<qint64>(tags.cbegin(), tags.cend()));
    if (!tagged)
        return std::unexpected(tagged.error());
    QList<qint64> ids;
    ids.reserve(tagged->size());
    for (const Annotation &annotation : std::as_const(*tagged))
        ids.append(annotation.id);
    return ids;
}

bool ProjectEditor::deleteTag(qint64 tagId, TagDeletion annotations)
{
    const auto deleted = tag(tagId);
    if (!deleted) {
        emit errorOccurred(tr("The tag no longer exists."));
        return false;
    }
    auto ids = annotationsUnderTag(tagId);
    if (!ids) {
        emit errorOccurred(ids.error().message);
        return false;
    }
    // The store removes the tags below with it and leaves their annotations untagged.
    return recordChange(tr("Delete Tag “%1”").arg(deleted->name), *ids, true, [&]() -> Result<QList<qint64>> {
        auto done = m_store.transaction([&]() -> Result<void> {
            if (annotations == TagDeletion::DeleteAnnotations)
                for (qint64 id : std::as_const(*ids))
                    if (auto removed = m_store.removeAnnotation(id); !removed)
                        return removed;
            return m_store.removeTag(tagId);
        });
        if (!done)
            return std::unexpected(done.error());
        return QList<qint64>{};
    });
}

Result<int> ProjectEditor::importCodebook(const QList<CodebookEntry> &entries)
{
    int created = 0;
    Error error;
    const bool ok = recordChange(tr("Import Codebook"), {}, true, [&]() -> Result<QList<qint64>> {
        auto imported = marginalia::importCodebook(m_store, entries);
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

// ---- Claims and the entity register -------------------------------------------------------------------------

bool ProjectEditor::setClaimReview(qint64 annotationId, const QString &status, const QString &evidence,
                                   const QString &evidenceUrl, qint64 sourceEntityId)
{
    return recordChange(tr("Review Claim: %1").arg(claimStatusDisplayName(status)), {annotationId}, false,
                        [&]() -> Result<QList<qint64>> {
                            if (auto done = m_store.setClaimReview(annotationId, status, evidence, evidenceUrl,
                                                                   sourceEntityId);
                                !done)
                                return std::unexpected(done.error());
                            return QList<qint64>{};
                        });
}

bool ProjectEditor::renameEntity(qint64 entityId, const QString &name, const QString &type, const QStringList &aliases)
{
    return m_register->renameEntity(entityId, name, type, aliases);
}

bool ProjectEditor::mergeEntities(qint64 sourceId, qint64 targetId)
{
    return m_register->mergeEntities(sourceId, targetId);
}

bool ProjectEditor::splitMention(qint64 mentionId, const QString &name)
{
    return m_register->splitMention(mentionId, name);
}

std::optional<int> ProjectEditor::tagAllMentions(qint64 entityId, qint64 tagId)
{
    const QString entityName =
        m_store.entity(entityId).transform([](const Entity &e) { return e.name; }).value_or(QString());
    int count = 0;
    const bool ok = recordChange(tr("Tag All Mentions of “%1”").arg(entityName), {}, false,
                                 [&]() -> Result<QList<qint64>> {
                                     auto ids = m_store.tagAllMentions(entityId, tagId);
                                     if (ids)
                                         count = int(ids->size());
                                     for (qint64 id : ids.value_or(QList<qint64>())) // the store leaves them unsigned
                                         if (auto made = m_store.annotation(id); made && made->author != m_author) {
                                             made->author = m_author;
                                             if (auto signedOff = m_store.updateAnnotation(*made); !signedOff)
                                                 return std::unexpected(signedOff.error());
                                         }
                                     return ids;
                                 });
    if (!ok)
        return std::nullopt;
    return count;
}

// ---- Memos, documents, view state ---------------------------------------------------------------------------

QString ProjectEditor::memo(qint64 documentId) const
{
    auto text = documentId ? m_store.documentMemo(documentId) : m_store.projectMemo();
    return text.value_or(QString());
}

bool ProjectEditor::setMemo(qint64 documentId, const QString &text)
{
    const QString before = memo(documentId);
    if (before == text)
        return true;
    auto done = documentId ? m_store.setDocumentMemo(documentId, text) : m_store.setProjectMemo(text);
    if (!done) {
        emit errorOccurred(done.error().message);
        return false;
    }
    m_undoStack.push(new MemoCommand(*this, documentId, before, text));
    emit memoChanged(documentId);
    return true;
}

bool ProjectEditor::renameDocument(qint64 documentId, const QString &title)
{
    auto document = m_store.document(documentId);
    if (!document) {
        emit errorOccurred(document.error().message);
        return false;
    }
    if (document->title == title.trimmed())
        return true;
    if (auto renamed = m_store.renameDocument(documentId, title); !renamed) {
        emit errorOccurred(renamed.error().message);
        return false;
    }
    m_undoStack.push(new RenameDocumentCommand(*this, documentId, document->title, title.trimmed()));
    emit documentChanged(documentId);
    return true;
}

bool ProjectEditor::deleteDocument(qint64 documentId)
{
    auto contents = readDocumentContents(m_store, documentId);
    if (!contents) {
        emit errorOccurred(contents.error().message);
        return false;
    }
    if (auto removed = m_store.removeDocument(documentId); !removed) {
        emit errorOccurred(removed.error().message);
        return false;
    }
    m_undoStack.push(new RemoveDocumentCommand(*this, std::move(*contents)));
    notifyDocumentRemoved(documentId);
    return true;
}

void ProjectEditor::notifyDocumentRemoved(qint64 documentId)
{
    emit documentRemoved(documentId);
    emit entitiesChanged();
    reloadTags(); // the codebook's counts
}

void ProjectEditor::notifyDocumentRestored(qint64 documentId)
{
    emit documentRestored(documentId);
    emit entitiesChanged();
    reloadTags();
}

Result<AnnotationImportSummary> ProjectEditor::importAnnotations(const QList<IncomingAnnotation> &incoming,
                                                                 const AnnotationImportOptions &options)
{
    // The slices are built from what the import returns: reading 100k annotations back one by one (as
    // recordChange does) would double the time of a large import.
    ProjectSlice before;
    before.tags = m_store.tags().value_or(m_tags);
    auto summary = marginalia::importAnnotations(m_store, incoming, options);
    if (!summary)
        return summary;
    ProjectSlice after;
    after.tags = m_store.tags().value_or(m_tags);
    for (const Annotation &annotation : std::as_const(summary->added)) {
        before.annotations.insert(annotation.id, std::nullopt);
        after.annotations.insert(annotation.id, annotation);
    }
    if (!summary->added.isEmpty())
        m_undoStack.push(
            new SliceCommand(*this, tr("Import %n Annotation(s)", nullptr, int(summary->added.size())), before, after));
    reloadTags();
    notifyAnnotationDifference(before.annotations, after.annotations);
    return summary;
}

Result<qint64> ProjectEditor::addDocument(const ImportedDocument &document)
{
    return m_store.addDocument(document);
}

Result<void> ProjectEditor::importIntoProject(const std::function<Result<void>(ProjectStore &)> &importer)
{
    Result<void> result = importer(m_store);
    reloadTags(); // a failed import wrote nothing, but reading again costs little and is always right
    emit memoChanged(0);
    return result;
}

Result<RevisionSummary> ProjectEditor::reimportDocument(qint64 documentId, const ImportedDocument &newVersion)
{
    auto before = m_store.documentVersion(documentId);
    if (!before)
        return std::unexpected(before.error());
    if (newVersion.text.isEmpty())
        return failure(Error::Kind::BadInput, tr("The new version of “%1” has no text.").arg(before->record.title));
    DocumentRevision revision = reviseDocument(*before, newVersion);
    if (auto replaced = m_store.replaceDocumentVersion(revision.version); !replaced)
        return std::unexpected(replaced.error());
    m_undoStack.push(new ReimportDocumentCommand(*this, std::move(*before), std::move(revision.version)));
    emit documentReplaced(documentId);
    return revision.summary;
}

namespace {
QString readingPositionKey(qint64 documentId)
{
    return u"reading-position/"_s + QString::number(documentId);
}
} // namespace

Result<void> ProjectEditor::saveLearnedModel(const LearnedModelRecord &model)
{
    return m_store.saveLearnedModel(model);
}

Result<void> ProjectEditor::setReadingPosition(qint64 documentId, int position)
{
    // Where a reader leaves off is also which document they read last.
    return m_store.transaction([&]() -> Result<void> {
        if (auto saved = m_store.setSetting(readingPositionKey(documentId), QString::number(position)); !saved)
            return saved;
        return m_store.setSetting(u"last-document"_s, QString::number(documentId));
    });
}

std::optional<int> ProjectEditor::readingPosition(qint64 documentId) const
{
    const auto saved = m_store.setting(readingPositionKey(documentId));
    if (!saved || saved->isEmpty())
        return std::nullopt;
    return saved->toInt();
}

qint64 ProjectEditor::documentToReopen() const
{
    auto documents = m_store.documents();
    if (!documents || documents->isEmpty())
        return 0;
    const qint64 last = m_store.setting(u"last-document"_s).value_or(QString()).toLongLong();
    const bool kept = std::ranges::any_of(*documents, [last](const DocumentRecord &d) { return d.id == last; });
    return kept ? last : documents->first().id;
}

} // namespace marginalia
