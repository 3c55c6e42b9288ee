// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestDocuments.h"

#include "core/analysis/Analyzer.h"
#include "core/edit/ProjectEditor.h"
#include "core/edit/SuggestionRules.h"
#include "core/export/CsvExporter.h"
#include "core/store/ProjectStore.h"
#include "gui/dialogs/ExportDialog.h"
#include "gui/dialogs/TagsDialog.h"
#include "gui/models/SuggestionModel.h"
#include "gui/panels/AnnotationPanel.h"
#include "gui/panels/SuggestionPanel.h"
#include "gui/reader/DocumentView.h"
#include "gui/reader/FindBar.h"
#include "gui/window/MainWindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>
#include <QUrl>

using namespace marginalia;

namespace {

// RFC 4180 records: quoted fields, doubled quotes, line breaks inside quotes.
QList<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tagNoteExportUndo();
    void clickingAnnotationSelectsPassage();
    void acceptRejectSuggestions();
    void findZoomThemeOutline();
    void dialogs();
    void toolTipsExplainHighlights();
    void importErrorsAndDuplicates();
    void readingPositionFoldingRightToLeft();
    void longDocumentStaysResponsive();
    void droppedFilesAreImported();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectEditor> m_editor;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    std::unique_ptr<Analyzer> m_analyzer;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_documentId = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // preferences go to a test location, not the user's
    QSettings().clear(); // a theme or fold choice left by an earlier run must not change what is tested
    QVERIFY(m_dir.isValid());
    auto store = ProjectStore::open(m_dir.filePath(QStringLiteral("gui.marginalia")));
    VERIFY_RESULT(store);
    m_store = std::move(*store);
    m_editor = std::make_unique<ProjectEditor>(*m_store);
    m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
    m_analyzer = std::make_unique<Analyzer>();
    m_window = std::make_unique<MainWindow>(*m_editor, *m_analyzer, *m_repository);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Through File ▸ Import, off the GUI thread.
    QSignalSpy imported(m_window.get(), &MainWindow::documentImported);
    m_window->importFiles({test::samplePath()});
    QVERIFY(imported.wait(20000));
    m_documentId = imported.first().first().toLongLong();
    QCOMPARE(m_window->currentDocumentId(), m_documentId);
    auto *library = m_window->findChild<QListView *>(QStringLiteral("documentList"));
    QVERIFY(library);
    QCOMPARE(library->model()->rowCount(), 1);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("tidal"), Qt::CaseInsensitive));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_editor.reset();
    m_store.reset();
}

