// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/MainWindow.h"

#include "core/edit/ProjectEditor.h"
#include "core/export/Exporters.h"
#include "core/store/ProjectStore.h"
#include "gui/dialogs/FirstRun.h"
#include "gui/dialogs/ShortcutsDialog.h"
#include "gui/dialogs/TagsDialog.h"
#include "gui/models/AnnotationListModel.h"
#include "gui/models/DocumentListModel.h"
#include "gui/models/SuggestionModel.h"
#include "gui/panels/AnnotationPanel.h"
#include "gui/panels/LibraryPane.h"
#include "gui/panels/PanelParts.h"
#include "gui/panels/SuggestionPanel.h"
#include "gui/reader/DocumentFind.h"
#include "gui/reader/DocumentView.h"
#include "gui/reader/FindBar.h"
#include "gui/reader/SpanHighlighter.h"
#include "gui/window/AnalysisRunner.h"
#include "gui/window/AnnotationActions.h"
#include "gui/window/AnnotationLayer.h"
#include "gui/window/DocumentActions.h"
#include "gui/window/FileMenu.h"
#include "gui/window/ImportQueue.h"
#include "gui/window/LearnedSuggestions.h"
#include "gui/window/ReadingPreferences.h"
#include "gui/window/SuggestionReview.h"
#include "gui/window/WorkflowUi.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

} // namespace

MainWindow::MainWindow(ProjectEditor &editor, const Analyzer &analyzer, KSyntaxHighlighting::Repository &repository,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_editor(editor)
    , m_annotationModel(new AnnotationListModel(this))
    , m_libraryPane(new LibraryPane(this))
    , m_view(new DocumentView(this))
    , m_panel(new AnnotationPanel(editor, *m_annotationModel, this))
    , m_sideTabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_findBar(new FindBar(this))
    , m_find(new DocumentFind(m_view, m_findBar))
    , m_analysis(new AnalysisRunner(
          analyzer,
          [this](qint64 documentId) {
              return documentId == m_view->documentId()
                         ? m_view->record()
                         : m_editor.store().document(documentId).value_or(DocumentRecord{});
          },
          this))
    , m_imports(new ImportQueue([this](const QString &path,
                                       const Result<ImportedDocument> &result) { finishImport(path, result); },
                                this))
    , m_review(new SuggestionReview(editor, m_view, *m_annotationModel, *m_analysis, m_sideTabs))
    , m_preferences(new ReadingPreferences(m_view, repository, this))
    , m_annotationLayer(new AnnotationLayer(editor, m_view, *m_annotationModel, this))
{
    initGuiResources();
    m_review->useLearned(new LearnedSuggestions(editor, analyzer, *m_analysis, m_review));
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(u":/icons/marginalia.svg"_s));
    setAcceptDrops(true);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_libraryPane);
    connect(m_libraryPane, &LibraryPane::documentActivated, this, &MainWindow::openDocument);
    connect(m_libraryPane, &LibraryPane::headingActivated, m_view, &DocumentView::scrollToReadingPosition);
    m_splitter->addWidget(createReaderPane());
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_panel, tr("Annotations"));
    m_sideTabs->addTab(m_review->panel(), tr("Suggestions"));
    m_splitter->addWidget(m_sideTabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({250, 780, 370});
    setCentralWidget(m_splitter);

    m_preferences->load();
    createMenus();
    // Codebook, search, entity register, claim review and memo docks with their Research menu.
    auto *workflow = new WorkflowUi(this, m_editor);
    connect(workflow, &WorkflowUi::openDocumentRequested, this, [this](qint64 id, int start, int end) {
        if (openDocument(id)) {
            m_view->selectRange(start, end);
            m_view->setFocus(Qt::OtherFocusReason);
        }
    });
    createStatusBar();
    connect(m_preferences, &ReadingPreferences::themeApplied, m_review, &SuggestionReview::setTheme);
    connect(m_preferences, &ReadingPreferences::message, statusBar(), &QStatusBar::showMessage);
    m_preferences->applyTheme();
    m_annotationModel->setTags(m_editor.tags());
    connectReader();
    connectEditor();

    resize(1400, 900);
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    reloadLibrary();
    updateWindowTitle();
    updateDocumentStatus();
}

