#include "gui/window/MainWindow.h"

#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "core/analysis/Analyzer.h"
#include "core/import/FormatRegistry.h"
#include "core/import/Importer.h"
#include "gui/models/AnnotationListModel.h"
#include "gui/panels/AnnotationPanel.h"
#include "gui/models/DocumentListModel.h"
#include "gui/reader/DocumentView.h"
#include "gui/dialogs/ExportDialog.h"
#include "gui/reader/FindBar.h"
#include "gui/dialogs/FirstRun.h"
#include "gui/models/ItemDelegates.h"
#include "gui/reader/SpanHighlighter.h"
#include "gui/window/WorkflowUi.h"
#include "gui/models/SuggestionModel.h"
#include "gui/panels/SuggestionPanel.h"
#include "gui/dialogs/TagsDialog.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDialog>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QActionGroup>
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
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

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
    : MainWindow(editor, &analyzer, nullptr, repository, parent)
{
}

MainWindow::MainWindow(ProjectEditor &editor, KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : MainWindow(editor, nullptr, std::make_unique<Analyzer>(), repository, parent)
{
}

MainWindow::MainWindow(ProjectEditor &editor, const Analyzer *analyzer, std::unique_ptr<Analyzer> ownAnalyzer,
                       KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QMainWindow(parent)
    , m_ownAnalyzer(std::move(ownAnalyzer))
    , m_editor(editor)
    , m_analyzer(analyzer ? *analyzer : *m_ownAnalyzer)
    , m_repository(repository)
    , m_libraryModel(new DocumentListModel(this))
    , m_annotationModel(new AnnotationListModel(this))
    , m_library(new QListView(this))
    , m_view(new DocumentView(this))
    , m_panel(new AnnotationPanel(editor, *m_annotationModel, this))
    , m_suggestionModel(new SuggestionListModel(this))
    , m_suggestionPanel(new SuggestionPanel(*m_suggestionModel, this))
    , m_sideTabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_findBar(new FindBar(this))
    , m_outline(new QListWidget(this))
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

    auto *outlinePane = new QWidget(this);
    auto *outlineTitle = new QLabel(tr("Outline"), outlinePane);
    outlineTitle->setFont(titleFont);
    m_outline->setObjectName(QStringLiteral("outlineList"));
    m_outline->setFrameShape(QFrame::NoFrame);
    m_outline->setWordWrap(true);
    m_outline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_outline->setResizeMode(QListView::Adjust);
    auto *outlineLayout = new QVBoxLayout(outlinePane);
    outlineLayout->setContentsMargins(6, 8, 0, 6);
    outlineLayout->setSpacing(6);
    outlineLayout->addWidget(outlineTitle);
    outlineLayout->addWidget(m_outline, 1);
    auto *leftSplitter = new QSplitter(Qt::Vertical, this);
    leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    leftSplitter->addWidget(libraryPane);
    leftSplitter->addWidget(outlinePane);
    leftSplitter->setSizes({420, 380});
    connect(m_outline, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_view->scrollToReadingPosition(item->data(Qt::UserRole).toInt());
    });

    auto *readerPane = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerPane);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_view, 1);
    readerLayout->addWidget(m_findBar);
    m_findBar->hide();
    connect(m_findBar, &FindBar::searchChanged, this, &MainWindow::findText);
    connect(m_findBar, &FindBar::nextRequested, this, [this] { findNext(+1); });
    connect(m_findBar, &FindBar::previousRequested, this, [this] { findNext(-1); });
    connect(m_findBar, &FindBar::closed, this, [this] {
        findText(QString());
        m_view->setFocus(Qt::OtherFocusReason);
    });

    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);
    m_view->setTags(m_editor.tags());

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(leftSplitter);
    m_splitter->addWidget(readerPane);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_panel, tr("Annotations"));
    m_sideTabs->addTab(m_suggestionPanel, tr("Suggestions"));
    m_splitter->addWidget(m_sideTabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({250, 780, 370});
    setCentralWidget(m_splitter);

    loadPreferences();
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
    connect(m_view, &DocumentView::reviewKeyPressed, this, [this](int key) {
        switch (key) {
        case Qt::Key_A: acceptCurrentSuggestion(); break;
        case Qt::Key_R: rejectCurrentSuggestion(); break;
        case Qt::Key_N: moveToSuggestion(+1); break;
        case Qt::Key_P: moveToSuggestion(-1); break;
        default: break;
        }
    });
    connect(m_suggestionPanel, &SuggestionPanel::suggestionActivated, this, &MainWindow::showSuggestion);
    connect(m_suggestionPanel, &SuggestionPanel::acceptRequested, this, &MainWindow::acceptCurrentSuggestion);
    connect(m_suggestionPanel, &SuggestionPanel::rejectRequested, this, &MainWindow::rejectCurrentSuggestion);
    connect(m_suggestionPanel, &SuggestionPanel::nextRequested, this, [this] { moveToSuggestion(+1); });
    connect(m_suggestionPanel, &SuggestionPanel::previousRequested, this, [this] { moveToSuggestion(-1); });
    connect(&m_editor, &ProjectEditor::rejectionsChanged, this, [this](qint64 documentId) {
        if (documentId != currentDocumentId())
            return;
        m_rejections = m_editor.store().rejections(documentId).value_or(QList<Rejection>());
        refreshSuggestions();
    });
    connect(&m_analysisWatcher, &QFutureWatcher<QList<Span>>::finished, this, &MainWindow::finishAnalysis);
    connect(&m_analysisWatcher, &QFutureWatcher<QList<Span>>::progressValueChanged, this,
            [this](int value) { m_analysisProgress->setValue(value); });
    connect(m_panel, &AnnotationPanel::noteEditingFinished, this, [this] { m_view->setFocus(Qt::OtherFocusReason); });

    connect(&m_editor, &ProjectEditor::annotationAdded, this, [this](const Annotation &a) {
        m_annotationModel->addAnnotation(a);
        m_libraryModel->addAnnotationCount(a.documentId, 1);
        refreshHighlights();
        refreshSuggestions();
    });
    connect(&m_editor, &ProjectEditor::annotationChanged, this, [this](const Annotation &a) {
        m_annotationModel->updateAnnotation(a);
        refreshHighlights();
    });
    connect(&m_editor, &ProjectEditor::annotationRemoved, this, [this](const Annotation &a) {
        m_annotationModel->removeAnnotation(a);
        m_libraryModel->addAnnotationCount(a.documentId, -1);
        refreshHighlights();
        refreshSuggestions();
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
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    reloadLibrary();
    updateWindowTitle();
    updateDocumentStatus();
}

MainWindow::~MainWindow()
{
    if (m_importCancelled)
        m_importCancelled->store(true);
    if (m_analysisCancelled)
        m_analysisCancelled->store(true);
    m_importWatcher.waitForFinished();
    m_analysisWatcher.waitForFinished();
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
    connect(showPanel, &QAction::toggled, m_sideTabs, &QWidget::setVisible);
    view->addSeparator();
    m_showAnnotationsAction = view->addAction(tr("&Highlight Annotations"));
    m_showAnnotationsAction->setObjectName(QStringLiteral("highlightAnnotationsAction"));
    m_showAnnotationsAction->setCheckable(true);
    m_showAnnotationsAction->setChecked(true);
    connect(m_showAnnotationsAction, &QAction::toggled, this, [this](bool on) {
        m_view->highlighter()->setLayerVisible(HighlightSpan::Layer::Annotation, on);
    });
    m_showSuggestionsAction = view->addAction(tr("Highlight &Suggestions"));
    m_showSuggestionsAction->setObjectName(QStringLiteral("highlightSuggestionsAction"));
    m_showSuggestionsAction->setCheckable(true);
    m_showSuggestionsAction->setChecked(true);
    connect(m_showSuggestionsAction, &QAction::toggled, this, [this](bool on) {
        m_view->highlighter()->setLayerVisible(HighlightSpan::Layer::Suggestion, on);
    });
    QMenu *layers = view->addMenu(tr("Suggestion &Types"));
    for (const QString &label : suggestionLabels()) {
        QAction *layer = layers->addAction(suggestionLabelName(label));
        layer->setObjectName(u"suggestionLayer_"_s + label);
        layer->setCheckable(true);
        layer->setChecked(true);
        connect(layer, &QAction::toggled, this, [this, label](bool on) { setSuggestionLabelVisible(label, on); });
    }

    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { zoom(+1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { zoom(-1); });
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction *actualSize = view->addAction(tr("&Actual Size"), this, [this] { zoom(0); });
    actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addAction(tr("Reading &Font…"), this, [this] {
        bool ok = false;
        const QFont font = QFontDialog::getFont(&ok, m_view->readingFont(), this, tr("Reading Font"));
        if (ok) {
            m_view->setReadingFont(font);
            savePreferences();
        }
    });
    QMenu *themes = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    QAction *followSystem = themes->addAction(tr("Follow the &System"));
    followSystem->setCheckable(true);
    followSystem->setData(QString());
    m_themeGroup->addAction(followSystem);
    themes->addSeparator();
    for (const KSyntaxHighlighting::Theme &theme : m_repository.themes()) {
        QAction *choice = themes->addAction(theme.translatedName());
        choice->setCheckable(true);
        choice->setData(theme.name());
        m_themeGroup->addAction(choice);
    }
    for (QAction *choice : m_themeGroup->actions())
        choice->setChecked(choice->data().toString() == m_themeName);
    connect(m_themeGroup, &QActionGroup::triggered, this,
            [this](QAction *choice) { setThemeName(choice->data().toString()); });
    QAction *fold = view->addAction(tr("&Fold Boilerplate and Repeats"));
    fold->setObjectName(QStringLiteral("foldBoilerplateAction"));
    fold->setCheckable(true);
    fold->setChecked(QSettings().value(u"reader/foldBoilerplate"_s, true).toBool());
    connect(m_view, &DocumentView::unfoldRequested, fold, [fold] { fold->setChecked(false); });
    connect(fold, &QAction::toggled, this, [this](bool on) {
        m_view->setBoilerplateFolded(on);
        QSettings().setValue(u"reader/foldBoilerplate"_s, on);
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
    m_analysisProgress = new QProgressBar(this);
    m_analysisProgress->setObjectName(QStringLiteral("analysisProgress"));
    m_analysisProgress->setRange(0, 1000);
    m_analysisProgress->setMaximumWidth(140);
    m_analysisProgress->setFormat(tr("Analysing %p%"));
    m_analysisProgress->hide();
    m_cancelAnalysis = new QToolButton(this);
    m_cancelAnalysis->setObjectName(QStringLiteral("cancelAnalysisButton"));
    m_cancelAnalysis->setText(tr("Stop"));
    m_cancelAnalysis->setToolTip(tr("Stop the analysis"));
    m_cancelAnalysis->setAutoRaise(true);
    m_cancelAnalysis->hide();
    connect(m_cancelAnalysis, &QToolButton::clicked, this, [this] {
        m_pendingAnalysis = 0;
        if (m_analysisCancelled)
            m_analysisCancelled->store(true);
    });
    statusBar()->addPermanentWidget(m_analysisProgress);
    statusBar()->addPermanentWidget(m_cancelAnalysis);
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_cancelImport);
    statusBar()->addPermanentWidget(m_documentStatus);
}

void MainWindow::applyTheme()
{
    const bool dark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
    KSyntaxHighlighting::Theme theme = m_themeName.isEmpty() ? KSyntaxHighlighting::Theme() : m_repository.theme(m_themeName);
    if (!theme.isValid())
        theme = m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                               : KSyntaxHighlighting::Repository::LightTheme);
    m_view->setTheme(theme);
    m_suggestionModel->setTheme(theme);
    m_view->highlighter()->setFindColor(QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::SearchHighlight)));
}

void MainWindow::setThemeName(const QString &name)
{
    m_themeName = name;
    if (m_themeGroup) {
        for (QAction *choice : m_themeGroup->actions())
            choice->setChecked(choice->data().toString() == name);
    }
    applyTheme();
    refreshHighlights();
    refreshSuggestions();
    savePreferences();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Following the system: a switch between light and dark arrives as a palette change.
    if (event->type() == QEvent::PaletteChange && m_themeName.isEmpty())
        applyTheme();
    QMainWindow::changeEvent(event);
}

void MainWindow::zoom(int step)
{
    m_view->setZoomSteps(step == 0 ? 0 : m_view->zoomSteps() + step);
    statusBar()->showMessage(tr("Zoom %1%").arg(qRound(std::pow(1.1, m_view->zoomSteps()) * 100)), 2000);
    savePreferences();
}

void MainWindow::loadPreferences()
{
    const QSettings settings;
    m_themeName = settings.value(u"reader/theme"_s).toString();
    const QString fontDescription = settings.value(u"reader/font"_s).toString();
    QFont font;
    if (!fontDescription.isEmpty() && font.fromString(fontDescription))
        m_view->setReadingFont(font);
    m_view->setZoomSteps(settings.value(u"reader/zoom"_s, 0).toInt());
    if (settings.value(u"reader/foldBoilerplate"_s, true).toBool())
        m_view->setBoilerplateFolded(true);
}

void MainWindow::savePreferences() const
{
    QSettings settings;
    settings.setValue(u"reader/theme"_s, m_themeName);
    settings.setValue(u"reader/font"_s, m_view->readingFont().toString());
    settings.setValue(u"reader/zoom"_s, m_view->zoomSteps());
}

void MainWindow::findText(const QString &text)
{
    m_findStarts.clear();
    m_findLength = int(text.size());
    m_findCurrent = -1;
    QList<HighlightSpan> spans;
    if (!text.isEmpty()) {
        const QString &haystack = m_view->documentText();
        for (qsizetype at = haystack.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
             at = haystack.indexOf(text, at + text.size(), Qt::CaseInsensitive)) {
            m_findStarts.append(int(at));
            spans.append(HighlightSpan{.start = int(at), .end = int(at + text.size()), .layer = HighlightSpan::Layer::FindMatch});
        }
    }
    m_view->highlighter()->setLayer(HighlightSpan::Layer::FindMatch, spans);
    if (!m_findStarts.isEmpty()) {
        // The first match at or after the top of the view: finding should not jump back to the start.
        const int from = m_view->codePoints().toUtf16(m_view->readingPosition());
        const auto next = std::ranges::lower_bound(m_findStarts, from);
        m_findCurrent = next == m_findStarts.end() ? 0 : int(next - m_findStarts.begin());
        const int start = m_findStarts[m_findCurrent];
        m_view->selectRange(m_view->codePoints().toCodePoint(start), m_view->codePoints().toCodePoint(start + m_findLength));
    }
    m_findBar->setMatchInfo(m_findCurrent + 1, int(m_findStarts.size()));
}

void MainWindow::findNext(int step)
{
    if (m_findBar->isHidden() || m_findStarts.isEmpty()) {
        m_findBar->activate();
        return;
    }
    const int count = int(m_findStarts.size());
    m_findCurrent = ((m_findCurrent < 0 ? 0 : m_findCurrent + step) % count + count) % count;
    const int start = m_findStarts[m_findCurrent];
    m_view->selectRange(m_view->codePoints().toCodePoint(start), m_view->codePoints().toCodePoint(start + m_findLength));
    m_findBar->setMatchInfo(m_findCurrent + 1, count);
}

void MainWindow::saveReadingPosition()
{
    const qint64 id = m_view->documentId();
    if (id == 0)
        return;
    m_editor.store().setSetting(u"reading-position/"_s + QString::number(id), QString::number(m_view->readingPosition()));
}

void MainWindow::refreshOutline()
{
    m_outline->clear();
    const DocumentRecord &record = m_view->record();
    const CodePointIndex &index = m_view->codePoints();
    for (const Block &block : record.blocks) {
        if (block.kind != BlockKind::Heading)
            continue;
        const int from = index.toUtf16(block.start);
        auto *item = new QListWidgetItem(record.text.mid(from, index.toUtf16(block.end) - from).simplified(), m_outline);
        item->setData(Qt::UserRole, block.start);
        item->setToolTip(item->text());
        // Indent by level so that the outline reads as a tree.
        item->setText(QString(2 * std::max(0, block.level - 1), u' ') + item->text());
    }
    if (m_outline->count() == 0) {
        auto *none = new QListWidgetItem(tr("No headings"), m_outline);
        none->setFlags(Qt::NoItemFlags);
    }
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
    saveReadingPosition();
    m_documentTitle = document->title.isEmpty() ? QFileInfo(document->sourcePath).fileName() : document->title;
    m_view->showDocument(*document);
    refreshOutline();
    if (!m_findBar->isHidden())
        findText(m_findBar->text());
    if (const auto saved = m_editor.store().setting(u"reading-position/"_s + QString::number(documentId));
        saved && !saved->isEmpty()) {
        const int position = saved->toInt();
        QTimer::singleShot(0, m_view, [view = m_view, documentId, position] {
            if (view->documentId() == documentId)
                view->scrollToReadingPosition(position);
        });
    }
    m_annotationModel->setAnnotations(documentId, *annotations);
    m_rejections = m_editor.store().rejections(documentId).value_or(QList<Rejection>());
    refreshHighlights();
    m_suggestionPanel->setCurrentRow(-1);
    refreshSuggestions();
    if (!m_analysis.contains(documentId))
        analyseDocument(documentId);
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

void MainWindow::analyseDocument(qint64 documentId, bool again)
{
    if (documentId == 0 || (!again && m_analysis.contains(documentId)))
        return;
    if (m_analysisWatcher.isRunning()) {
        // One analysis at a time: stop the running one unless it is this document's.
        if (m_analysingDocument != documentId || again) {
            m_pendingAnalysis = documentId;
            m_analysisCancelled->store(true);
        }
        return;
    }
    const DocumentRecord record = documentId == m_view->documentId()
                                      ? m_view->record()
                                      : m_editor.store().document(documentId).value_or(DocumentRecord{});
    if (record.id == 0)
        return;
    m_analysingDocument = documentId;
    m_analysisCancelled = std::make_shared<std::atomic<bool>>(false);
    const auto cancelled = m_analysisCancelled;
    m_analysisProgress->setValue(0);
    m_analysisProgress->show();
    m_cancelAnalysis->show();
    m_suggestionPanel->setStatus(tr("Looking for people, places, figures and claims…"));
    const Analyzer *analyzer = &m_analyzer;
    m_analysisWatcher.setFuture(QtConcurrent::run(
        [analyzer, text = record.text, blocks = record.blocks, cancelled](QPromise<QList<Span>> &promise) {
            promise.setProgressRange(0, 1000);
            AnalysisControl control;
            control.cancelled = cancelled.get();
            control.progress = [&promise](double fraction) { promise.setProgressValue(int(fraction * 1000)); };
            promise.addResult(analyzer->analyze(text, blocks, control));
        }));
}

bool MainWindow::isAnalysing() const
{
    return m_analysisWatcher.isRunning() || m_pendingAnalysis != 0;
}

void MainWindow::finishAnalysis()
{
    const qint64 documentId = m_analysingDocument;
    const bool cancelled = m_analysisCancelled && m_analysisCancelled->load();
    const QFuture<QList<Span>> future = m_analysisWatcher.future();
    m_analysingDocument = 0;
    m_analysisProgress->hide();
    m_cancelAnalysis->hide();
    if (!cancelled && future.resultCount() > 0) {
        m_analysis.insert(documentId, future.result());
        if (documentId == currentDocumentId())
            refreshSuggestions();
        emit analysisFinished(documentId);
    } else if (documentId == currentDocumentId()) {
        refreshSuggestions();
    }
    const qint64 pending = std::exchange(m_pendingAnalysis, 0);
    if (pending != 0)
        analyseDocument(pending, true);
}

void MainWindow::refreshSuggestions()
{
    const qint64 documentId = currentDocumentId();
    const auto found = m_analysis.constFind(documentId);
    QList<Span> shown;
    if (found != m_analysis.cend()) {
        QSet<std::pair<int, int>> annotated;
        for (const Annotation &a : m_annotationModel->annotations())
            annotated.insert({a.start, a.end});
        for (const Span &span : *found) {
            if (m_hiddenLabels.contains(span.label) || annotated.contains({span.start, span.end}))
                continue;
            const bool rejected = std::ranges::any_of(m_rejections, [&span](const Rejection &r) {
                return r.start == span.start && r.end == span.end && r.label == span.label;
            });
            if (!rejected)
                shown.append(span);
        }
    }
    const int previousRow = m_suggestionPanel->currentRow();
    m_suggestionModel->setSuggestions(shown, m_view->documentText());

    QList<HighlightSpan> entities;
    QList<HighlightSpan> claims;
    const CodePointIndex &index = m_view->codePoints();
    for (const Span &span : std::as_const(shown)) {
        HighlightSpan h;
        h.start = index.toUtf16(span.start);
        h.end = index.toUtf16(span.end);
        h.color = m_suggestionModel->colorFor(span.label);
        if (span.kind == SpanKind::Claim)
            h.color.setAlphaF(0.55); // claims run over whole sentences: a quieter line keeps the text readable
        h.layer = span.kind == SpanKind::Claim ? HighlightSpan::Layer::ClaimSuggestion : HighlightSpan::Layer::Suggestion;
        QString tip = u"<b>"_s + suggestionLabelName(span.label).toHtmlEscaped() + u"</b> · "_s
                      + (span.kind == SpanKind::Claim ? tr("suggested claim") : tr("suggested entity"))
                      + u"<br>"_s + tr("Confidence: %1%").arg(QLocale().toString(span.confidence * 100, 'f', 0))
                      + u"<br>"_s + tr("Rule: %1").arg(span.rule.toHtmlEscaped());
        if (span.kind == SpanKind::Claim)
            tip += u"<br>"_s + tr("Source: %1").arg(span.source.isEmpty() ? tr("nobody named") : span.source.toHtmlEscaped());
        h.toolTip = tip;
        (span.kind == SpanKind::Claim ? claims : entities).append(h);
    }
    std::ranges::stable_sort(entities, {}, &HighlightSpan::start);
    std::ranges::stable_sort(claims, {}, &HighlightSpan::start);
    m_view->highlighter()->setLayer(HighlightSpan::Layer::Suggestion, entities);
    m_view->highlighter()->setLayer(HighlightSpan::Layer::ClaimSuggestion, claims);

    const int count = int(shown.size());
    m_sideTabs->setTabText(1, count > 0 ? tr("Suggestions (%1)").arg(count) : tr("Suggestions"));
    if (m_analysisWatcher.isRunning() && m_analysingDocument == documentId)
        m_suggestionPanel->setStatus(tr("Looking for people, places, figures and claims…"));
    else if (found == m_analysis.cend())
        m_suggestionPanel->setStatus(documentId ? tr("Not analysed yet. Edit ▸ Analyse Document Again finds suggestions.")
                                                : tr("No document open"));
    else if (count == 0)
        m_suggestionPanel->setStatus(tr("No open suggestions."));
    else
        m_suggestionPanel->setStatus(tr("%n suggestion(s). A accepts, R rejects, N and P move on.", nullptr, count));
    if (previousRow >= 0 && count > 0)
        m_suggestionPanel->setCurrentRow(std::min(previousRow, count - 1));
}

void MainWindow::setSuggestionLabelVisible(const QString &label, bool visible)
{
    if (visible)
        m_hiddenLabels.remove(label);
    else
        m_hiddenLabels.insert(label);
    refreshSuggestions();
}

void MainWindow::showSuggestion(int row)
{
    const QList<Span> &suggestions = m_suggestionModel->suggestions();
    if (row < 0 || row >= suggestions.size())
        return;
    m_suggestionPanel->setCurrentRow(row);
    const QSignalBlocker blocker(m_view);
    m_view->selectRange(suggestions[row].start, suggestions[row].end);
}

void MainWindow::moveToSuggestion(int step)
{
    const QList<Span> &suggestions = m_suggestionModel->suggestions();
    if (suggestions.isEmpty())
        return;
    int row = m_suggestionPanel->currentRow();
    if (row < 0) {
        // Start from the caret: the first suggestion after it, or the last one before it.
        const int caret = m_view->codePoints().toCodePoint(m_view->textCursor().selectionStart());
        row = step > 0 ? int(suggestions.size()) - 1 : 0;
        for (qsizetype i = 0; i < suggestions.size(); ++i) {
            if (suggestions[i].start >= caret) {
                row = step > 0 ? int(i) : int(i) - 1;
                break;
            }
        }
        row = std::clamp(row, 0, int(suggestions.size()) - 1);
    } else {
        row = (row + step + int(suggestions.size())) % int(suggestions.size());
    }
    m_sideTabs->setCurrentWidget(m_suggestionPanel);
    showSuggestion(row);
}

qint64 MainWindow::tagIdForLabel(const QString &label) const
{
    const QString english = defaultTagNameForLabel(label);
    if (english.isEmpty())
        return 0;
    const QString translated = QCoreApplication::translate("Tags", english.toUtf8().constData());
    for (const Tag &tag : m_editor.tags())
        if (tag.name.compare(english, Qt::CaseInsensitive) == 0 || tag.name.compare(translated, Qt::CaseInsensitive) == 0)
            return tag.id;
    return 0;
}

bool MainWindow::acceptCurrentSuggestion()
{
    const int row = m_suggestionPanel->currentRow();
    const QList<Span> &suggestions = m_suggestionModel->suggestions();
    if (row < 0 || row >= suggestions.size()) {
        statusBar()->showMessage(tr("Choose a suggestion first: N goes to the next one."), 5000);
        return false;
    }
    const Span span = suggestions[row];
    const auto accepted = m_editor.acceptSuggestion(currentDocumentId(), m_view->documentText(), span,
                                                    tagIdForLabel(span.label));
    if (!accepted)
        return false;
    statusBar()->showMessage(tr("Accepted as %1.").arg(suggestionLabelName(span.label)), 4000);
    // The list lost the accepted row; the one now in its place is next.
    showSuggestion(std::min(row, m_suggestionModel->rowCount() - 1));
    return true;
}

bool MainWindow::rejectCurrentSuggestion()
{
    const int row = m_suggestionPanel->currentRow();
    const QList<Span> &suggestions = m_suggestionModel->suggestions();
    if (row < 0 || row >= suggestions.size()) {
        statusBar()->showMessage(tr("Choose a suggestion first: N goes to the next one."), 5000);
        return false;
    }
    if (!m_editor.rejectSuggestion(currentDocumentId(), suggestions[row]))
        return false;
    statusBar()->showMessage(tr("Rejected. It will not be suggested again."), 4000);
    showSuggestion(std::min(row, m_suggestionModel->rowCount() - 1));
    return true;
}

void MainWindow::onImport()
{
    const QString filter = tr("Articles (%1);;All files (*)").arg(FormatRegistry::instance().nameFilterPatterns());
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
    saveReadingPosition();
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
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