void TestMainWindow::tagNoteExportUndo()
{
    auto *view = m_window->findChild<DocumentView *>(QStringLiteral("documentView"));
    auto *list = m_window->findChild<QListView *>(QStringLiteral("annotationList"));
    auto *note = m_window->findChild<NoteEditor *>(QStringLiteral("noteEditor"));
    QVERIFY(view && list && note);
    QCOMPARE(list->model()->rowCount(), 0);

    // Select a passage with the keyboard's help and press the Claim key.
    const QString passage = QStringLiteral(
        "a project that supporters say could supply 40% of the town's electricity by 2030");
    const qsizetype at = view->documentText().indexOf(passage);
    QVERIFY(at > 0);
    const int start = view->codePoints().toCodePoint(int(at));
    const int end = view->codePoints().toCodePoint(int(at + passage.size()));
    view->setFocus();
    view->selectRange(start, end);
    QCOMPARE(view->textCursor().selectedText(), passage);
    const auto claim = m_editor->tagForKey(6);
    QVERIFY(claim);
    QTest::keyClick(view, Qt::Key_6);

    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->currentIndex().isValid());
    QCOMPARE(list->currentIndex().data(Qt::DisplayRole).toString(), passage);
    QVERIFY(!view->textCursor().hasSelection()); // tagged: the highlight shows it now
    QVERIFY(!note->placeholderText().startsWith(QStringLiteral("Select an annotation")));
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("Check the council's own figure"));
    auto annotations = m_store->annotations(m_documentId);
    QVERIFY(annotations);
    QCOMPARE(annotations->size(), 1);
    const Annotation stored = annotations->first();
    QCOMPARE(stored.quote, passage);
    QCOMPARE(stored.note, QStringLiteral("Check the council's own figure"));
    QCOMPARE(stored.tagId, claim->id);
    QCOMPARE(stored.start, start);
    QCOMPARE(stored.end, end);

    // Export CSV the way the Export action does once its dialog is answered.
    const QString csvPath = m_dir.filePath(QStringLiteral("export.csv"));
    CsvExportOptions options;
    options.documentId = m_documentId;
    const auto rows = m_window->exportCsvTo(csvPath, options);
    VERIFY_RESULT(rows);
    QCOMPARE(*rows, 1);
    // The same action never writes over the project it exports from.
    const QString projectPath = m_editor->store().path();
    const QByteArray projectBefore = [&] {
        QFile file(projectPath);
        return file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
    }();
    QVERIFY(!m_window->exportCsvTo(projectPath, options));
    QFile project(projectPath);
    QVERIFY(project.open(QIODevice::ReadOnly));
    QCOMPARE(project.read(100), projectBefore);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(records.size(), 2);
    const QStringList header = records.first();
    QCOMPARE(records[1].value(header.indexOf(QStringLiteral("quote"))), passage);
    QCOMPARE(records[1].value(header.indexOf(QStringLiteral("note"))),
             QStringLiteral("Check the council's own figure"));
    QCOMPARE(records[1].value(header.indexOf(QStringLiteral("tag"))), claim->name);

    // Retag from the panel with a digit key, then undo and redo everything through the Edit menu.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_5);
    QCOMPARE(m_store->annotation(stored.id)->tagId, m_editor->tagForKey(5)->id);
    QAction *undo = action("undoAction");
    QAction *redo = action("redoAction");
    QVERIFY(undo && redo);
    undo->trigger();
    QCOMPARE(m_store->annotation(stored.id)->tagId, claim->id);
    undo->trigger(); // the whole note, typed key by key, is one step
    QCOMPARE(m_store->annotation(stored.id)->note, QString());
    QCOMPARE(note->toPlainText(), QString());
    undo->trigger();
    QVERIFY(!m_store->annotation(stored.id));
    QCOMPARE(list->model()->rowCount(), 0);
    redo->trigger();
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(m_store->annotation(stored.id)->id, stored.id);
    redo->trigger();
    QCOMPARE(m_store->annotation(stored.id)->note, QStringLiteral("Check the council's own figure"));
    redo->trigger();
    QCOMPARE(m_store->annotation(stored.id)->tagId, m_editor->tagForKey(5)->id);

    // Delete with the Delete key in the list; undo brings it back with the same id.
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(!m_store->annotation(stored.id));
    QCOMPARE(list->model()->rowCount(), 0);
    undo->trigger();
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(m_store->annotation(stored.id)->note, QStringLiteral("Check the council's own figure"));
}

void TestMainWindow::clickingAnnotationSelectsPassage()
{
    auto *view = m_window->findChild<DocumentView *>(QStringLiteral("documentView"));
    auto *list = m_window->findChild<QListView *>(QStringLiteral("annotationList"));
    // A second, overlapping annotation: "40%" inside the first.
    const qsizetype at = view->documentText().indexOf(QStringLiteral("40%"));
    QVERIFY(at > 0);
    view->selectRange(view->codePoints().toCodePoint(int(at)), view->codePoints().toCodePoint(int(at + 3)));
    view->setFocus();
    QVERIFY(m_window->tagSelectionWithKey(5));
    QCOMPARE(list->model()->rowCount(), 2);

    view->moveCursor(QTextCursor::Start);
    const QModelIndex first = list->model()->index(0, 0);
    const QRect rect = list->visualRect(first);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view->textCursor().selectedText(), first.data(Qt::DisplayRole).toString());

    QApplication::processEvents();
    const QString shot = QCoreApplication::applicationDirPath() + QStringLiteral("/marginalia-gui-test.png");
    QVERIFY(m_window->grab().save(shot));
    qInfo("Screenshot: %s", qPrintable(shot));
}