// The analysis and import runs stop and wait in their own destructors.
MainWindow::~MainWindow() = default;

QWidget *MainWindow::createReaderPane()
{
    auto *readerPane = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerPane);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_view, 1);
    readerLayout->addWidget(m_findBar);
    m_findBar->hide();
    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);
    m_view->setTags(m_editor.tags());
    return readerPane;
}

void MainWindow::connectReader()
{
    connect(m_view, &DocumentView::tagKeyPressed, this, [this](int key, int start, int end) {
        const auto tag = m_editor.tagForKey(key);
        if (!tag) {
            statusBar()->showMessage(tr("No tag has the key %1. Set keys in Edit ▸ Tags…").arg(key), 5000);
            return;
        }
        annotate(tag->id, start, end);
    });
    connect(m_view, &DocumentView::tagRequested, this, &MainWindow::annotate);
    connect(m_view, &DocumentView::caretMoved, this, &MainWindow::selectAnnotationAtCaret);
    connect(m_panel, &AnnotationPanel::annotationActivated, this, &MainWindow::showAnnotationPassage);
    connect(m_view, &DocumentView::annotationClicked, m_panel, &AnnotationPanel::selectAnnotation);
    connect(m_view, &DocumentView::reviewKeyPressed, this, [this](int key) {
        switch (key) {
        case Qt::Key_A:
            acceptCurrentSuggestion();
            break;
        case Qt::Key_R:
            rejectCurrentSuggestion();
            break;
        case Qt::Key_N:
            moveToSuggestion(+1);
            break;
        case Qt::Key_P:
            moveToSuggestion(-1);
            break;
        default:
            break;
        }
    });
    connect(m_review, &SuggestionReview::message, statusBar(), &QStatusBar::showMessage);
    connect(m_analysis, &AnalysisRunner::started, m_review->panel(),
            [this] { m_review->panel()->setStatus(tr("Looking for people, places, figures and claims…")); });
    connect(m_analysis, &AnalysisRunner::finished, this, &MainWindow::finishAnalysis);
    connect(m_imports, &ImportQueue::started, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    });
    connect(m_imports, &ImportQueue::allFinished, this, &MainWindow::importsFinished);
    connect(m_panel, &AnnotationPanel::noteEditingFinished, this, [this] { m_view->setFocus(Qt::OtherFocusReason); });
}

void MainWindow::connectEditor()
{
    connect(&m_editor, &ProjectEditor::annotationAdded, this, [this](const Annotation &a) {
        m_annotationModel->addAnnotation(a);
        m_libraryPane->model()->addAnnotationCount(a.documentId, 1);
        updateDocumentStatus();
        m_review->annotationAddedOrRemoved(a);
    });
    connect(&m_editor, &ProjectEditor::annotationChanged, m_annotationModel, &AnnotationListModel::updateAnnotation);
    connect(&m_editor, &ProjectEditor::annotationRemoved, this, [this](const Annotation &a) {
        m_annotationModel->removeAnnotation(a);
        m_libraryPane->model()->addAnnotationCount(a.documentId, -1);
        updateDocumentStatus();
        m_review->annotationAddedOrRemoved(a);
    });
    connect(&m_editor, &ProjectEditor::tagsChanged, this, [this] {
        m_view->setTags(m_editor.tags());
        m_annotationModel->setTags(m_editor.tags());
        refreshHighlights();
    });
    connect(&m_editor, &ProjectEditor::errorOccurred, this,
            [this](const QString &message) { showError(tr("The project could not be changed."), message); });
}

