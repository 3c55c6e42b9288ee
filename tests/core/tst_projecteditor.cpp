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
    auto store = ProjectStore::open(
        m_dir.filePath(QStringLiteral("editor-%1.marginalia").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    VERIFY_RESULT(store);
    m_store = std::move(*store);
    const ImportedDocument document = test::sampleDocument();
    QVERIFY(!document.text.isEmpty());
    auto id = m_store->addDocument(document);
    VERIFY_RESULT(id);
    m_documentId = *id;
    m_text = document.text;
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

QTEST_MAIN(TestProjectEditor)
#include "tst_projecteditor.moc"