void TestMainWindow::acceptRejectSuggestions()
{
    if (m_window->isAnalysing()) {
        QSignalSpy analysed(m_window.get(), &MainWindow::analysisFinished);
        QVERIFY(analysed.wait(30000));
    }
    const SuggestionListModel *model = m_window->suggestionModel();
    auto *view = m_window->findChild<DocumentView *>(QStringLiteral("documentView"));
    if (model->rowCount() == 0)
        QSKIP("The analyzer found nothing in the sample");
    const int before = model->rowCount();

    // N goes to the first suggestion after the caret; A makes it an annotation with its provenance.
    view->setFocus();
    view->moveCursor(QTextCursor::Start);
    QTest::keyClick(view, Qt::Key_N);
    const int row = m_window->suggestionPanel()->currentRow();
    QCOMPARE(row, 0);
    const Span first = model->suggestions().at(row);
    QCOMPARE(view->textCursor().selectedText(), model->index(row).data(Qt::DisplayRole).toString());
    const int annotationsBefore = int(m_store->annotations(m_documentId)->size());
    QTest::keyClick(view, Qt::Key_A);
    auto annotations = *m_store->annotations(m_documentId);
    QCOMPARE(annotations.size(), annotationsBefore + 1);
    const auto accepted = std::ranges::find_if(annotations, [&](const Annotation &a) {
        return a.start == first.start && a.end == first.end && a.label == first.label;
    });
    QVERIFY(accepted != annotations.end());
    QCOMPARE(nameOf(accepted->kind), spanKindName(first.kind));
    QCOMPARE(accepted->rule, first.rule);
    // The default tag of the label, found by its key (the test project keeps the untranslated defaults).
    if (const int expectedKey = defaultTagKeyForLabel(first.label)) {
        QCOMPARE(m_editor->tag(accepted->tagId)->key, expectedKey);
        QCOMPARE(m_editor->tag(accepted->tagId)->name, defaultTags().at(expectedKey - 1).name);
    }
    QCOMPARE(model->rowCount(), before - 1);
    QVERIFY(model->indexOf(first) < 0);
    // A person, organisation or place also enters the entity register, with its mention.
    const auto mentionedHere = [&] {
        return std::ranges::count_if(*m_store->mentions(m_documentId),
                                     [&](const Mention &m) { return m.start == first.start && m.end == first.end; });
    };
    const bool registered = first.label == u"PERSON" || first.label == u"ORG" || first.label == u"LOC";
    QCOMPARE(mentionedHere(), registered ? 1 : 0);

    // Undo brings the suggestion back (and takes the mention out); R rejects it for good; undo of that too.
    m_editor->undoStack()->undo();
    QCOMPARE(model->rowCount(), before);
    QCOMPARE(mentionedHere(), 0);
    m_window->suggestionPanel()->setCurrentRow(model->indexOf(first));
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(model->rowCount(), before - 1);
    QCOMPARE(m_store->rejections(m_documentId)->size(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(model->rowCount(), before);
    QCOMPARE(m_store->rejections(m_documentId)->size(), 0);
    m_editor->undoStack()->redo();
    QCOMPARE(model->rowCount(), before - 1);

    // A hidden type disappears from the list.
    const QString label = model->suggestions().first().label;
    m_window->setSuggestionLabelVisible(label, false);
    QVERIFY(std::ranges::none_of(model->suggestions(), [&](const Span &s) { return s.label == label; }));
    m_window->setSuggestionLabelVisible(label, true);

    QApplication::processEvents();
    const QString shot = QCoreApplication::applicationDirPath() + QStringLiteral("/marginalia-gui-suggestions.png");
    QVERIFY(m_window->grab().save(shot));
}

void TestMainWindow::findZoomThemeOutline()
{
    auto *view = m_window->findChild<DocumentView *>(QStringLiteral("documentView"));
    auto *bar = m_window->findChild<FindBar *>(QStringLiteral("findBar"));
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("findField"));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("findCount"));
    QVERIFY(view && bar && field && count);

    // Ctrl+F opens the bar; typing highlights every match; F3 steps on.
    view->setFocus();
    view->moveCursor(QTextCursor::Start);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("tidal"));
    // Matches arrive from a worker thread, in batches.
    const int matches = int(view->documentText().count(QStringLiteral("tidal"), Qt::CaseInsensitive));
    QTRY_COMPARE(m_window->findMatchCount(), matches);
    QVERIFY(matches >= 2);
    QTRY_COMPARE(count->text(), QStringLiteral("1 of %1").arg(matches));
    QCOMPARE(view->textCursor().selectedText().toLower(), QStringLiteral("tidal"));
    const int firstMatch = view->textCursor().selectionStart();
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(count->text(), QStringLiteral("2 of %1").arg(matches));
    QVERIFY(view->textCursor().selectionStart() > firstMatch);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->textCursor().selectionStart(), firstMatch);
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(m_window->findMatchCount(), 0);

    // Zoom scales the text; Ctrl+0 returns.
    const qreal size = view->document()->defaultFont().pointSizeF();
    m_window->zoom(+1);
    QVERIFY(view->document()->defaultFont().pointSizeF() > size);
    m_window->zoom(0);
    QCOMPARE(view->document()->defaultFont().pointSizeF(), size);

    // The outline lists the headings.
    auto *outline = m_window->findChild<QListWidget *>(QStringLiteral("outlineList"));
    QVERIFY(outline && outline->count() >= 1);
    QVERIFY(outline->item(0)->text().contains(QStringLiteral("tidal")));

    // A dark theme changes the reading colours; then back to following the system.
    const QColor lightBase = view->palette().color(QPalette::Base);
    m_window->setThemeName(QStringLiteral("Breeze Dark"));
    QVERIFY(view->palette().color(QPalette::Base).lightness() < 100);
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/marginalia-gui-dark.png")));
    m_window->setThemeName(QString());
    QCOMPARE(view->palette().color(QPalette::Base), lightBase);
}

