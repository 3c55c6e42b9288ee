// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestHelpers.h"

#include "core/analysis/Analyzer.h"
#include "core/codebook/Codebook.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"
#include "gui/dialogs/TagPicker.h"
#include "gui/panels/AnnotationPanel.h"
#include "gui/panels/ClaimReviewPanel.h"
#include "gui/panels/CodebookPanel.h"
#include "gui/panels/EntityRegisterPanel.h"
#include "gui/panels/MemoPanel.h"
#include "gui/panels/SearchPanel.h"
#include "gui/reader/DocumentView.h"
#include "gui/window/MainWindow.h"
#include "gui/window/WorkflowUi.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

// The emoji (two UTF-16 units, one code point) checks that offsets are code points.
const QString kFirst = u"Ada Lovelace wrote the first program. \U0001F4DC Lovelace worked with Charles Babbage"
                       u" on the Analytical Engine."_s;
const QString kSecond = u"Babbage designed the Analytical Engine. Countess Lovelace translated the memoir"
                        u" of Menabrea, and the engine's analytical power impressed her."_s;

ImportedDocument document(const QString &text, const QString &title)
{
    ImportedDocument doc;
    doc.text = text;
    doc.sourcePath = u"/tmp/%1.txt"_s.arg(title);
    doc.format = u"txt"_s;
    doc.contentHash = title;
    doc.meta.title = title;
    return doc;
}

// Code point range of the `n`th occurrence of `needle` in `text`.
std::pair<int, int> rangeOf(const QString &text, const QString &needle, int n = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i)
        at = text.indexOf(needle, at + 1);
    const CodePointIndex index(text);
    return {index.toCodePoint(int(at)), index.toCodePoint(int(at + needle.size()))};
}

// What the entity register holds, for comparing states field by field (ids included).
struct RegisterState {
    QList<Entity> entities;
    QList<Mention> mentions;
    QList<Annotation> claims;
};

RegisterState registerState(const ProjectStore &store)
{
    RegisterState state{store.entities().value_or(QList<Entity>()), store.mentions().value_or(QList<Mention>()), {}};
    for (const Annotation &a : store.annotations().value_or(QList<Annotation>()))
        if (a.kind == AnnotationKind::Claim)
            state.claims.append(a);
    return state;
}

// Field by field, so that a failure says which row and field differ.
void compareRegister(const RegisterState &actual, const RegisterState &expected, const char *step)
{
    const QByteArray where = QByteArray("at step: ") + step;
    QVERIFY2(actual.entities.size() == expected.entities.size(), where.constData());
    for (qsizetype i = 0; i < expected.entities.size(); ++i) {
        const Entity &a = actual.entities.at(i);
        const Entity &e = expected.entities.at(i);
        QVERIFY2(a.id == e.id,
                 QByteArray(where + " entity id " + QByteArray::number(a.id) + " != " + QByteArray::number(e.id))
                     .constData());
        QVERIFY2(a.name == e.name,
                 QByteArray(where + " entity name " + a.name.toUtf8() + " != " + e.name.toUtf8()).constData());
        QVERIFY2(a.type == e.type, QByteArray(where + " entity type " + a.type.toUtf8()).constData());
        QVERIFY2(a.aliases == e.aliases, QByteArray(where + " aliases " + a.aliases.join(u'|').toUtf8()
                                                    + " != " + e.aliases.join(u'|').toUtf8())
                                             .constData());
    }
    QVERIFY2(actual.mentions.size() == expected.mentions.size(), where.constData());
    for (qsizetype i = 0; i < expected.mentions.size(); ++i) {
        const Mention &a = actual.mentions.at(i);
        const Mention &e = expected.mentions.at(i);
        QVERIFY2(a.id == e.id,
                 QByteArray(where + " mention id " + QByteArray::number(a.id) + " != " + QByteArray::number(e.id))
                     .constData());
        QVERIFY2(a.documentId == e.documentId && a.start == e.start && a.end == e.end, where.constData());
        QVERIFY2(a.entityId == e.entityId,
                 QByteArray(where + " mention " + QByteArray::number(a.id) + " entity " + QByteArray::number(a.entityId)
                            + " != " + QByteArray::number(e.entityId))
                     .constData());
        QVERIFY2(a.origin == e.origin, where.constData());
    }
    QVERIFY2(actual.claims.size() == expected.claims.size(), where.constData());
    for (qsizetype i = 0; i < expected.claims.size(); ++i) {
        QVERIFY2(actual.claims.at(i).sourceEntityId == expected.claims.at(i).sourceEntityId,
                 QByteArray(where + " claim source").constData());
        QVERIFY2(actual.claims.at(i) == expected.claims.at(i), QByteArray(where + " claim row").constData());
    }
}

} // namespace

class TestWorkflow final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void menuAndShortcuts();
    void createChildTagWhileReading();
    void bulkRetagUntagDelete();
    void aBigTagListsOnePage();
    void mergeTags();
    void moveTag();
    void newChildAndRename();
    void renameEntity();
    void codebookCsvRoundTrip();
    void mergeEntities();
    void splitMention();
    void entityUndoKeepsIds();
    void tagAllMentions();
    void claimStatus();
    void memos();
    void searchPhraseAndPrefix();
    void screenshots();
    void installsIntoMainWindow();

private:
    qint64 tagId(const QString &name) const;
    QList<Annotation> annotations() const { return m_store->annotations().value_or(QList<Annotation>()); }
    Annotation annotate(qint64 documentId, const QString &text, const QString &needle, qint64 tag, int n = 0);
    QWidget *pickerOf(QWidget *owner, const QString &name) const;
    void pick(TagPicker *picker, const QString &typed);
    void saveScreenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectEditor> m_editor;
    QMainWindow *m_window = nullptr;
    DocumentView *m_view = nullptr;
    WorkflowUi *m_ui = nullptr;
    qint64 m_doc1 = 0;
    qint64 m_doc2 = 0;
};

