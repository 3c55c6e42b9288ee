#include "gui/MainWindow.h"

#include "core/ProjectEditor.h"
#include "core/ProjectStore.h"
#include "core/import/Importer.h"
#include "gui/AnnotationListModel.h"
#include "gui/AnnotationPanel.h"
#include "gui/DocumentListModel.h"
#include "gui/DocumentView.h"
#include "gui/ExportDialog.h"
#include "gui/FirstRun.h"
#include "gui/ItemDelegates.h"
#include "gui/SpanHighlighter.h"
#include "gui/TagsDialog.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleHints>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

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

MainWindow::MainWindow(ProjectEditor &editor, KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QMainWindow(parent)
    , m_editor(editor)
    , m_repository(repository)
    , m_libraryModel(new DocumentListModel(this))
    , m_annotationModel(new AnnotationListModel(this))
    , m_library(new QListView(this))
    , m_view(new DocumentView(this))
    , m_panel(new AnnotationPanel(editor, *m_annotationModel, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    initGuiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(u":/icons/marginalia.svg"_s));
    setAcceptDrops(true);

    m_library->setObjectName(QStringLiteral("documentList"));
    m_library->setModel(m_libraryModel);
    m_library->setItemDelegate(new DocumentItemDelegate(m_library));
    m_library->setSelectionMode(QAbstractItemView::SingleSelection);
    m_library->setResizeMode(QListView::Adjust);
    m_library->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_library->setFrameShape(QFrame::NoFrame);

    auto *libraryPane = new QWidget(this);
    libraryPane->setObjectName(QStringLiteral("libraryPane"));
    auto *libraryTitle = new QLabel(tr("Library"), libraryPane);
    QFont titleFont = libraryTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    libraryTitle->setFont(titleFont);
    auto *libraryLayout = new QVBoxLayout(libraryPane);
    libraryLayout->setContentsMargins(6, 8, 0, 6);
    libraryLayout->setSpacing(6);
    libraryLayout->addWidget(libraryTitle);
    libraryLayout->addWidget(m_library, 1);

    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);
    m_view->setTags(m_editor.tags());

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(libraryPane);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({250, 800, 350});
    setCentralWidget(m_splitter);

    createMenus();
    createStatusBar();
    applyTheme();
    m_annotationModel->setTags(m_editor.tags());

    connect(m_library->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            openDocument(current.data(DocumentListModel::IdRole).toLongLong());
    });
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
    connect(m_panel, &AnnotationPanel::noteEditingFinished, this, [this] { m_view->setFocus(Qt::OtherFocusReason); });

    connect(&m_editor, &ProjectEditor::annotationAdded, this, [this](const Annotation &a) {
        m_annotationModel->addAnnotation(a);
        m_libraryModel->addAnnotationCount(a.documentId, 1);
        refreshHighlights();
    });
    connect(&m_editor, &ProjectEditor::annotationChanged, this, [this](const Annotation &a) {
        m_annotationModel->updateAnnotation(a);
        refreshHighlights();
    });
    connect(&m_editor, &ProjectEditor::annotationRemoved, this, [this](const Annotation &a) {
        m_annotationModel->removeAnnotation(a);
        m_libraryModel->addAnnotationCount(a.documentId, -1);
        refreshHighlights();
    });
    connect(&m_editor, &ProjectEditor::tagsChanged, this, [this] {
        m_view->setTags(m_editor.tags());
        m_annotationModel->setTags(m_editor.tags());
        refreshHighlights();
    });
    connect(&m_editor, &ProjectEditor::errorOccurred, this, [this](const QString &message) {
        showError(tr("The project could not be changed."), message);
    });

    connect(&m_importWatcher, &QFutureWatcher<ImportResult>::finished, this, &MainWindow::finishImport);
    connect(&m_importWatcher, &QFutureWatcher<ImportResult>::progressValueChanged, this,
            [this](int value) { m_importProgress->setValue(value); });

    resize(1400, 900);
    reloadLibrary();
    updateWindowTitle();
    updateDocumentStatus();
}