void TestMainWindow::dialogs()
{
    TagsDialog tags(*m_editor, m_window.get());
    tags.show();
    auto *table = tags.findChild<QTableWidget *>(QStringLiteral("tagsTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), int(m_editor->tags().size()));
    QCOMPARE(table->item(5, 1)->text(), m_editor->tags().at(5).name);
    // Renaming in the table writes through the editor, undoably.
    const Tag before = m_editor->tags().at(7);
    table->item(7, 1)->setText(QStringLiteral("Open question"));
    QCOMPARE(m_store->tags()->at(7).name, QStringLiteral("Open question"));
    // Giving tag 8 the key of tag 1 takes it from tag 1 in the same step.
    table->item(7, 2)->setText(QStringLiteral("1"));
    QCOMPARE(m_editor->tagForKey(1)->id, before.id);
    QCOMPARE(m_editor->tags().at(0).key, 0);
    QVERIFY(tags.grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/marginalia-gui-tags.png")));
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->tags().at(7), before);
    QCOMPARE(m_editor->tags().at(0).key, 1);

    ExportDialog exportDialog(m_editor->tags(), m_documentId, QStringLiteral("Harbour towns bet on tidal power"),
                              m_window.get());
    exportDialog.show();
    QVERIFY(exportDialog.options().byteOrderMark);
    QCOMPARE(exportDialog.options().documentId, std::optional<qint64>(m_documentId));
    // Every export format is offered; an XLSX has no byte order mark or formula guard to choose.
    auto *formats = exportDialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
    QVERIFY(formats);
    QCOMPARE(formats->count(), qsizetype(vocabulary<ExportFormat>().size()));
    QCOMPARE(exportDialog.format(), ExportFormat::Csv);
    formats->setCurrentIndex(formats->findData(QVariant::fromValue(ExportFormat::Xlsx)));
    QCOMPARE(exportDialog.format(), ExportFormat::Xlsx);
    QVERIFY(!exportDialog.findChild<QCheckBox *>()->isEnabled());
    formats->setCurrentIndex(0);
    QVERIFY(exportDialog.grab().save(QCoreApplication::applicationDirPath()
                                     + QStringLiteral("/marginalia-gui-export.png")));
}

void TestMainWindow::toolTipsExplainHighlights()
{
    auto *view = m_window->findChild<DocumentView *>(QStringLiteral("documentView"));
    const auto annotations = *m_store->annotations(m_documentId);
    QVERIFY(!annotations.isEmpty());
    const Annotation &a = annotations.first();
    QTextCursor cursor(view->document());
    cursor.setPosition(view->codePoints().toUtf16(a.start) + 1);
    view->setTextCursor(cursor);
    view->ensureCursorVisible();
    const QPoint at = view->cursorRect(cursor).center();
    QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(m_editor->tag(a.tagId)->name), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestMainWindow::importErrorsAndDuplicates()
{
    auto *library = m_window->findChild<QListView *>(QStringLiteral("documentList"));
    const int documents = library->model()->rowCount();
    QSignalSpy finished(m_window.get(), &MainWindow::importsFinished);
    m_window->importFiles({m_dir.filePath(QStringLiteral("no-such-article.md"))});
    QVERIFY(finished.wait(20000));
    // The error is shown without blocking, and the program goes on.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessage"))) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("no-such-article.md")));
    QVERIFY(!box->informativeText().isEmpty());
    box->close();
    QCOMPARE(library->model()->rowCount(), documents);

    // The same article again is recognised and opened, not added twice.
    m_window->importFiles({test::samplePath()});
    QVERIFY(finished.wait(20000));
    QCOMPARE(library->model()->rowCount(), documents);
    QCOMPARE(m_window->currentDocumentId(), m_documentId);
}

void TestMainWindow::readingPositionFoldingRightToLeft()
{
    ImportedDocument mixed;
    mixed.text = QStringLiteral(
        "A short English paragraph.\n\nمرحبا بالعالم، هذه فقرة عربية.\n\nSubscribe now for unlimited access.");
    mixed.format = QStringLiteral("txt");
    mixed.sourcePath = QStringLiteral("mixed.txt");
    mixed.contentHash = QStringLiteral("mixed-test");
    mixed.meta.title = QStringLiteral("Mixed directions");
    int start = 0;
    for (const QString &part : mixed.text.split(QStringLiteral("\n\n"))) {
        Block block;
        block.start = start;
        block.end = start + int(part.size());
        mixed.blocks.append(block);
        start = block.end + 2;
    }
    mixed.blocks.last().kind = BlockKind::Boilerplate;
    const auto id = m_store->addDocument(mixed);
    VERIFY_RESULT(id);
    m_window->reloadLibrary();
    QVERIFY(m_window->openDocument(*id));
    // Leaving a document remembers where the reader was.
    QVERIFY(!m_store->setting(QStringLiteral("reading-position/%1").arg(m_documentId))->isEmpty());

    auto *view = m_window->documentView();
    QTextDocument *doc = view->document();
    QCOMPARE(doc->findBlock(0).blockFormat().layoutDirection(), Qt::LayoutDirectionAuto);
    QCOMPARE(doc->findBlock(mixed.blocks[1].start).blockFormat().layoutDirection(), Qt::RightToLeft);
    QAction *fold = m_window->findChild<QAction *>(QStringLiteral("foldBoilerplateAction"));
    QVERIFY(fold);
    if (fold->isChecked()) // folding is on by default; start from the unfolded view
        fold->trigger();
    QTextBlock boilerplate = view->document()->findBlock(mixed.blocks[2].start);
    QVERIFY(boilerplate.isVisible());
    fold->trigger();
    QVERIFY(!view->document()->findBlock(mixed.blocks[2].start).isVisible());
    QVERIFY(view->document()->findBlock(mixed.blocks[1].start).isVisible());
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/marginalia-gui-rtl.png")));
    // The marker names what it hides; clicking it shows the passage again.
    const QTextBlock marker = view->document()->findBlock(mixed.blocks[2].start).previous();
    QVERIFY(marker.isVisible());
    const QRectF markerRect =
        view->document()->documentLayout()->blockBoundingRect(marker).translated(-view->horizontalScrollBar()->value(),
                                                                                 -view->verticalScrollBar()->value());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, markerRect.center().toPoint());
    QVERIFY(!fold->isChecked());
    QVERIFY(view->document()->findBlock(mixed.blocks[2].start).isVisible());
    QVERIFY(m_window->openDocument(m_documentId));
}

void TestMainWindow::longDocumentStaysResponsive()
{
    // About 100 000 words in 2 000 paragraphs, with names and figures for the analyzer to find.
    ImportedDocument big;
    big.format = QStringLiteral("txt");
    big.sourcePath = QStringLiteral("long.txt");
    big.contentHash = QStringLiteral("long-test");
    big.meta.title = QStringLiteral("A long report");
    QStringList paragraphs;
    int start = 0;
    for (int i = 0; i < 2000; ++i) {
        QString paragraph =
            QStringLiteral("Mayor Tomas Albrecht said on Tuesday that the plant in Port Ellery would cost £%1 million, "
                           "according to the Northern Coastal Energy Agency. ")
                .arg(i);
        paragraph += QStringLiteral("The tide comes in twice a day and the estuary is wide. ").repeated(4);
        paragraph = paragraph.trimmed();
        Block block;
        block.start = start;
        block.end = start + int(paragraph.size());
        big.blocks.append(block);
        start = block.end + 2;
        paragraphs.append(paragraph);
    }
    big.text = paragraphs.join(QStringLiteral("\n\n"));
    const auto id = m_store->addDocument(big);
    VERIFY_RESULT(id);
    m_window->reloadLibrary();

    QElapsedTimer timer;
    timer.start();
    QSignalSpy analysed(m_window.get(), &MainWindow::analysisFinished);
    QVERIFY(m_window->openDocument(*id));
    QVERIFY(analysed.wait(60000));
    QTest::qWait(50); // the coalesced repaint
    QVERIFY(m_window->suggestionModel()->rowCount() > 1000);
    const qint64 openAndAnalyse = timer.restart();

    auto *view = m_window->documentView();
    view->setFocus();
    view->selectRange(big.blocks[1000].start, big.blocks[1000].start + 20);
    QVERIFY(m_window->tagSelectionWithKey(6));
    QCoreApplication::processEvents();
    const qint64 tag = timer.restart();
    m_window->suggestionPanel()->setCurrentRow(500);
    QVERIFY(m_window->acceptCurrentSuggestion());
    QCoreApplication::processEvents();
    const qint64 accept = timer.restart();
    // A dark theme darkens the whole window and keeps the reader where they were.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    const int position = view->readingPosition();
    QVERIFY(position > big.blocks[100].start);
    timer.restart();
    m_window->setThemeName(QStringLiteral("Breeze Dark"));
    const qint64 theme = timer.restart();
    QVERIFY2(std::abs(view->readingPosition() - position) < 300,
             qPrintable(QStringLiteral("the view moved from %1 to %2").arg(position).arg(view->readingPosition())));
    // The rest of the 2,000 paragraphs is laid out a moment later: the reader stays where they were.
    QTest::qWait(500);
    QVERIFY2(std::abs(view->readingPosition() - position) < 300,
             qPrintable(
                 QStringLiteral("later, the view moved from %1 to %2").arg(position).arg(view->readingPosition())));
    const QList<QWidget *> parts = {m_window.get(), m_window->menuBar(),
                                    m_window->findChild<QWidget *>(QStringLiteral("sideTabs")),
                                    m_window->suggestionPanel()};
    for (QWidget *part : parts)
        QVERIFY2(part->palette().color(QPalette::Window).lightness() < 100, part->metaObject()->className());
    QVERIFY(m_window->suggestionPanel()->palette().color(QPalette::Base).lightness() < 100);
    m_window->setThemeName(QString());
    QTest::qWait(50);
    QVERIFY(m_window->menuBar()->palette().color(QPalette::Window).lightness() > 150);
    qInfo("long document: open and analyse %lld ms, tag %lld ms, accept %lld ms, dark theme %lld ms", openAndAnalyse,
          tag, accept, theme);
    // Generous bounds for a shared machine; quadratic repainting took minutes here.
    QVERIFY(openAndAnalyse < 30000);
    QVERIFY(tag < 5000);
    QVERIFY(accept < 5000);
    QVERIFY(m_window->openDocument(m_documentId));
}

void TestMainWindow::droppedFilesAreImported()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Dropped article\n\nA paragraph that arrived by drag and drop onto the window.\n");
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy imported(m_window.get(), &MainWindow::documentImported);
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(imported.wait(20000));
    QCOMPARE(m_window->currentDocumentId(), imported.first().first().toLongLong());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Dropped article")));
    QVERIFY(m_window->openDocument(m_documentId));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