void TestWorkflow::init()
{
    QVERIFY(m_dir.isValid());
    auto store = ProjectStore::open(
        m_dir.filePath(u"%1.marginalia"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    VERIFY_RESULT(store);
    m_store = std::move(*store);
    m_doc1 = m_store->addDocument(document(kFirst, u"Lovelace notes"_s)).value();
    m_doc2 = m_store->addDocument(document(kSecond, u"Engine memoir"_s)).value();
    m_editor = std::make_unique<ProjectEditor>(*m_store);

    // A stand-in for MainWindow: the reading view, a menu bar with a Help menu, and the workflow UI.
    m_window = new QMainWindow;
    m_window->menuBar()->addMenu(u"&Edit"_s);
    m_window->menuBar()->addMenu(u"&Help"_s);
    m_view = new DocumentView(m_window);
    m_view->setTags(m_editor->tags());
    m_window->setCentralWidget(m_view);
    m_ui = new WorkflowUi(m_window, *m_editor);
    connect(m_editor.get(), &ProjectEditor::tagsChanged, m_view, [this] { m_view->setTags(m_editor->tags()); });
    m_window->resize(1300, 850);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestWorkflow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_editor.reset();
    m_store.reset();
}

qint64 TestWorkflow::tagId(const QString &name) const
{
    for (const Tag &t : m_store->tags().value_or(QList<Tag>()))
        if (t.name == name)
            return t.id;
    return 0;
}

Annotation TestWorkflow::annotate(qint64 documentId, const QString &text, const QString &needle, qint64 tag, int n)
{
    const auto [start, end] = rangeOf(text, needle, n);
    return m_editor->createAnnotation(documentId, text, start, end, tag).value_or(Annotation{});
}

void TestWorkflow::pick(TagPicker *picker, const QString &typed)
{
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClicks(picker->input(), typed);
    QTest::keyClick(picker->input(), Qt::Key_Return);
    QVERIFY(!picker->isVisible());
}

void TestWorkflow::saveScreenshot(QWidget *widget, const QString &name)
{
    // Next to the test binary, in the build directory.
    const QString path = QCoreApplication::applicationDirPath() + u"/workflow-%1.png"_s.arg(name);
    QVERIFY(widget->grab().save(path));
}

void TestWorkflow::menuAndShortcuts()
{
    QMenu *menu = m_window->findChild<QMenu *>(u"researchMenu"_s);
    QVERIFY(menu);
    const QList<QAction *> bar = m_window->menuBar()->actions();
    QCOMPARE(bar.size(), 3);
    QCOMPARE(bar.at(1)->menu(), menu); // before Help

    for (const auto &[action, dock, key] : {std::tuple{u"showSearchAction"_s, u"searchDock"_s, Qt::Key_F},
                                            std::tuple{u"showCodebookAction"_s, u"codebookDock"_s, Qt::Key_C},
                                            std::tuple{u"showEntitiesAction"_s, u"entityDock"_s, Qt::Key_E},
                                            std::tuple{u"showClaimsAction"_s, u"claimDock"_s, Qt::Key_R},
                                            std::tuple{u"showMemosAction"_s, u"memoDock"_s, Qt::Key_M}}) {
        auto *a = m_window->findChild<QAction *>(action);
        QVERIFY2(a, qPrintable(action));
        QCOMPARE(a->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | key));
        auto *d = m_window->findChild<QDockWidget *>(dock);
        QVERIFY(d);
        QVERIFY(!d->isVisible());
        m_view->setFocus();
        QTest::keyClick(m_window, key, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY2(d->isVisible(), qPrintable(dock));
        QTRY_VERIFY(d->isAncestorOf(QApplication::focusWidget()));
        // Again, from inside the panel: back to reading.
        QTest::keyClick(QApplication::focusWidget(), key, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!d->isVisible());
    }
    m_window->findChild<QAction *>(u"showSearchAction"_s)->trigger();
    QCOMPARE(QApplication::focusWidget(), m_ui->searchPanel()->queryEdit());
}

void TestWorkflow::createChildTagWhileReading()
{
    m_view->showDocument(m_store->document(m_doc1).value());
    const auto [start, end] = rangeOf(kFirst, u"Charles Babbage"_s);
    m_view->selectRange(start, end);
    m_view->setFocus();
    const qsizetype tagsBefore = m_editor->tags().size();
    const int stepsBefore = m_editor->undoStack()->count();

    QTest::keyClick(m_view, Qt::Key_T, Qt::ControlModifier);
    auto *picker = m_window->findChild<TagPicker *>(u"readingTagPicker"_s);
    QTRY_VERIFY(picker && picker->isVisible());
    QTest::keyClicks(picker->input(), u"Person/Engineer"_s);
    // The new path is offered first, in the list the picker filters as one types.
    QCOMPARE(picker->list()->item(0)->text(), u"Create “Engineer” under “Person”"_s);
    QTest::keyClick(picker->input(), Qt::Key_Return);

    const qint64 engineer = tagId(u"Engineer"_s);
    QVERIFY(engineer > 0);
    QCOMPARE(m_editor->tag(engineer)->parentId, tagId(u"Person"_s));
    QCOMPARE(m_editor->tags().size(), tagsBefore + 1);
    QCOMPARE(annotations().size(), 1);
    const Annotation a = annotations().first();
    QCOMPARE(a.tagId, engineer);
    QCOMPARE(a.start, start);
    QCOMPARE(a.quote, u"Charles Babbage"_s);
    QCOMPARE(m_editor->undoStack()->count(), stepsBefore + 1);

    // One undo takes back the annotation and the new tag.
    m_editor->undoStack()->undo();
    QCOMPARE(tagId(u"Engineer"_s), 0);
    QVERIFY(annotations().isEmpty());
    m_editor->undoStack()->redo();
    QCOMPARE(tagId(u"Engineer"_s), engineer);
    QCOMPARE(annotations().size(), 1);
    QCOMPARE(annotations().first().tagId, engineer);

    // An existing tag picked by typing part of its name.
    m_view->selectRange(rangeOf(kFirst, u"Ada Lovelace"_s).first, rangeOf(kFirst, u"Ada Lovelace"_s).second);
    m_ui->tagSelection();
    pick(picker, u"pers"_s);
    QCOMPARE(annotations().size(), 2);
    QCOMPARE(annotations().first().tagId, tagId(u"Person"_s));
}

void TestWorkflow::bulkRetagUntagDelete()
{
    const qint64 person = tagId(u"Person"_s);
    const qint64 place = tagId(u"Place"_s);
    const Annotation a1 = annotate(m_doc1, kFirst, u"Lovelace"_s, person);
    const Annotation a2 = annotate(m_doc1, kFirst, u"Lovelace"_s, person, 1);
    const Annotation a3 = annotate(m_doc2, kSecond, u"Babbage"_s, person);
    const Annotation other = annotate(m_doc2, kSecond, u"Engine"_s, place);

    CodebookPanel *panel = m_ui->codebookPanel();
    m_window->findChild<QAction *>(u"showCodebookAction"_s)->trigger();
    panel->selectTag(person);
    QTreeView *list = panel->annotationList();
    QTRY_COMPARE(list->model()->rowCount(), 3);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(panel->selectedAnnotationIds().size(), 3);
    const int steps = m_editor->undoStack()->count();

    QTest::keyClick(list, Qt::Key_T);
    pick(panel->picker(), u"Place"_s);
    for (const Annotation &a : annotations())
        QCOMPARE(a.tagId, place);
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->annotation(a1.id)->tagId, person);
    QCOMPARE(m_store->annotation(a2.id)->tagId, person);
    QCOMPARE(m_store->annotation(a3.id)->tagId, person);
    QCOMPARE(m_store->annotation(other.id)->tagId, place);
    // Undo restores the annotations exactly, modification time included.
    QCOMPARE(*m_store->annotation(a1.id), a1);
    m_editor->undoStack()->redo();
    QCOMPARE(m_store->annotation(a3.id)->tagId, place);
    m_editor->undoStack()->undo();

    // Untag (U) and delete (Delete): one step each.
    panel->selectTag(person);
    QTRY_COMPARE(list->model()->rowCount(), 3);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(list, Qt::Key_U);
    QCOMPARE(m_store->annotation(a2.id)->tagId, 0);
    QCOMPARE(m_store->annotation(a3.id)->tagId, 0);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->annotation(a2.id)->tagId, person);

    QTRY_COMPARE(list->model()->rowCount(), 3);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(annotations().size(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(annotations().size(), 4);
    QCOMPARE(*m_store->annotation(a2.id), a2);
    m_editor->undoStack()->redo();
    QCOMPARE(annotations().size(), 1);
}

// A tag on more annotations than a page lists its first page and says how many it has in all; Select All
// and a bulk edit then reach what is listed.
void TestWorkflow::aBigTagListsOnePage()
{
    const qint64 person = tagId(u"Person"_s);
    const int total = TagAnnotationsModel::kPageRows + 7;
    QList<Annotation> many;
    for (int number = 0; number < total; ++number) {
        Annotation annotation;
        annotation.documentId = number % 2 ? m_doc1 : m_doc2;
        annotation.start = number % 5;
        annotation.end = annotation.start + 3;
        annotation.tagId = person;
        many.append(annotation);
    }
    const auto added = m_store->addAnnotations(many);
    VERIFY_RESULT(added);
    CodebookPanel *panel = m_ui->codebookPanel();
    m_window->findChild<QAction *>(u"showCodebookAction"_s)->trigger();
    panel->selectTag(tagId(u"Place"_s));
    panel->selectTag(person);
    QTRY_COMPARE(panel->annotationList()->model()->rowCount(), TagAnnotationsModel::kPageRows);
    auto *title = panel->findChild<QLabel *>(u"codebookAnnotationsTitle"_s);
    QVERIFY(title);
    QVERIFY2(title->text().contains(QString::number(total)), qPrintable(title->text()));
    QCOMPARE(m_editor->annotationsUnderTag(person).value_or(QList<qint64>()).size(), total);
}

void TestWorkflow::mergeTags()
{
    // Figure/Number (annotated) merges into Evidence with the rest of Figure.
    const qint64 figure = tagId(u"Figure"_s);
    const qint64 evidence = tagId(u"Evidence"_s);
    const auto number = m_editor->addTag(Tag{0, u"Number"_s, QColor(Qt::red), 0, figure, {}});
    QVERIFY(number);
    const Annotation a1 = annotate(m_doc1, kFirst, u"first"_s, figure);
    const Annotation a2 = annotate(m_doc2, kSecond, u"Menabrea"_s, number->id);
    const Annotation a3 = annotate(m_doc2, kSecond, u"engine"_s, evidence);
    const QList<Tag> tagsBefore = m_store->tags().value();

    CodebookPanel *panel = m_ui->codebookPanel();
    m_window->findChild<QAction *>(u"showCodebookAction"_s)->trigger();
    panel->selectTag(figure);
    QCOMPARE(panel->currentTagId(), figure);
    panel->tree()->setFocus();
    const int steps = m_editor->undoStack()->count();
    QTest::keyClick(panel->tree(), Qt::Key_M, Qt::ControlModifier);
    pick(panel->picker(), u"Evidence"_s);

    QCOMPARE(tagId(u"Figure"_s), 0);
    QCOMPARE(m_store->annotation(a1.id)->tagId, evidence);
    QCOMPARE(m_store->annotation(a2.id)->tagId, number->id);
    QCOMPARE(m_editor->tag(number->id)->parentId, evidence);
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    QTRY_COMPARE(panel->currentTagId(), evidence);
    // The tree shows the counts with the children's.
    QTRY_COMPARE(panel->tree()->currentIndex().siblingAtColumn(TagTreeModel::AnnotationsColumn).data().toInt(), 3);

    m_editor->undoStack()->undo();
    QVERIFY(m_store->tags().value() == tagsBefore);
    QCOMPARE(*m_store->annotation(a1.id), a1);
    QCOMPARE(*m_store->annotation(a2.id), a2);
    QCOMPARE(*m_store->annotation(a3.id), a3);
    QCOMPARE(m_editor->tag(figure)->name, u"Figure"_s);
    m_editor->undoStack()->redo();
    QCOMPARE(tagId(u"Figure"_s), 0);
    QCOMPARE(m_store->annotation(a1.id)->tagId, evidence);
}

void TestWorkflow::moveTag()
{
    const qint64 question = tagId(u"Question"_s);
    const qint64 claim = tagId(u"Claim"_s);
    CodebookPanel *panel = m_ui->codebookPanel();
    m_window->findChild<QAction *>(u"showCodebookAction"_s)->trigger();
    panel->selectTag(question);
    panel->tree()->setFocus();
    QTest::keyClick(panel->tree(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    pick(panel->picker(), u"Claim"_s);
    QCOMPARE(m_editor->tag(question)->parentId, claim);
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->tag(question)->parentId, 0);
    m_editor->undoStack()->redo();
    QCOMPARE(m_editor->tag(question)->parentId, claim);

    // Dropping a tag onto another moves it too; onto its own child is refused.
    auto *model = qobject_cast<TagTreeModel *>(
        static_cast<QSortFilterProxyModel *>(panel->tree()->model())->sourceModel());
    QVERIFY(model);
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexForTag(claim)}));
    QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->indexForTag(question)));
    const qint64 place = tagId(u"Place"_s);
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->indexForTag(place)));
    model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->indexForTag(place));
    QTRY_COMPARE(m_editor->tag(claim)->parentId, place);
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->tag(claim)->parentId, 0);
}

