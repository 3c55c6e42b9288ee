// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestDocuments.h"

#include "core/analysis/Analyzer.h"
#include "core/edit/ProjectEditor.h"
#include "core/export/Exporters.h"
#include "core/store/ProjectStore.h"
#include "gui/dialogs/ExportDialog.h"
#include "gui/dialogs/ShortcutsDialog.h"
#include "gui/models/AnnotationListModel.h"
#include "gui/models/DocumentListModel.h"
#include "gui/panels/AnnotationPanel.h"
#include "gui/panels/CodebookPanel.h"
#include "gui/reader/DocumentView.h"
#include "gui/window/FileMenu.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ProjectSession.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

// Answers the next modal dialog once it is shown: `answer` gets it (a QInputDialog, a QMessageBox, ...).
template<typename Dialog> void answerNextDialog(std::function<void(Dialog *)> answer)
{
    QTimer::singleShot(0, [answer] {
        for (int attempt = 0; attempt < 200; ++attempt) {
            if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
                answer(dialog);
                return;
            }
            QTest::qWait(10);
        }
    });
}

void clickButton(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons())
        if (button->text().remove(u'&') == text) {
            button->click();
            return;
        }
    box->reject();
}

} // namespace

// File ▸ New/Open/Recent projects, renaming and deleting documents, tag descriptions and deletion, moving
// an annotation's ends, the text's right-click menu, every export format, the shortcuts list, remembered
// suggestion types: through the real window, its actions and dialogs.
class TestProjectWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void projectsOpenInPlaceAndFailuresKeepTheCurrentOne();
    void documentsRenameAndDeleteWithUndo();
    void tagDescriptionAndDeletion();
    void annotationSpanByWordsAndSelection();
    void rightClickOffersAnnotationActions();
    void exportDialogListsEveryFormat();
    void shortcutsAreListedFromTheActions();
    void hiddenSuggestionTypesAreRemembered();
    void annotationCountFollowsEveryChange();

private:
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    std::unique_ptr<Analyzer> m_analyzer;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectEditor> m_editor;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_documentId = 0;
    QString m_text;
};

void TestProjectWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
    m_analyzer = std::make_unique<Analyzer>();
}

void TestProjectWindow::init()
{
    auto project = test::openSampleProject(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".marginalia"_s));
    VERIFY_RESULT(project);
    m_store = std::move(project->store);
    m_documentId = project->documentId;
    m_text = project->text;
    m_editor = std::make_unique<ProjectEditor>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_editor, *m_analyzer, *m_repository);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDocument(m_documentId));
}

void TestProjectWindow::cleanup()
{
    m_window.reset();
    m_editor.reset();
    m_store.reset();
}