void MainWindow::createMenus()
{
    m_fileMenu = new FileMenu(*this, m_editor);
    new DocumentActions(*this, m_editor, *m_libraryPane);
    createEditMenu();
    createViewMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(this, m_editor.tags()); // generated from the actions
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Marginalia"), this, &MainWindow::onAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_editor.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), m_view, &QTextEdit::copy);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copy);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_findBar, &FindBar::activate);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *findNextAction = edit->addAction(tr("Find &Next"), this, [this] { findNext(+1); });
    findNextAction->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), this, [this] { findNext(-1); });
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    edit->addSeparator();
    QAction *analyse = edit->addAction(tr("&Analyse Document Again"), this, [this] {
        if (currentDocumentId() != 0)
            analyseDocument(currentDocumentId(), true);
    });
    analyse->setObjectName(QStringLiteral("analyseAction"));
    analyse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    edit->addAction(tr("Accept All &Shown Suggestions"), m_review, &SuggestionReview::acceptAllShown)
        ->setObjectName(QStringLiteral("acceptAllSuggestionsAction"));
    edit->addSeparator();
    new AnnotationActions(*this, m_editor, edit); // span, note, quote; the text's right-click menu
    QAction *tags = edit->addAction(tr("&Tags…"), this, &MainWindow::onTags);
    tags->setObjectName(QStringLiteral("tagsAction"));
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showLibrary = addToggle(view, tr("&Library"));
    showLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(showLibrary, &QAction::toggled, m_splitter->widget(0), &QWidget::setVisible);
    QAction *showPanel = addToggle(view, tr("&Annotation Panel"));
    showPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(showPanel, &QAction::toggled, m_sideTabs, &QWidget::setVisible);
    view->addSeparator();
    m_showAnnotationsAction = addToggle(view, tr("&Highlight Annotations"), u"highlightAnnotationsAction"_s);
    connect(m_showAnnotationsAction, &QAction::toggled, this,
            [this](bool on) { m_view->highlighter()->setLayerVisible(HighlightSpan::Layer::Annotation, on); });
    m_showSuggestionsAction = addToggle(view, tr("Highlight &Suggestions"), u"highlightSuggestionsAction"_s);
    connect(m_showSuggestionsAction, &QAction::toggled, this,
            [this](bool on) { m_view->highlighter()->setLayerVisible(HighlightSpan::Layer::Suggestion, on); });
    QMenu *layers = view->addMenu(tr("Suggestion &Types"));
    // Types a reader hid stay hidden after a restart.
    const QStringList hidden = QSettings().value(u"view/hiddenSuggestionTypes"_s).toStringList();
    for (const QString &label : suggestionLabels()) {
        QAction *layer = addToggle(layers, suggestionLabelName(label), u"suggestionLayer_"_s + label);
        connect(layer, &QAction::toggled, this, [this, label](bool on) {
            setSuggestionLabelVisible(label, on);
            QSettings settings;
            QStringList hiddenNow = settings.value(u"view/hiddenSuggestionTypes"_s).toStringList();
            hiddenNow.removeAll(label);
            settings.setValue(u"view/hiddenSuggestionTypes"_s, on ? hiddenNow : hiddenNow << label);
        });
        layer->setChecked(!hidden.contains(label));
    }

    view->addSeparator();
    m_preferences->addMenuEntries(view);
}

void MainWindow::createStatusBar()
{
    m_documentStatus = new QLabel(this);
    m_documentStatus->setObjectName(QStringLiteral("documentStatus"));
    statusBar()->addPermanentWidget(m_analysis->progressBar());
    statusBar()->addPermanentWidget(m_analysis->stopButton());
    statusBar()->addPermanentWidget(m_imports->progressBar());
    statusBar()->addPermanentWidget(m_imports->cancelButton());
    statusBar()->addPermanentWidget(m_documentStatus);
}

void MainWindow::setThemeName(const QString &name)
{
    m_preferences->setThemeName(name);
    refreshHighlights();
    m_review->refresh();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Following the system: a switch between light and dark arrives as a palette change.
    if (event->type() == QEvent::PaletteChange && m_preferences->followsSystem())
        m_preferences->applyTheme();
    QMainWindow::changeEvent(event);
}

void MainWindow::zoom(int step)
{
    m_preferences->zoom(step);
}

void MainWindow::findText(const QString &text)
{
    m_find->findText(text);
}

void MainWindow::findNext(int step)
{
    m_find->findNext(step);
}

int MainWindow::findMatchCount() const
{
    return m_find->matchCount();
}

void MainWindow::saveReadingPosition()
{
    const qint64 id = m_view->documentId();
    if (id == 0)
        return;
    m_editor.setReadingPosition(id, m_view->readingPosition());
}