void TestWorkflow::newChildAndRename()
{
    const qint64 place = tagId(u"Place"_s);
    CodebookPanel *panel = m_ui->codebookPanel();
    m_window->findChild<QAction *>(u"showCodebookAction"_s)->trigger();
    panel->selectTag(place);
    panel->tree()->setFocus();
    // Insert: a child of the current tag, named in the picker.
    QTest::keyClick(panel->tree(), Qt::Key_Insert);
    pick(panel->picker(), u"Archive"_s);
    const qint64 archive = tagId(u"Archive"_s);
    QVERIFY(archive > 0);
    QCOMPARE(m_editor->tag(archive)->parentId, place);
    QTRY_COMPARE(panel->currentTagId(), archive);

    // F2 renames in place; Enter commits, one undo step.
    panel->tree()->setFocus();
    QTest::keyClick(panel->tree(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
    editor->selectAll();
    QTest::keyClicks(editor, u"Archives"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_editor->tag(archive)->name, u"Archives"_s);
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->tag(archive)->name, u"Archive"_s);
    m_editor->undoStack()->undo();
    QVERIFY(!m_editor->tag(archive));
}

void TestWorkflow::renameEntity()
{
    const Entity e = m_store->addEntity(Entity{0, u"C. Babbage"_s, u"PERSON"_s, {}}).value();
    m_window->findChild<QAction *>(u"showEntitiesAction"_s)->trigger();
    EntityRegisterPanel *panel = m_ui->entityPanel();
    QTRY_COMPARE(panel->currentEntityId(), e.id);
    panel->entityList()->setFocus();
    QTest::keyClick(panel->entityList(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Charles Babbage"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_store->entity(e.id)->name, u"Charles Babbage"_s);
    QCOMPARE(m_store->entity(e.id)->aliases, QStringList{u"C. Babbage"_s}); // the old name stays findable
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->entity(e.id).value(), e);
}

void TestWorkflow::codebookCsvRoundTrip()
{
    const QString in = m_dir.filePath(u"in.csv"_s);
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("path,description,color,shortcut\r\nMethod,,#336699,\r\nMethod/Interview,Spoken,#6699cc,9\r\n");
    file.close();
    CodebookPanel *panel = m_ui->codebookPanel();
    const qsizetype before = m_editor->tags().size();
    auto imported = panel->importCodebookFrom(in);
    VERIFY_RESULT(imported);
    QCOMPARE(*imported, 2);
    QCOMPARE(m_editor->tags().size(), before + 2);
    QCOMPARE(m_editor->tag(tagId(u"Interview"_s))->parentId, tagId(u"Method"_s));
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->tags().size(), before);

    const QString out = m_dir.filePath(u"out.csv"_s);
    auto exported = panel->exportCodebookTo(out);
    VERIFY_RESULT(exported);
    QCOMPARE(*exported, int(before));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("Person"));
}