void TestProjectWindow::projectsOpenInPlaceAndFailuresKeepTheCurrentOne()
{
    QSettings().remove(u"projects/recent"_s);
    ProjectSession session(*m_analyzer, *m_repository);
    const QString first = m_dir.filePath(u"Fieldwork 2026.marginalia"_s);
    const QString second = m_dir.filePath(u"Interviews.marginalia"_s);
    VERIFY_RESULT(session.open(first));
    session.window().show();
    QVERIFY(session.window().windowTitle().contains(u"Fieldwork 2026"_s));

    // New Project: a new file, a new window in place of the old one, named after the project.
    QVERIFY(session.switchTo(second, true));
    QCOMPARE(QFileInfo(session.store().path()).fileName(), u"Interviews.marginalia"_s);
    QVERIFY(session.window().isVisible());
    QVERIFY(session.window().windowTitle().contains(u"Interviews"_s));
    QCOMPARE(FileMenu::recentProjects(),
             (QStringList{QFileInfo(second).absoluteFilePath(), QFileInfo(first).absoluteFilePath()}));
    // Open Recent lists both, the open one disabled.
    auto *recent = session.window().findChild<QMenu *>(u"recentProjectsMenu"_s);
    QVERIFY(recent);
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 4); // two projects, a separator, Clear List
    QVERIFY(!recent->actions().at(0)->isEnabled());
    QVERIFY(recent->actions().at(1)->isEnabled());
    recent->actions().at(1)->trigger(); // back to the first project
    QCoreApplication::processEvents();
    QCOMPARE(QFileInfo(session.store().path()).fileName(), u"Fieldwork 2026.marginalia"_s);

    // A file that is not a project, and one that is gone: a message, and the open project stays.
    const QString notAProject = m_dir.filePath(u"notes.marginalia"_s);
    QFile text(notAProject);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("these are notes, not a project\n");
    text.close();
    QVERIFY(!session.switchTo(notAProject, false));
    QVERIFY(!session.switchTo(m_dir.filePath(u"moved away.marginalia"_s), false));
    QCOMPARE(QFileInfo(session.store().path()).fileName(), u"Fieldwork 2026.marginalia"_s);
    const auto messages = session.window().findChildren<QMessageBox *>(u"errorMessage"_s);
    QCOMPARE(messages.size(), 2);
    for (const QMessageBox *message : messages)
        QVERIFY(message->text().contains(u"Fieldwork 2026.marginalia stays open"_s));
    QVERIFY(!messages.at(0)->informativeText().isEmpty()); // why the file is not a project
    QVERIFY(messages.at(1)->informativeText().contains(u"File ▸ Open Project"_s));
    QCOMPARE(FileMenu::recentProjects().size(), 2);
    // A recent project whose file was deleted disappears from the list.
    QVERIFY(QFile::remove(second));
    QCOMPARE(FileMenu::recentProjects(), QStringList{QFileInfo(first).absoluteFilePath()});
}

void TestProjectWindow::documentsRenameAndDeleteWithUndo()
{
    auto *library = m_window->findChild<QListView *>(u"documentList"_s);
    QVERIFY(library);
    library->setCurrentIndex(library->model()->index(0, 0));
    answerNextDialog<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(u"Tidal power, council minutes"_s);
        dialog->accept();
    });
    action(u"renameDocumentAction"_s)->trigger();
    QCOMPARE(m_store->document(m_documentId)->title, u"Tidal power, council minutes"_s);
    QVERIFY(m_window->windowTitle().startsWith(u"Tidal power, council minutes"_s));
    QCOMPARE(library->model()->index(0, 0).data().toString(), u"Tidal power, council minutes"_s);
    m_editor->undoStack()->undo();
    QVERIFY(m_store->document(m_documentId)->title != u"Tidal power, council minutes"_s);

    // Delete asks first; Cancel keeps it.
    const auto annotation = m_editor->createAnnotation(m_documentId, m_text, 3, 12, m_editor->tagForKey(1)->id);
    QVERIFY(annotation);
    answerNextDialog<QMessageBox>([](QMessageBox *box) { box->reject(); });
    action(u"deleteDocumentAction"_s)->trigger();
    QVERIFY(m_store->document(m_documentId));
    answerNextDialog<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->informativeText().contains(u"1 annotation"_s));
        clickButton(box, u"Delete"_s);
    });
    action(u"deleteDocumentAction"_s)->trigger();
    QVERIFY(!m_store->document(m_documentId));
    QCOMPARE(m_window->currentDocumentId(), 0);
    QCOMPARE(library->model()->rowCount(), 0);
    m_editor->undoStack()->undo();
    QCOMPARE(library->model()->rowCount(), 1);
    QCOMPARE(m_window->currentDocumentId(), m_documentId);
    QCOMPARE(m_window->annotationModel().rowCount(), 1);
    QCOMPARE(m_store->annotation(annotation->id)->quote, annotation->quote);
}