void MainWindow::reloadLibrary()
{
    const qint64 current = currentDocumentId();
    auto documents = m_editor.store().documents();
    if (!documents) {
        showError(tr("The library could not be read."), documents.error().message);
        return;
    }
    m_libraryPane->setDocuments(*documents, current);
}

bool MainWindow::reloadDocument()
{
    const qint64 id = m_view->documentId();
    if (id == 0)
        return false;
    m_view->clearDocument();
    return openDocument(id);
}

void MainWindow::closeDocument()
{
    m_view->clearDocument();
    m_annotationModel->setAnnotations(0, {});
    m_libraryPane->showOutline({}, m_view->codePoints());
    m_review->documentOpened(0);
    showDocumentTitle(QString());
    updateDocumentStatus();
}

void MainWindow::showDocumentTitle(const QString &title)
{
    m_documentTitle = title;
    updateWindowTitle();
}

qint64 MainWindow::currentDocumentId() const
{
    return m_view->documentId();
}

bool MainWindow::openDocument(qint64 documentId)
{
    if (documentId == m_view->documentId() && documentId != 0)
        return true;
    auto document = m_editor.store().document(documentId);
    if (!document) {
        showError(tr("The document could not be opened."), document.error().message);
        return false;
    }
    auto annotations = m_editor.store().annotations(documentId);
    if (!annotations) {
        showError(tr("The annotations could not be read."), annotations.error().message);
        return false;
    }
    saveReadingPosition();
    m_documentTitle = document->title.isEmpty() ? QFileInfo(document->sourcePath).fileName() : document->title;
    m_view->showDocument(*document);
    m_wordCount = wordCount(m_view->documentText()); // once: the status line shows it after every edit
    m_libraryPane->showOutline(m_view->record(), m_view->codePoints());
    if (!m_findBar->isHidden())
        findText(m_findBar->text());
    if (const auto saved = m_editor.readingPosition(documentId)) {
        QTimer::singleShot(0, m_view, [view = m_view, documentId, position = *saved] {
            if (view->documentId() == documentId)
                view->scrollToReadingPosition(position);
        });
    }
    m_annotationModel->setAnnotations(documentId, *annotations);
    refreshHighlights();
    m_review->documentOpened(documentId);
    analyseDocument(documentId);
    m_libraryPane->setCurrentDocument(documentId);
    updateWindowTitle();
    updateDocumentStatus();
    return true;
}

void MainWindow::refreshHighlights()
{
    m_annotationLayer->refresh();
    updateDocumentStatus();
}

void MainWindow::updateWindowTitle()
{
    // The document first (what is read), then the project it belongs to.
    const QString project = QFileInfo(m_editor.store().path()).completeBaseName();
    setWindowTitle(m_documentTitle.isEmpty() ? tr("%1 — Marginalia").arg(project)
                                             : tr("%1 — %2 — Marginalia").arg(m_documentTitle, project));
}

void MainWindow::updateDocumentStatus()
{
    if (!m_documentStatus)
        return;
    if (m_view->documentId() == 0) {
        m_documentStatus->setText(tr("%n document(s)", nullptr, m_libraryPane->model()->documentCount()));
        return;
    }
    m_documentStatus->setText(tr("%n word(s)", nullptr, m_wordCount) + u" · "_s
                              + tr("%n annotation(s)", nullptr, m_annotationModel->rowCount()));
}

void MainWindow::annotate(qint64 tagId, int start, int end)
{
    if (m_view->documentId() == 0)
        return;
    const auto created = m_editor.createAnnotation(m_view->documentId(), m_view->documentText(), start, end, tagId);
    if (!created)
        return;
    m_view->clearSelection(); // tagged: the highlight shows the passage now
    m_panel->selectAnnotation(created->id);
    m_view->setActiveAnnotation(created->id);
    m_panel->focusNote();
    const auto tag = m_editor.tag(tagId);
    statusBar()->showMessage(
        tr("Tagged as %1. Type a note, or press Esc to go on reading.").arg(tag ? tag->name : tr("Untagged")), 6000);
}

bool MainWindow::tagSelectionWithKey(int key)
{
    const auto range = m_view->selectedRange();
    const auto tag = m_editor.tagForKey(key);
    if (!range || !tag)
        return false;
    annotate(tag->id, range->first, range->second);
    return true;
}

