// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestDocuments.h"

#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;

class TestProjectEditor final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createUndoRedoKeepsId();
    void deleteUndoRestoresEverything();
    void retagUndoRedo();
    void noteEditsMerge();
    void tagEditsUndo();
    void suggestionAcceptAndReject();
    void storeFailureIsReported();
    void reopensTheLastDocumentRead();
    void renameDocumentUndo();
    void deleteDocumentUndoRestoresEverything();
    void deleteTagUndo_data();
    void adjustSpan_data();
    void adjustSpan();
    void spanAdjustmentsMergeIntoOneStep();
    void deleteTagUndo();

private:
    Annotation storedAnnotation(qint64 id) { return m_store->annotation(id).value_or(Annotation{}); }

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectEditor> m_editor;
    qint64 m_documentId = 0;
    QString m_text;
};

void TestProjectEditor::init()
{
    QVERIFY(m_dir.isValid());
    auto project = test::openSampleProject(
        m_dir.filePath(QStringLiteral("editor-%1.marginalia").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    VERIFY_RESULT(project);
    m_store = std::move(project->store);
    m_documentId = project->documentId;
    m_text = project->text;
    m_editor = std::make_unique<ProjectEditor>(*m_store);
    QVERIFY(!m_editor->tags().isEmpty());
}

void TestProjectEditor::cleanup()
{
    m_editor.reset();
    m_store.reset();
}

void TestProjectEditor::createUndoRedoKeepsId()
{
    QSignalSpy added(m_editor.get(), &ProjectEditor::annotationAdded);
    QSignalSpy removed(m_editor.get(), &ProjectEditor::annotationRemoved);
    const qint64 tagId = m_editor->tagForKey(6)->id;
    const auto created = m_editor->createAnnotation(m_documentId, m_text, 2, 20, tagId);
    QVERIFY(created);
    QCOMPARE(added.count(), 1);
    QCOMPARE(created->quote, codePointMid(m_text, 2, 20));
    QCOMPARE(m_editor->undoStack()->count(), 1);

    m_editor->undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QVERIFY(!m_store->annotation(created->id));
    m_editor->undoStack()->redo();
    QCOMPARE(added.count(), 2);
    const Annotation again = storedAnnotation(created->id);
    QCOMPARE(again.id, created->id);
    QCOMPARE(again.tagId, tagId);
    QCOMPARE(again.quote, created->quote);
}

void TestProjectEditor::deleteUndoRestoresEverything()
{
    const auto created = m_editor->createAnnotation(m_documentId, m_text, 5, 30, m_editor->tags().first().id);
    QVERIFY(created);
    QVERIFY(m_editor->setAnnotationNote(created->id, QStringLiteral("keep me")));
    const Annotation before = storedAnnotation(created->id);
    QVERIFY(m_editor->deleteAnnotation(created->id));
    QVERIFY(!m_store->annotation(created->id));
    m_editor->undoStack()->undo();
    QCOMPARE(storedAnnotation(created->id), before);
    m_editor->undoStack()->redo();
    QVERIFY(!m_store->annotation(created->id));
}

void TestProjectEditor::retagUndoRedo()
{
    const qint64 first = m_editor->tags().at(0).id;
    const qint64 second = m_editor->tags().at(1).id;
    const auto created = m_editor->createAnnotation(m_documentId, m_text, 0, 10, first);
    QVERIFY(created);
    QSignalSpy changed(m_editor.get(), &ProjectEditor::annotationChanged);
    QVERIFY(m_editor->retagAnnotation(created->id, second));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(storedAnnotation(created->id).tagId, second);
    m_editor->undoStack()->undo();
    QCOMPARE(storedAnnotation(created->id).tagId, first);
    QCOMPARE(changed.count(), 2);
    m_editor->undoStack()->redo();
    QCOMPARE(storedAnnotation(created->id).tagId, second);
}

void TestProjectEditor::noteEditsMerge()
{
    const auto created = m_editor->createAnnotation(m_documentId, m_text, 0, 10, 0);
    QVERIFY(created);
    const int steps = m_editor->undoStack()->count();
    for (const QString &note :
         {QStringLiteral("C"), QStringLiteral("Ch"), QStringLiteral("Che"), QStringLiteral("Check")})
        QVERIFY(m_editor->setAnnotationNote(created->id, note));
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    QCOMPARE(storedAnnotation(created->id).note, QStringLiteral("Check"));
    m_editor->undoStack()->undo();
    QCOMPARE(storedAnnotation(created->id).note, QString());
    m_editor->undoStack()->redo();
    QCOMPARE(storedAnnotation(created->id).note, QStringLiteral("Check"));

    // Another annotation's note is a step of its own.
    const auto other = m_editor->createAnnotation(m_documentId, m_text, 12, 20, 0);
    QVERIFY(other);
    QVERIFY(m_editor->setAnnotationNote(other->id, QStringLiteral("x")));
    QVERIFY(m_editor->setAnnotationNote(created->id, QStringLiteral("Checked")));
    m_editor->undoStack()->undo();
    QCOMPARE(storedAnnotation(created->id).note, QStringLiteral("Check"));
    QCOMPARE(storedAnnotation(other->id).note, QStringLiteral("x"));
}

void TestProjectEditor::tagEditsUndo()
{
    QSignalSpy tagsChanged(m_editor.get(), &ProjectEditor::tagsChanged);
    Tag tag;
    tag.name = QStringLiteral("Source");
    tag.color = QColor(0x11, 0x22, 0x33);
    const auto added = m_editor->addTag(tag);
    QVERIFY(added);
    QVERIFY(m_editor->tag(added->id));
    Tag renamed = *added;
    renamed.name = QStringLiteral("Primary source");
    renamed.color = Qt::red;
    renamed.key = 9;
    QVERIFY(m_editor->updateTag(renamed));
    QCOMPARE(m_editor->tag(added->id)->name, QStringLiteral("Primary source"));
    QCOMPARE(m_editor->tagForKey(9)->id, added->id);
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->tag(added->id)->name, QStringLiteral("Source"));
    QCOMPARE(m_editor->tag(added->id)->color, QColor(0x11, 0x22, 0x33));
    m_editor->undoStack()->undo();
    QVERIFY(!m_editor->tag(added->id));
    m_editor->undoStack()->redo();
    QCOMPARE(m_editor->tag(added->id)->name, QStringLiteral("Source"));
    QVERIFY(tagsChanged.count() >= 4);
}

void TestProjectEditor::suggestionAcceptAndReject()
{
    Span entity;
    entity.start = 2;
    entity.end = 9;
    entity.kind = SpanKind::Entity;
    entity.label = QStringLiteral("PERSON");
    entity.confidence = 0.8;
    entity.rule = QStringLiteral("title-name");
    const auto accepted = m_editor->acceptSuggestion(m_documentId, m_text, entity, m_editor->tags().first().id);
    QVERIFY(accepted);
    const Annotation stored = storedAnnotation(accepted->id);
    QCOMPARE(stored.kind, AnnotationKind::Entity);
    QCOMPARE(stored.label, QStringLiteral("PERSON"));
    QCOMPARE(stored.rule, QStringLiteral("title-name"));
    QCOMPARE(stored.confidence, 0.8);
    m_editor->undoStack()->undo();
    QVERIFY(!m_store->annotation(accepted->id));

    QSignalSpy rejections(m_editor.get(), &ProjectEditor::rejectionsChanged);
    QVERIFY(m_editor->rejectSuggestion(m_documentId, entity));
    QCOMPARE(m_store->rejections(m_documentId)->size(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->rejections(m_documentId)->size(), 0);
    m_editor->undoStack()->redo();
    QCOMPARE(m_store->rejections(m_documentId)->size(), 1);
    QCOMPARE(rejections.count(), 3);
}

void TestProjectEditor::storeFailureIsReported()
{
    QSignalSpy errors(m_editor.get(), &ProjectEditor::errorOccurred);
    const int steps = m_editor->undoStack()->count();
    QVERIFY(!m_editor->deleteAnnotation(987654));
    QVERIFY(!m_editor->createAnnotation(m_documentId, m_text, 10, 10, 0));
    QCOMPARE(errors.count(), 2);
    QCOMPARE(m_editor->undoStack()->count(), steps);
}

void TestProjectEditor::reopensTheLastDocumentRead()
{
    QCOMPARE(m_editor->documentToReopen(), m_documentId); // nothing read yet: the first
    ImportedDocument second = test::sampleDocument();
    second.contentHash = QStringLiteral("second");
    const auto secondId = m_store->addDocument(second);
    VERIFY_RESULT(secondId);
    QVERIFY(m_editor->setReadingPosition(*secondId, 12).has_value());
    QCOMPARE(m_editor->documentToReopen(), *secondId);
    QVERIFY(m_editor->setReadingPosition(m_documentId, 3).has_value());
    QCOMPARE(m_editor->documentToReopen(), m_documentId);
    QCOMPARE(m_editor->readingPosition(m_documentId), 3);
    QVERIFY(m_editor->setReadingPosition(*secondId, 0).has_value());
    QVERIFY(m_store->removeDocument(*secondId).has_value()); // gone: back to the first
    QCOMPARE(m_editor->documentToReopen(), m_documentId);
}

void TestProjectEditor::renameDocumentUndo()
{
    QSignalSpy changed(m_editor.get(), &ProjectEditor::documentChanged);
    const QString before = m_store->document(m_documentId)->title;
    QVERIFY(m_editor->renameDocument(m_documentId, QStringLiteral("  Interview 3, harbour master ")));
    QCOMPARE(m_store->document(m_documentId)->title, QStringLiteral("Interview 3, harbour master"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->document(m_documentId)->title, before);
    m_editor->undoStack()->redo();
    QCOMPARE(m_store->document(m_documentId)->title, QStringLiteral("Interview 3, harbour master"));
    QCOMPARE(changed.count(), 3);

    // An empty title is refused with a message and leaves no undo step.
    QSignalSpy errors(m_editor.get(), &ProjectEditor::errorOccurred);
    QVERIFY(!m_editor->renameDocument(m_documentId, QStringLiteral("   ")));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void TestProjectEditor::deleteDocumentUndoRestoresEverything()
{
    // A second document that must stay untouched.
    auto other = m_store->addDocument(test::textDocument(QStringLiteral("Another text about harbours.")));
    VERIFY_RESULT(other);
    const qint64 tagId = m_editor->tagForKey(1)->id;
    const auto annotation = m_editor->createAnnotation(m_documentId, m_text, 2, 20, tagId);
    QVERIFY(annotation);
    QVERIFY(m_editor->setAnnotationNote(annotation->id, QStringLiteral("check the date")));
    QVERIFY(m_editor->setMemo(m_documentId, QStringLiteral("memo of the document")));
    Span suggestion;
    suggestion.start = 30;
    suggestion.end = 40;
    suggestion.label = QStringLiteral("PERSON");
    QVERIFY(m_editor->rejectSuggestion(m_documentId, suggestion));
    auto entity = m_store->addEntity(Entity{0, QStringLiteral("Harbour Board"), QStringLiteral("ORG"), {}});
    VERIFY_RESULT(entity);
    Mention mention;
    mention.documentId = m_documentId;
    mention.start = 50;
    mention.end = 60;
    mention.entityId = entity->id;
    auto addedMention = m_store->addMention(mention);
    VERIFY_RESULT(addedMention);
    const DocumentRecord before = *m_store->document(m_documentId);
    const int steps = m_editor->undoStack()->count();

    QSignalSpy removed(m_editor.get(), &ProjectEditor::documentRemoved);
    QSignalSpy restored(m_editor.get(), &ProjectEditor::documentRestored);
    QVERIFY(m_editor->deleteDocument(m_documentId));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    QVERIFY(!m_store->document(m_documentId));
    QVERIFY(m_store->annotations(m_documentId)->isEmpty());
    QVERIFY(m_store->mentions(m_documentId)->isEmpty());
    QCOMPARE(m_store->documents()->size(), 1);
    QVERIFY(m_store->entity(entity->id)); // the register keeps the entity

    m_editor->undoStack()->undo();
    QCOMPARE(restored.count(), 1);
    const auto back = m_store->document(m_documentId);
    VERIFY_RESULT(back);
    QCOMPARE(back->title, before.title);
    QCOMPARE(back->text, before.text);
    QCOMPARE(back->contentHash, before.contentHash);
    QCOMPARE(back->importedAt, before.importedAt);
    QCOMPARE(back->blocks.size(), before.blocks.size());
    QCOMPARE(back->blocks.last().end, before.blocks.last().end);
    QCOMPARE(storedAnnotation(annotation->id).note, QStringLiteral("check the date"));
    QCOMPARE(m_store->rejections(m_documentId)->size(), 1);
    QCOMPARE(m_store->mentions(m_documentId)->size(), 1);
    QCOMPARE(m_store->mentions(m_documentId)->first().id, addedMention->id);
    QCOMPARE(m_editor->memo(m_documentId), QStringLiteral("memo of the document"));
    const auto hits = m_store->search(QStringLiteral("harbour"), 10, {QStringLiteral("document")});
    VERIFY_RESULT(hits);
    QVERIFY(std::ranges::any_of(*hits, [this](const SearchHit &hit) { return hit.documentId == m_documentId; }));

    // Redo removes it again; the earlier steps (the note) still undo on the restored rows.
    m_editor->undoStack()->redo();
    QVERIFY(!m_store->document(m_documentId));
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo(); // ... the rejection
    QVERIFY(m_store->rejections(m_documentId)->isEmpty());
}

void TestProjectEditor::deleteTagUndo_data()
{
    QTest::addColumn<bool>("deleteAnnotations");
    QTest::newRow("annotations kept, untagged") << false;
    QTest::newRow("annotations deleted too") << true;
}

void TestProjectEditor::deleteTagUndo()
{
    QFETCH(bool, deleteAnnotations);
    const auto parent = m_editor->createTag(QStringLiteral("Housing"), 0);
    QVERIFY(parent);
    const auto child = m_editor->createTag(QStringLiteral("Rent"), parent->id);
    QVERIFY(child);
    const qint64 otherTag = m_editor->tagForKey(1)->id;
    const auto onParent = m_editor->createAnnotation(m_documentId, m_text, 2, 10, parent->id);
    const auto onChild = m_editor->createAnnotation(m_documentId, m_text, 12, 20, child->id);
    const auto onOther = m_editor->createAnnotation(m_documentId, m_text, 22, 30, otherTag);
    QVERIFY(onParent && onChild && onOther);
    QVERIFY(m_editor->setAnnotationNote(onChild->id, QStringLiteral("rent doubled")));
    QCOMPARE(m_editor->annotationsUnderTag(parent->id)->size(), 2);
    const int tagCount = int(m_editor->tags().size());
    const int steps = m_editor->undoStack()->count();

    const auto mode = deleteAnnotations ? ProjectEditor::TagDeletion::DeleteAnnotations
                                        : ProjectEditor::TagDeletion::KeepAnnotationsUntagged;
    QVERIFY(m_editor->deleteTag(parent->id, mode));
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    QCOMPARE(int(m_editor->tags().size()), tagCount - 2); // the child goes with its parent
    QVERIFY(!m_editor->tag(child->id));
    if (deleteAnnotations) {
        QVERIFY(!m_store->annotation(onParent->id));
        QVERIFY(!m_store->annotation(onChild->id));
    } else {
        QCOMPARE(storedAnnotation(onParent->id).tagId, 0);
        QCOMPARE(storedAnnotation(onChild->id).tagId, 0);
        QCOMPARE(storedAnnotation(onChild->id).note, QStringLiteral("rent doubled"));
    }
    QCOMPARE(storedAnnotation(onOther->id).tagId, otherTag);

    m_editor->undoStack()->undo();
    QCOMPARE(int(m_editor->tags().size()), tagCount);
    QCOMPARE(m_editor->tag(child->id)->parentId, parent->id);
    QCOMPARE(storedAnnotation(onParent->id).tagId, parent->id);
    QCOMPARE(storedAnnotation(onChild->id).tagId, child->id);
    QCOMPARE(storedAnnotation(onChild->id).note, QStringLiteral("rent doubled"));
    m_editor->undoStack()->redo();
    QVERIFY(!m_editor->tag(parent->id));
}

void TestProjectEditor::adjustSpan_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("extend the end") << 10 << 25 << true;
    QTest::newRow("shrink the start") << 12 << 20 << true;
    QTest::newRow("extend both") << 4 << 30 << true;
    QTest::newRow("empty refused") << 15 << 15 << false;
    QTest::newRow("reversed refused") << 20 << 12 << false;
    QTest::newRow("before the text refused") << -1 << 20 << false;
    QTest::newRow("past the text refused") << 10 << 1000000 << false;
}

void TestProjectEditor::adjustSpan()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(bool, accepted);
    const auto annotation = m_editor->createAnnotation(m_documentId, m_text, 10, 20, m_editor->tagForKey(1)->id);
    QVERIFY(annotation);
    QVERIFY(m_editor->setAnnotationNote(annotation->id, QStringLiteral("keep me")));
    const int steps = m_editor->undoStack()->count();
    QCOMPARE(m_editor->setAnnotationSpan(annotation->id, m_text, start, end), accepted);
    const Annotation stored = storedAnnotation(annotation->id);
    if (!accepted) {
        QCOMPARE(m_editor->undoStack()->count(), steps);
        QCOMPARE(stored.start, 10);
        return;
    }
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    QCOMPARE(stored.start, start);
    QCOMPARE(stored.end, end);
    QCOMPARE(stored.quote, codePointMid(m_text, start, end));
    QCOMPARE(stored.suffix, codePointMid(m_text, end, end + 32));
    QCOMPARE(stored.note, QStringLiteral("keep me"));
    m_editor->undoStack()->undo();
    QCOMPARE(storedAnnotation(annotation->id).start, 10);
    QCOMPARE(storedAnnotation(annotation->id).end, 20);
    QCOMPARE(storedAnnotation(annotation->id).quote, annotation->quote);
}

void TestProjectEditor::spanAdjustmentsMergeIntoOneStep()
{
    const auto annotation = m_editor->createAnnotation(m_documentId, m_text, 10, 20, m_editor->tagForKey(1)->id);
    QVERIFY(annotation);
    const int steps = m_editor->undoStack()->count();
    for (int end = 21; end <= 25; ++end)
        QVERIFY(m_editor->setAnnotationSpan(annotation->id, m_text, 10, end));
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    m_editor->undoStack()->undo();
    QCOMPARE(storedAnnotation(annotation->id).end, 20);
}

QTEST_MAIN(TestProjectEditor)
#include "tst_projecteditor.moc"