void TestProjectWindow::tagDescriptionAndDeletion()
{
    auto *codebook = m_window->findChild<CodebookPanel *>();
    QVERIFY(codebook);
    const Tag tag = *m_editor->tagForKey(2);
    codebook->selectTag(tag.id);
    QCOMPARE(codebook->currentTagId(), tag.id);
    answerNextDialog<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(u"Named bodies: councils, firms, boards."_s);
        dialog->accept();
    });
    codebook->findChild<QAction *>(u"describeTagAction"_s)->trigger();
    QCOMPARE(m_editor->tag(tag.id)->description, u"Named bodies: councils, firms, boards."_s);

    const auto tagged = m_editor->createAnnotation(m_documentId, m_text, 3, 12, tag.id);
    QVERIFY(tagged);
    answerNextDialog<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->informativeText().contains(u"1 annotation"_s));
        clickButton(box, u"Delete Tag, Keep Annotations"_s);
    });
    codebook->findChild<QAction *>(u"deleteTagAction"_s)->trigger();
    QVERIFY(!m_editor->tag(tag.id));
    QCOMPARE(m_store->annotation(tagged->id)->tagId, 0);
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->tag(tag.id)->description, u"Named bodies: councils, firms, boards."_s);
    QCOMPARE(m_store->annotation(tagged->id)->tagId, tag.id);

    codebook->selectTag(tag.id);
    answerNextDialog<QMessageBox>([](QMessageBox *box) { clickButton(box, u"Delete Tag and Annotations"_s); });
    codebook->findChild<QAction *>(u"deleteTagAction"_s)->trigger();
    QVERIFY(!m_store->annotation(tagged->id));
}

void TestProjectWindow::annotationSpanByWordsAndSelection()
{
    DocumentView *view = m_window->documentView();
    // "Harbour towns ..." : a span on the first word of a sentence in the body.
    const int start = int(m_text.indexOf(u"council"_s));
    QVERIFY(start > 0);
    const auto annotation = m_editor->createAnnotation(m_documentId, m_text, start, start + 7,
                                                       m_editor->tagForKey(1)->id);
    QVERIFY(annotation);
    view->setActiveAnnotation(annotation->id);
    view->setFocus();
    const int steps = m_editor->undoStack()->count();
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier | Qt::AltModifier);
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier | Qt::AltModifier);
    const Annotation longer = *m_store->annotation(annotation->id);
    QCOMPARE(longer.start, start);
    QVERIFY2(longer.quote.count(u' ') == 2, qPrintable(longer.quote)); // two more words
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);               // one step for both presses
    QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
    QVERIFY(m_store->annotation(annotation->id)->start < start);
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->annotation(annotation->id)->quote, annotation->quote);

    // Set Span to Selection.
    view->selectRange(start + 8, start + 20);
    action(u"spanToSelectionAction"_s)->trigger();
    QCOMPARE(m_store->annotation(annotation->id)->start, start + 8);
    QCOMPARE(m_store->annotation(annotation->id)->end, start + 20);
}

void TestProjectWindow::rightClickOffersAnnotationActions()
{
    DocumentView *view = m_window->documentView();
    const auto annotation = m_editor->createAnnotation(m_documentId, m_text, 10, 30, m_editor->tagForKey(1)->id);
    QVERIFY(annotation);
    QMenu menu;
    menu.addAction(u"Copy"_s);
    emit view->contextMenuAboutToShow(&menu, 15);
    auto *copy = menu.findChild<QAction *>(u"contextCopyQuoteAction"_s);
    QVERIFY(copy);
    copy->trigger();
    QCOMPARE(QApplication::clipboard()->text(), annotation->quote);
    menu.findChild<QAction *>(u"contextNoteAction"_s)->trigger();
    QCOMPARE(view->activeAnnotation(), annotation->id);
    menu.findChild<QAction *>(u"contextRemoveAnnotationAction"_s)->trigger();
    QVERIFY(!m_store->annotation(annotation->id));

    // Away from any annotation: nothing about annotations is offered.
    QMenu plain;
    emit view->contextMenuAboutToShow(&plain, 10);
    QVERIFY(!plain.findChild<QAction *>(u"contextRemoveAnnotationAction"_s));
}