MainWindow::~MainWindow()
{
    if (m_importCancelled)
        m_importCancelled->store(true);
    m_importWatcher.waitForFinished();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::onImport);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence::Open);
    QAction *exportCsv = file->addAction(tr("&Export CSV…"), this, &MainWindow::onExportCsv);
    exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

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
    QAction *tags = edit->addAction(tr("&Tags…"), this, &MainWindow::onTags);
    tags->setObjectName(QStringLiteral("tagsAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showLibrary = view->addAction(tr("&Library"));
    showLibrary->setCheckable(true);
    showLibrary->setChecked(true);
    showLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(showLibrary, &QAction::toggled, m_splitter->widget(0), &QWidget::setVisible);
    QAction *showPanel = view->addAction(tr("&Annotation Panel"));
    showPanel->setCheckable(true);
    showPanel->setChecked(true);
    showPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(showPanel, &QAction::toggled, m_panel, &QWidget::setVisible);
    view->addSeparator();
    m_showAnnotationsAction = view->addAction(tr("&Highlight Annotations"));
    m_showAnnotationsAction->setObjectName(QStringLiteral("highlightAnnotationsAction"));
    m_showAnnotationsAction->setCheckable(true);
    m_showAnnotationsAction->setChecked(true);
    connect(m_showAnnotationsAction, &QAction::toggled, this, [this](bool on) {
        m_view->highlighter()->setLayerVisible(HighlightSpan::Layer::Annotation, on);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Marginalia"), this, &MainWindow::onAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_documentStatus = new QLabel(this);
    m_documentStatus->setObjectName(QStringLiteral("documentStatus"));
    m_importProgress = new QProgressBar(this);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setRange(0, 1000);
    m_importProgress->setMaximumWidth(180);
    m_importProgress->setTextVisible(false);
    m_importProgress->hide();
    m_cancelImport = new QToolButton(this);
    m_cancelImport->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Stop importing"));
    m_cancelImport->setAutoRaise(true);
    m_cancelImport->hide();
    connect(m_cancelImport, &QToolButton::clicked, this, [this] {
        m_importQueue.clear();
        if (m_importCancelled)
            m_importCancelled->store(true);
    });
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_cancelImport);
    statusBar()->addPermanentWidget(m_documentStatus);
}

void MainWindow::applyTheme()
{
    const bool dark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
    const auto theme = m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                      : KSyntaxHighlighting::Repository::LightTheme);
    m_view->setTheme(theme);
    m_view->highlighter()->setFindColor(QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::SearchHighlight)));
}

void MainWindow::reloadLibrary()
{
    const qint64 current = currentDocumentId();
    auto documents = m_editor.store().documents();
    if (!documents) {
        showError(tr("The library could not be read."), documents.error().message);
        return;
    }
    const QSignalBlocker blocker(m_library->selectionModel());
    m_libraryModel->setDocuments(*documents);
    const QModelIndex index = m_libraryModel->indexOfDocument(current);
    if (index.isValid())
        m_library->setCurrentIndex(index);
}

bool MainWindow::reloadDocument()
{
    const qint64 id = m_view->documentId();
    if (id == 0)
        return false;
    m_view->clearDocument();
    return openDocument(id);
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
    m_documentTitle = document->title.isEmpty() ? QFileInfo(document->sourcePath).fileName() : document->title;
    m_view->showDocument(*document);
    m_annotationModel->setAnnotations(documentId, *annotations);
    refreshHighlights();
    {
        const QSignalBlocker blocker(m_library->selectionModel());
        m_library->setCurrentIndex(m_libraryModel->indexOfDocument(documentId));
    }
    updateWindowTitle();
    updateDocumentStatus();
    return true;
}

void MainWindow::refreshHighlights()
{
    const auto colorOf = [this](qint64 tagId) {
        const auto tag = m_editor.tag(tagId);
        return tag ? tag->color : QColor();
    };
    QList<HighlightSpan> spans = annotationHighlights(m_annotationModel->annotations(), m_view->codePoints(), colorOf);
    for (HighlightSpan &span : spans) {
        const auto annotation = m_annotationModel->annotation(span.id);
        const auto tag = annotation ? m_editor.tag(annotation->tagId) : std::nullopt;
        QString tip = u"<b>"_s + (tag ? tag->name.toHtmlEscaped() : tr("Untagged")) + u"</b>"_s;
        if (annotation && !annotation->note.isEmpty())
            tip += u"<br>"_s + annotation->note.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        span.toolTip = tip;
    }
    m_view->highlighter()->setLayer(HighlightSpan::Layer::Annotation, spans);
    updateDocumentStatus();
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(m_documentTitle.isEmpty() ? tr("Marginalia") : tr("%1 — Marginalia").arg(m_documentTitle));
}

void MainWindow::updateDocumentStatus()
{
    if (!m_documentStatus)
        return;
    if (m_view->documentId() == 0) {
        m_documentStatus->setText(tr("%n document(s)", nullptr, m_libraryModel->documentCount()));
        return;
    }
    m_documentStatus->setText(tr("%n word(s)", nullptr, wordCount(m_view->documentText())) + u" · "_s
                              + tr("%n annotation(s)", nullptr, m_annotationModel->rowCount()));
}