void MainWindow::showAnnotationPassage(qint64 annotationId)
{
    const auto annotation = m_annotationModel->annotation(annotationId);
    if (!annotation)
        return;
    const QSignalBlocker blocker(m_view);
    m_view->selectRange(annotation->start, annotation->end);
    m_view->setActiveAnnotation(annotationId);
}

void MainWindow::selectAnnotationAtCaret(int codePoint)
{
    // Clicking a highlighted passage selects its annotation; the innermost (latest start) wins.
    const Annotation *best = nullptr;
    for (const Annotation &a : m_annotationModel->annotations())
        if (a.start <= codePoint && codePoint < a.end && (!best || a.start > best->start))
            best = &a;
    if (best)
        m_panel->selectAnnotation(best->id);
    m_view->setActiveAnnotation(best ? best->id : 0);
}

void MainWindow::analyseDocument(qint64 documentId, bool again)
{
    m_analysis->analyse(documentId, again);
}

bool MainWindow::isAnalysing() const
{
    return m_analysis->isBusy();
}

void MainWindow::finishAnalysis(qint64 documentId, bool completed)
{
    if (documentId == currentDocumentId())
        m_review->refresh();
    if (completed)
        emit analysisFinished(documentId);
}

SuggestionPanel *MainWindow::suggestionPanel() const
{
    return m_review->panel();
}

const SuggestionListModel *MainWindow::suggestionModel() const
{
    return m_review->model();
}

void MainWindow::setSuggestionLabelVisible(const QString &label, bool visible)
{
    m_review->setLabelVisible(label, visible);
}

void MainWindow::moveToSuggestion(int step)
{
    m_review->move(step);
}

bool MainWindow::acceptCurrentSuggestion()
{
    return m_review->acceptCurrent();
}

bool MainWindow::rejectCurrentSuggestion()
{
    return m_review->rejectCurrent();
}

void MainWindow::importFiles(const QStringList &paths)
{
    m_imports->add(paths);
}

bool MainWindow::isImporting() const
{
    return m_imports->isBusy();
}

void MainWindow::finishImport(const QString &path, const Result<ImportedDocument> &result)
{
    const QString name = QFileInfo(path).fileName();
    statusBar()->clearMessage();
    if (!result) {
        if (result.error().kind == Error::Kind::Cancelled)
            statusBar()->showMessage(tr("Import of %1 cancelled.").arg(name), 5000);
        else
            showError(tr("%1 could not be imported.").arg(name), result.error().message);
    } else if (const auto existing = m_editor.store().findDocumentByHash(result->contentHash); existing && *existing) {
        statusBar()->showMessage(tr("%1 is already in the library.").arg(name), 5000);
        openDocument(**existing);
    } else if (const auto added = m_editor.addDocument(*result); !added) {
        showError(tr("%1 could not be added to the project.").arg(name), added.error().message);
    } else {
        reloadLibrary();
        openDocument(*added);
        statusBar()->showMessage(tr("Imported %1.").arg(name), 5000);
        emit documentImported(*added);
    }
}

Result<int> MainWindow::exportTo(const QString &path, ExportFormat format, const CsvExportOptions &options)
{
    return exportProjectToFile(m_editor.store(), format, options, path);
}

Result<int> MainWindow::exportCsvTo(const QString &path, const CsvExportOptions &options)
{
    return exportTo(path, ExportFormat::Csv, options);
}

void MainWindow::onTags()
{
    TagsDialog dialog(m_editor, this);
    dialog.exec();
}

void MainWindow::onAbout()
{
    QMessageBox::about(this, tr("About Marginalia"),
                       tr("<h3>Marginalia %1</h3><p>Read articles, annotate them and check their claims, "
                          "offline.</p><p>Select a passage and press a tag's key (1–9) to annotate it.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showError(const QString &what, const QString &message)
{
    statusBar()->showMessage(what, 8000);
    // Window-modal but not blocking: the program goes on, and tests are never stuck on it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Marginalia"), what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveReadingPosition();
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    m_imports->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool anyFile = std::ranges::any_of(urls, [](const QUrl &url) { return url.isLocalFile(); });
    if (anyFile)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace marginalia