void TestProjectWindow::exportDialogListsEveryFormat()
{
    ExportDialog dialog(m_editor->tags(), m_documentId, u"Sample"_s, m_window.get());
    auto *formats = dialog.findChild<QComboBox *>(u"exportFormat"_s);
    QVERIFY(formats);
    QCOMPARE(formats->count(), int(vocabulary<ExportFormat>().size()));
    for (int index = 0; index < formats->count(); ++index) {
        formats->setCurrentIndex(index);
        QCOMPARE(dialog.format(), vocabulary<ExportFormat>()[index].value);
        const QString suffix = exportFormatInfo(dialog.format()).suffix;
        const QString path = m_dir.filePath(u"export-%1.%2"_s.arg(index).arg(suffix));
        const auto written = m_window->exportTo(path, dialog.format(), dialog.options());
        VERIFY_RESULT(written);
        QVERIFY(QFileInfo(path).size() > 0);
    }
}

void TestProjectWindow::shortcutsAreListedFromTheActions()
{
    ShortcutsDialog dialog(m_window.get(), m_editor->tags());
    const int all = dialog.visibleRowCount();
    QVERIFY2(all >= 30, qPrintable(QString::number(all)));
    dialog.setFilterText(u"word"_s);
    QCOMPARE(dialog.visibleRowCount(), 4); // extend/shrink end/start by a word
    // An action added to the window later is listed too: the list is read from the actions.
    auto *extra = new QAction(u"Frobnicate the harbour"_s, m_window.get());
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F9));
    ShortcutsDialog again(m_window.get(), m_editor->tags());
    QCOMPARE(again.visibleRowCount(), all + 1);
    again.setFilterText(u"Tag the selection"_s);
    QCOMPARE(again.visibleRowCount(), 8); // the default tags' keys 1-8
}

void TestProjectWindow::hiddenSuggestionTypesAreRemembered()
{
    action(u"suggestionLayer_ORG"_s)->setChecked(false);
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_editor, *m_analyzer, *m_repository);
    QVERIFY(!action(u"suggestionLayer_ORG"_s)->isChecked());
    QVERIFY(action(u"suggestionLayer_PERSON"_s)->isChecked());
    action(u"suggestionLayer_ORG"_s)->setChecked(true);
}

void TestProjectWindow::annotationCountFollowsEveryChange()
{
    auto *count = m_window->findChild<QLabel *>(u"annotationCount"_s);
    QVERIFY(count);
    const auto annotationsText = [](int n) { return AnnotationPanel::tr("%n annotation(s)", nullptr, n); };
    const auto settledCount = [&] {
        QCoreApplication::processEvents();
        return count->text();
    };
    QList<qint64> ids;
    for (int index = 0; index < 6; ++index)
        ids.append(
            m_editor->createAnnotation(m_documentId, m_text, 10 * index, 10 * index + 5, m_editor->tagForKey(1)->id)
                ->id);
    QCOMPARE(settledCount(), annotationsText(6));
    QVERIFY(m_editor->deleteAnnotation(ids.first()));
    QCOMPARE(settledCount(), annotationsText(5));
    m_editor->undoStack()->undo();
    QCOMPARE(settledCount(), annotationsText(6));
    QVERIFY(m_editor->retagAnnotations(ids.mid(2), m_editor->tagForKey(3)->id)); // a slice: many signals at once
    m_editor->undoStack()->undo();
    QCOMPARE(settledCount(), annotationsText(6));
    QVERIFY(m_editor->deleteAnnotations(ids.mid(0, 3)));
    QCOMPARE(settledCount(), annotationsText(3));
    m_editor->undoStack()->undo();
    QCOMPARE(settledCount(), annotationsText(6));
}

QTEST_MAIN(TestProjectWindow)
#include "tst_projectwindow.moc"