void TestWorkflow::mergeEntities()
{
    const Entity ada = m_store->addEntity(Entity{0, u"Ada Lovelace"_s, u"PERSON"_s, {u"Lovelace"_s}}).value();
    const Entity countess = m_store->addEntity(Entity{0, u"Countess Lovelace"_s, u"PERSON"_s, {u"Ada King"_s}}).value();
    const Entity babbage = m_store->addEntity(Entity{0, u"Charles Babbage"_s, u"PERSON"_s, {}}).value();
    const auto r1 = rangeOf(kFirst, u"Ada Lovelace"_s);
    const auto r2 = rangeOf(kSecond, u"Countess Lovelace"_s);
    QVERIFY(m_store->addMention(Mention{0, m_doc1, r1.first, r1.second, ada.id, u"user"_s}));
    QVERIFY(m_store->addMention(Mention{0, m_doc2, r2.first, r2.second, countess.id, u"analysis"_s}));
    Annotation claim;
    claim.documentId = m_doc2;
    claim.start = r2.first;
    claim.end = rangeOf(kSecond, u"memoir"_s).second;
    claim.kind = AnnotationKind::Claim;
    claim.status = u"unreviewed"_s;
    claim.sourceEntityId = countess.id;
    fillContext(claim, kSecond);
    claim = m_store->addAnnotation(claim).value();

    m_window->findChild<QAction *>(u"showEntitiesAction"_s)->trigger();
    EntityRegisterPanel *panel = m_ui->entityPanel();
    QTreeView *list = panel->entityList();
    QTRY_COMPARE(list->model()->rowCount(), 3);
    // Sorted by name: Ada, Charles, Countess. Select Countess, then Ctrl+Up... keep Ada current.
    list->setFocus();
    panel->selectEntity(countess.id);
    list->selectionModel()->select(list->currentIndex(),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(list, Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(panel->currentEntityId(), ada.id);
    QCOMPARE(panel->selectedEntityIds().size(), 2);
    const int steps = m_editor->undoStack()->count();
    QTest::keyClick(list, Qt::Key_M, Qt::ControlModifier);

    auto entities = m_store->entities().value();
    QCOMPARE(entities.size(), 2);
    const Entity merged = m_store->entity(ada.id).value();
    QVERIFY(merged.aliases.contains(u"Countess Lovelace"_s));
    QVERIFY(merged.aliases.contains(u"Ada King"_s));
    QCOMPARE(m_store->entityMentions(ada.id).value().size(), 2);
    QCOMPARE(m_store->annotation(claim.id)->sourceEntityId, ada.id);
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    QTRY_COMPARE(panel->mentionList()->model()->rowCount(), 2);

    m_editor->undoStack()->undo();
    entities = m_store->entities().value();
    QCOMPARE(entities.size(), 3);
    QCOMPARE(m_store->entity(ada.id).value(), ada);
    const auto back = std::find_if(entities.cbegin(), entities.cend(),
                                   [](const Entity &e) { return e.name == u"Countess Lovelace"; });
    QVERIFY(back != entities.cend());
    QCOMPARE(back->aliases, countess.aliases);
    QCOMPARE(back->type, countess.type);
    const auto mentions = m_store->entityMentions(back->id).value();
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.first().mention.start, r2.first);
    QCOMPARE(mentions.first().mention.origin, u"analysis"_s);
    QCOMPARE(m_store->entityMentions(ada.id).value().size(), 1);
    QCOMPARE(m_store->annotation(claim.id)->sourceEntityId, back->id);
    QCOMPARE(m_store->annotation(claim.id)->modified, claim.modified);

    m_editor->undoStack()->redo();
    QCOMPARE(m_store->entities().value().size(), 2);
    QCOMPARE(m_store->entityMentions(ada.id).value().size(), 2);
    QCOMPARE(m_store->annotation(claim.id)->sourceEntityId, ada.id);
    Q_UNUSED(babbage);
}

void TestWorkflow::splitMention()
{
    const Entity lovelace = m_store->addEntity(Entity{0, u"Lovelace"_s, u"PERSON"_s, {}}).value();
    const auto r1 = rangeOf(kFirst, u"Lovelace"_s);
    const auto r2 = rangeOf(kSecond, u"Lovelace"_s);
    QVERIFY(m_store->addMention(Mention{0, m_doc1, r1.first, r1.second, lovelace.id, u"user"_s}));
    QVERIFY(m_store->addMention(Mention{0, m_doc2, r2.first, r2.second, lovelace.id, u"user"_s}));
    m_window->findChild<QAction *>(u"showEntitiesAction"_s)->trigger();
    EntityRegisterPanel *panel = m_ui->entityPanel();
    QTRY_COMPARE(panel->mentionList()->model()->rowCount(), 2);
    panel->mentionList()->setFocus();
    panel->mentionList()->setCurrentIndex(panel->mentionList()->model()->index(1, 0));
    QTest::keyClick(panel->mentionList(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_store->entities().value().size(), 2);
    QCOMPARE(m_store->entityMentions(lovelace.id).value().size(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->entities().value().size(), 1);
    QCOMPARE(m_store->entityMentions(lovelace.id).value().size(), 2);
    m_editor->undoStack()->redo();
    QCOMPARE(m_store->entities().value().size(), 2);
}

void TestWorkflow::entityUndoKeepsIds()
{
    // Countess is created last, so that the entity a split creates after the merge reuses its id: undo and
    // redo must keep telling the two apart.
    const Entity ada = m_store->addEntity(Entity{0, u"Ada Lovelace"_s, u"PERSON"_s, {u"Ada"_s}}).value();
    const Entity babbage = m_store->addEntity(Entity{0, u"Charles Babbage"_s, u"PERSON"_s, {}}).value();
    const Entity countess = m_store->addEntity(Entity{0, u"Countess"_s, u"PERSON"_s, {u"Lady Lovelace"_s}}).value();
    const auto r1 = rangeOf(kFirst, u"Ada Lovelace"_s);
    const auto r2 = rangeOf(kSecond, u"Countess Lovelace"_s);
    const auto r3 = rangeOf(kFirst, u"Lovelace"_s, 1);
    const auto r4 = rangeOf(kFirst, u"Charles Babbage"_s);
    const Mention m1 = m_store->addMention(Mention{0, m_doc1, r1.first, r1.second, ada.id, u"user"_s}).value();
    const Mention m2 = m_store->addMention(Mention{0, m_doc2, r2.first, r2.second, countess.id, u"analysis"_s}).value();
    m_store->addMention(Mention{0, m_doc1, r3.first, r3.second, countess.id, u"analysis"_s}).value(); // both have it:
    m_store->addMention(Mention{0, m_doc1, r3.first, r3.second, ada.id, u"user"_s}).value(); // the merge drops one
    m_store->addMention(Mention{0, m_doc1, r4.first, r4.second, babbage.id, u"user"_s}).value();
    Annotation claim;
    claim.documentId = m_doc2;
    claim.start = r2.first;
    claim.end = rangeOf(kSecond, u"memoir"_s).second;
    claim.kind = AnnotationKind::Claim;
    claim.status = u"unreviewed"_s;
    fillContext(claim, kSecond);
    claim = m_store->addAnnotation(claim).value();

    QUndoStack *stack = m_editor->undoStack();
    QSignalSpy errors(m_editor.get(), &ProjectEditor::errorOccurred);
    const int base = stack->count();
    QList<RegisterState> states{registerState(*m_store)};
    // Older steps that refer to the countess by id: they must still work after her merge is undone.
    QVERIFY(m_editor->renameEntity(countess.id, u"Countess Lovelace"_s, u"PERSON"_s, countess.aliases));
    states.append(registerState(*m_store));
    QVERIFY(m_editor->setClaimReview(claim.id, u"disputed"_s, u"ledger"_s, QString(), countess.id));
    states.append(registerState(*m_store));
    QVERIFY(m_editor->mergeEntities(countess.id, ada.id));
    states.append(registerState(*m_store));
    QVERIFY(!m_store->entity(countess.id));
    QCOMPARE(m_store->annotation(claim.id)->sourceEntityId, ada.id);
    QCOMPARE(m_store->mention(m2.id)->entityId, ada.id);
    QVERIFY(m_editor->splitMention(m2.id));
    states.append(registerState(*m_store));
    const qint64 splitId = m_store->mention(m2.id)->entityId;
    QCOMPARE(splitId, countess.id); // SQLite gave the countess's old id to the new entity
    QCOMPARE(m_store->entity(splitId)->name, u"Countess Lovelace"_s);
    QCOMPARE(stack->count(), base + 4);
    // The states differ from each other, so that comparing with them means something.
    for (int i = 1; i < states.size(); ++i)
        QVERIFY(states.at(i).entities != states.at(i - 1).entities || states.at(i).mentions != states.at(i - 1).mentions
                || states.at(i).claims != states.at(i - 1).claims);

    const char *names[] = {"initial", "rename", "claim review", "merge", "split"};
    for (int round = 0; round < 2; ++round) {
        for (int i = 3; i >= 0; --i) {
            stack->undo();
            compareRegister(registerState(*m_store), states.at(i), names[i]);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(m_store->entity(countess.id).value(), countess);
        QCOMPARE(m_store->mention(m2.id).value(), m2);
        QCOMPARE(m_store->mention(m1.id).value(), m1);
        for (int i = 1; i <= 4; ++i) {
            stack->redo();
            compareRegister(registerState(*m_store), states.at(i), names[i]);
            if (QTest::currentTestFailed())
                return;
        }
    }
    QCOMPARE(stack->count(), base + 4); // no step was dropped
    QCOMPARE(stack->index(), base + 4);
    QCOMPARE(errors.count(), 0);

    // Undo twice (split, merge) and redo twice, the way a user steps back and forth.
    stack->undo();
    stack->undo();
    compareRegister(registerState(*m_store), states.at(2), "undo twice");
    stack->redo();
    stack->redo();
    compareRegister(registerState(*m_store), states.at(4), "redo twice");
    QCOMPARE(errors.count(), 0);
}

void TestWorkflow::tagAllMentions()
{
    const Entity babbage = m_store->addEntity(Entity{0, u"Charles Babbage"_s, u"PERSON"_s, {u"Babbage"_s}}).value();
    const auto r1 = rangeOf(kFirst, u"Charles Babbage"_s);
    const auto r2 = rangeOf(kSecond, u"Babbage"_s);
    QVERIFY(m_store->addMention(Mention{0, m_doc1, r1.first, r1.second, babbage.id, u"user"_s}));
    QVERIFY(m_store->addMention(Mention{0, m_doc2, r2.first, r2.second, babbage.id, u"analysis"_s}));
    // One mention is tagged already and stays as it is.
    const Annotation existing = annotate(m_doc2, kSecond, u"Babbage"_s, tagId(u"Person"_s));

    m_window->findChild<QAction *>(u"showEntitiesAction"_s)->trigger();
    EntityRegisterPanel *panel = m_ui->entityPanel();
    QTRY_COMPARE(panel->currentEntityId(), babbage.id);
    panel->entityList()->setFocus();
    const int steps = m_editor->undoStack()->count();
    QTest::keyClick(panel->entityList(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    pick(panel->picker(), u"Person"_s);
    QCOMPARE(annotations().size(), 2);
    for (const Annotation &a : annotations()) {
        QCOMPARE(a.tagId, tagId(u"Person"_s));
        QVERIFY(a.id == existing.id || (a.kind == AnnotationKind::Entity && a.start == r1.first && a.end == r1.second));
    }
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    m_editor->undoStack()->undo();
    QCOMPARE(annotations().size(), 1);
    QCOMPARE(annotations().first(), existing);
    m_editor->undoStack()->redo();
    QCOMPARE(annotations().size(), 2);

    // With a new tag: creation and tagging are one step.
    panel->entityList()->setFocus();
    QTest::keyClick(panel->entityList(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    pick(panel->picker(), u"Person/Inventor"_s);
    QVERIFY(tagId(u"Inventor"_s) > 0);
    QCOMPARE(annotations().size(), 4);
    m_editor->undoStack()->undo();
    QCOMPARE(tagId(u"Inventor"_s), 0);
    QCOMPARE(annotations().size(), 2);
}

void TestWorkflow::claimStatus()
{
    Annotation claim;
    claim.documentId = m_doc2;
    const auto r = rangeOf(kSecond, u"Babbage designed the Analytical Engine."_s);
    claim.start = r.first;
    claim.end = r.second;
    claim.kind = AnnotationKind::Claim;
    claim.status = u"unreviewed"_s;
    claim.tagId = tagId(u"Claim"_s);
    fillContext(claim, kSecond);
    claim = m_store->addAnnotation(claim).value();
    m_editor->notifyAnnotationAdded(claim);
    const Entity menabrea = m_store->addEntity(Entity{0, u"Luigi Menabrea"_s, u"PERSON"_s, {}}).value();

    m_window->findChild<QAction *>(u"showClaimsAction"_s)->trigger();
    auto *panel = m_ui->claimPanel();
    QTRY_COMPARE(panel->currentClaimId(), claim.id);
    QTreeView *list = panel->list();
    QVERIFY(list->hasFocus());
    const int steps = m_editor->undoStack()->count();
    QTest::keyClick(list, Qt::Key_2); // supported
    QCOMPARE(m_store->annotation(claim.id)->status, u"supported"_s);
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);
    m_editor->undoStack()->undo();
    QCOMPARE(*m_store->annotation(claim.id), claim);
    m_editor->undoStack()->redo();
    QCOMPARE(m_store->annotation(claim.id)->status, u"supported"_s);

    // Evidence, URL and source through the form, from the keyboard.
    auto *evidence = panel->findChild<QLineEdit *>(u"claimEvidence"_s);
    auto *url = panel->findChild<QLineEdit *>(u"claimUrl"_s);
    auto *source = panel->findChild<QComboBox *>(u"claimSource"_s);
    QTRY_COMPARE(source->count(), 2);
    evidence->setFocus();
    QTest::keyClicks(evidence, u"Menabrea's memoir, note A"_s);
    QTest::keyClick(evidence, Qt::Key_Return);
    QCOMPARE(m_store->annotation(claim.id)->evidence, u"Menabrea's memoir, note A"_s);
    url->setFocus();
    QTest::keyClicks(url, u"https://example.org/memoir"_s);
    QTest::keyClick(url, Qt::Key_Return);
    QCOMPARE(m_store->annotation(claim.id)->evidenceUrl, u"https://example.org/memoir"_s);
    source->setFocus();
    source->setCurrentIndex(source->findData(menabrea.id));
    emit source->activated(source->currentIndex());
    QCOMPARE(m_store->annotation(claim.id)->sourceEntityId, menabrea.id);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->annotation(claim.id)->sourceEntityId, 0);

    // Filtering by status.
    auto *filter = panel->findChild<QComboBox *>(u"claimStatusFilter"_s);
    filter->setCurrentIndex(filter->findData(u"disputed"_s));
    QCOMPARE(list->model()->rowCount(), 0);
    filter->setCurrentIndex(filter->findData(u"supported"_s));
    QCOMPARE(list->model()->rowCount(), 1);
}

void TestWorkflow::memos()
{
    MemoPanel *panel = m_ui->memoPanel();
    // The UI follows the reading view by itself.
    m_store->setDocumentMemo(m_doc2, u"Second"_s);
    m_view->showDocument(m_store->document(m_doc2).value());
    QTRY_COMPARE(panel->documentMemo()->toPlainText(), u"Second"_s);
    m_ui->setCurrentDocument(m_doc1, kFirst);
    m_window->findChild<QAction *>(u"showMemosAction"_s)->trigger();
    QTest::keyClicks(panel->documentMemo(), u"Check the dates"_s);
    panel->saveNow();
    QCOMPARE(m_store->documentMemo(m_doc1).value(), u"Check the dates"_s);
    QTest::keyClicks(panel->documentMemo(), u" again"_s);
    panel->saveNow();
    QCOMPARE(m_store->documentMemo(m_doc1).value(), u"Check the dates again"_s);
    m_editor->undoStack()->undo(); // consecutive saves are one step
    QCOMPARE(m_store->documentMemo(m_doc1).value(), QString());
    QCOMPARE(panel->documentMemo()->toPlainText(), QString());
    m_ui->setCurrentDocument(m_doc2, kSecond);
    QTest::keyClicks(panel->projectMemo(), u"RQ1"_s);
    panel->saveNow();
    QCOMPARE(m_store->projectMemo().value(), u"RQ1"_s);
}

void TestWorkflow::searchPhraseAndPrefix()
{
    QSignalSpy open(m_ui, &WorkflowUi::openDocumentRequested);
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    SearchPanel *panel = m_ui->searchPanel();
    QTRY_COMPARE(QApplication::focusWidget(), panel->queryEdit());

    QTest::keyClicks(panel->queryEdit(), u"\"analytical engine\""_s);
    QTest::keyClick(panel->queryEdit(), Qt::Key_Return);
    const SearchResultModel *results = panel->resultModel();
    QCOMPARE(results->rowCount(), 2);
    QSet<std::pair<qint64, int>> found;
    for (int row = 0; row < results->rowCount(); ++row) {
        const SearchHit &hit = results->hitAt(row);
        found.insert({hit.documentId, hit.start});
        const QString text = hit.documentId == m_doc1 ? kFirst : kSecond;
        QCOMPARE(codePointMid(text, hit.start, hit.end), u"Analytical Engine"_s);
    }
    QVERIFY(found.contains({m_doc1, rangeOf(kFirst, u"Analytical Engine"_s).first}));
    QVERIFY(found.contains({m_doc2, rangeOf(kSecond, u"Analytical Engine"_s).first}));

    // Enter again opens the current hit, in code points (the emoji before it counts once).
    QTest::keyClick(panel->queryEdit(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    const SearchHit first = results->hitAt(0);
    QCOMPARE(open.first().at(0).toLongLong(), first.documentId);
    QCOMPARE(open.first().at(1).toInt(), first.start);
    QCOMPARE(open.first().at(2).toInt(), first.end);

    // A prefix, typed with a pause: "analyt*" also finds "analytical" in lower case.
    panel->queryEdit()->selectAll();
    QTest::keyClicks(panel->queryEdit(), u"analyt*"_s);
    QTRY_COMPARE(results->rowCount(), 3);
    QSet<QString> words;
    for (int row = 0; row < results->rowCount(); ++row) {
        const SearchHit &hit = results->hitAt(row);
        words.insert(codePointMid(hit.documentId == m_doc1 ? kFirst : kSecond, hit.start, hit.end));
    }
    QCOMPARE(words, (QSet<QString>{u"Analytical"_s, u"analytical"_s}));
    // Down moves into the results, Enter opens.
    QTest::keyClick(panel->queryEdit(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), panel->resultView());
    QTest::keyClick(panel->resultView(), Qt::Key_Down);
    QTest::keyClick(panel->resultView(), Qt::Key_Return);
    QCOMPARE(open.count(), 2);
    const SearchHit second = results->hitAt(1);
    QCOMPARE(open.last().at(1).toInt(), second.start);

    // A phrase that does not occur in that order finds nothing.
    panel->queryEdit()->selectAll();
    QTest::keyClicks(panel->queryEdit(), u"\"engine analytical\""_s);
    QTest::keyClick(panel->queryEdit(), Qt::Key_Return);
    QCOMPARE(results->rowCount(), 0);
}

void TestWorkflow::screenshots()
{
    // Some data, so that every panel has something to show.
    const qint64 person = tagId(u"Person"_s);
    m_editor->addTag(Tag{0, u"Mathematician"_s, QColor(255, 209, 102), 0, person, u"Works with numbers"_s});
    annotate(m_doc1, kFirst, u"Ada Lovelace"_s, person);
    annotate(m_doc1, kFirst, u"Charles Babbage"_s, tagId(u"Mathematician"_s));
    annotate(m_doc2, kSecond, u"Countess Lovelace"_s, person);
    annotate(m_doc2, kSecond, u"Engine"_s, tagId(u"Figure"_s));
    const Entity ada =
        m_store->addEntity(Entity{0, u"Ada Lovelace"_s, u"PERSON"_s, {u"Countess Lovelace"_s, u"Lovelace"_s}}).value();
    m_store->addEntity(Entity{0, u"Analytical Engine"_s, u"MISC"_s, {}});
    m_store->addEntity(Entity{0, u"Charles Babbage"_s, u"PERSON"_s, {u"Babbage"_s}});
    for (const auto &[doc, text, needle, n] :
         {std::tuple{m_doc1, kFirst, u"Ada Lovelace"_s, 0}, std::tuple{m_doc1, kFirst, u"Lovelace"_s, 1},
          std::tuple{m_doc2, kSecond, u"Countess Lovelace"_s, 0}}) {
        const auto r = rangeOf(text, needle, n);
        m_store->addMention(Mention{0, doc, r.first, r.second, ada.id, u"analysis"_s});
    }
    Annotation claim;
    claim.documentId = m_doc2;
    const auto r = rangeOf(kSecond, u"Babbage designed the Analytical Engine."_s);
    claim.start = r.first;
    claim.end = r.second;
    claim.kind = AnnotationKind::Claim;
    claim.status = u"disputed"_s;
    claim.evidence = u"Menabrea credits Babbage"_s;
    fillContext(claim, kSecond);
    m_editor->notifyAnnotationAdded(m_store->addAnnotation(claim).value());
    claim.start = rangeOf(kFirst, u"Ada Lovelace wrote the first program."_s).first;
    claim.end = rangeOf(kFirst, u"Ada Lovelace wrote the first program."_s).second;
    claim.documentId = m_doc1;
    claim.status = u"unreviewed"_s;
    claim.evidence.clear();
    fillContext(claim, kFirst);
    m_editor->notifyAnnotationAdded(m_store->addAnnotation(claim).value());
    m_editor->notifyEntitiesChanged();
    m_ui->setCurrentDocument(m_doc1, kFirst);
    m_editor->setMemo(m_doc1, u"Who wrote note G? Compare with the memoir."_s);

    const QList<std::tuple<QString, QString, QWidget *>> panels = {
        {u"showCodebookAction"_s, u"codebook"_s, m_ui->codebookPanel()},
        {u"showEntitiesAction"_s, u"entities"_s, m_ui->entityPanel()},
        {u"showClaimsAction"_s, u"claims"_s, m_ui->claimPanel()},
        {u"showSearchAction"_s, u"search"_s, m_ui->searchPanel()},
        {u"showMemosAction"_s, u"memos"_s, m_ui->memoPanel()},
    };
    for (const auto &[action, name, panel] : panels) {
        m_window->findChild<QAction *>(action)->trigger();
        if (name == u"search") {
            QTest::keyClicks(m_ui->searchPanel()->queryEdit(), u"lovel*"_s);
            QTest::keyClick(m_ui->searchPanel()->queryEdit(), Qt::Key_Return);
        }
        if (name == u"codebook")
            m_ui->codebookPanel()->selectTag(person);
        QTest::qWait(50);
        saveScreenshot(panel->parentWidget(), name);
    }
    m_view->showDocument(m_store->document(m_doc1).value());
    m_view->selectRange(0, 12);
    m_ui->tagSelection();
    QTest::keyClicks(m_ui->readingPicker()->input(), u"Person/Eng"_s);
    QTest::qWait(50);
    saveScreenshot(m_ui->readingPicker(), u"picker"_s);
    saveScreenshot(m_window, u"window"_s);
}

void TestWorkflow::installsIntoMainWindow()
{
    KSyntaxHighlighting::Repository repository;
    const Analyzer analyzer;
    MainWindow window(*m_editor, analyzer, repository);
    // MainWindow installs the research UI itself and opens documents at the hits it reports.
    auto *ui = window.findChild<WorkflowUi *>();
    QVERIFY(ui);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    const QList<QAction *> bar = window.menuBar()->actions();
    QVERIFY(bar.size() >= 3);
    QCOMPARE(bar.at(bar.size() - 2)->menu(), ui->menu()); // just before Help
    // No window-wide shortcut is taken twice.
    QHash<QKeySequence, QString> taken;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcutContext() != Qt::WindowShortcut && a->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &key : a->shortcuts()) {
            QVERIFY2(!taken.contains(key),
                     qPrintable(u"%1: %2 and %3"_s.arg(key.toString(), taken.value(key), a->text())));
            taken.insert(key, a->text());
        }
    }

    // Search, Enter, Enter: the document opens with the hit selected, and the memo follows it.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), ui->searchPanel()->queryEdit());
    QTest::keyClicks(ui->searchPanel()->queryEdit(), u"menabrea"_s);
    QTest::keyClick(ui->searchPanel()->queryEdit(), Qt::Key_Return);
    QCOMPARE(ui->searchPanel()->resultModel()->rowCount(), 1);
    QTest::keyClick(ui->searchPanel()->queryEdit(), Qt::Key_Return);
    QCOMPARE(window.currentDocumentId(), m_doc2);
    const auto range = window.documentView()->selectedRange();
    QVERIFY(range);
    QCOMPARE(*range, rangeOf(kSecond, u"Menabrea"_s));
    QTRY_VERIFY(ui->memoPanel()->documentMemo()->isEnabled());

    // Ctrl+T in the real reading view: a new child tag for the selection, one undo step.
    QCOMPARE(QApplication::focusWidget(), window.documentView());
    QTest::keyClick(window.documentView(), Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY(ui->readingPicker()->isVisible());
    QTest::keyClicks(ui->readingPicker()->input(), u"Person/Statesman"_s);
    QTest::keyClick(ui->readingPicker()->input(), Qt::Key_Return);
    QVERIFY(tagId(u"Statesman"_s) > 0);
    QCOMPARE(annotations().size(), 1);
    QCOMPARE(annotations().first().quote, u"Menabrea"_s);
    QCOMPARE(window.annotationPanel()->listView()->model()->rowCount(), 1);
    QTest::qWait(50);
    saveScreenshot(&window, u"mainwindow"_s);
    m_editor->undoStack()->undo();
    QCOMPARE(tagId(u"Statesman"_s), 0);
    QVERIFY(annotations().isEmpty());
}

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