void MainWindow::annotate(qint64 tagId, int start, int end)
{
    if (m_view->documentId() == 0)
        return;
    const auto created = m_editor.createAnnotation(m_view->documentId(), m_view->documentText(), start, end, tagId);
    if (!created)
        return;
    m_panel->selectAnnotation(created->id);
    m_panel->focusNote();
    const auto tag = m_editor.tag(tagId);
    statusBar()->showMessage(tr("Tagged as %1. Type a note, or press Esc to go on reading.")
                                 .arg(tag ? tag->name : tr("Untagged")),
                             6000);
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
}

void MainWindow::onImport()
{
    const QString filter = tr("Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf);;All files (*)");
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
    if (!paths.isEmpty())
        importFiles(paths);
}

void MainWindow::importFiles(const QStringList &paths)
{
    m_importQueue += paths;
    startNextImport();
}

bool MainWindow::isImporting() const
{
    return m_importWatcher.isRunning() || !m_importQueue.isEmpty();
}

void MainWindow::startNextImport()
{
    if (m_importWatcher.isRunning())
        return;
    if (m_importQueue.isEmpty()) {
        m_importProgress->hide();
        m_cancelImport->hide();
        emit importsFinished();
        return;
    }
    m_importingPath = m_importQueue.takeFirst();
    m_importCancelled = std::make_shared<std::atomic<bool>>(false);
    const QString path = m_importingPath;
    const auto cancelled = m_importCancelled;
    m_importProgress->setValue(0);
    m_importProgress->show();
    m_cancelImport->show();
    statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_importWatcher.setFuture(QtConcurrent::run([path, cancelled](QPromise<ImportResult> &promise) {
        promise.setProgressRange(0, 1000);
        ImportOptions options;
        options.cancelled = cancelled.get();
        options.progress = [&promise](double fraction) { promise.setProgressValue(int(fraction * 1000)); };
        promise.addResult(importFile(path, options));
    }));
}

void MainWindow::finishImport()
{
    const QString path = m_importingPath;
    const QString name = QFileInfo(path).fileName();
    const QFuture<ImportResult> future = m_importWatcher.future();
    statusBar()->clearMessage();
    if (future.resultCount() == 0 || (m_importCancelled && m_importCancelled->load())) {
        statusBar()->showMessage(tr("Import of %1 cancelled.").arg(name), 5000);
    } else if (const ImportResult result = future.result(); !result) {
        if (result.error().kind == Error::Kind::Cancelled)
            statusBar()->showMessage(tr("Import of %1 cancelled.").arg(name), 5000);
        else
            showError(tr("%1 could not be imported.").arg(name), result.error().message);
    } else if (const auto existing = m_editor.store().findDocumentByHash(result->contentHash); existing && *existing) {
        statusBar()->showMessage(tr("%1 is already in the library.").arg(name), 5000);
        openDocument(**existing);
    } else if (const auto added = m_editor.store().addDocument(*result); !added) {
        showError(tr("%1 could not be added to the project.").arg(name), added.error().message);
    } else {
        reloadLibrary();
        openDocument(*added);
        statusBar()->showMessage(tr("Imported %1.").arg(name), 5000);
        emit documentImported(*added);
    }
    startNextImport();
}

Result<int> MainWindow::exportCsvTo(const QString &path, const CsvExportOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(Error::Kind::Io, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    auto rows = exportCsv(m_editor.store(), options, file);
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit())
        return failure(Error::Kind::Io, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return rows;
}

void MainWindow::onExportCsv()
{
    const qint64 documentId = currentDocumentId();
    ExportDialog dialog(m_editor.tags(), documentId ? std::optional<qint64>(documentId) : std::nullopt,
                        m_documentTitle, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CsvExportOptions options = dialog.options();
    QString suggested = options.documentId ? m_documentTitle : QFileInfo(m_editor.store().path()).completeBaseName();
    suggested.replace(QRegularExpression(u"[\\\\/:*?\"<>|]+"_s), u"-"_s);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"),
                                                      QDir(folder).filePath(suggested.left(80) + u".csv"_s),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto rows = exportCsvTo(path, options);
    if (!rows) {
        showError(tr("The CSV file could not be written."), rows.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported %n annotation(s) to %1.", nullptr, *rows).arg(QDir::toNativeSeparators(path)), 8000);
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
    m_importQueue.clear();
    if (m_importCancelled)
        m_importCancelled->store(true);
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
