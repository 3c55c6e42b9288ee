#pragma once

#include "core/export/CsvExporter.h"
#include "core/model/Document.h"
#include "core/model/Error.h"
#include "core/model/Model.h"
#include "core/analysis/Span.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <atomic>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QListView;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace KSyntaxHighlighting {
class Repository;
}

namespace marginalia {

class Analyzer;
class AnnotationListModel;
class AnnotationPanel;
class DocumentListModel;
class DocumentView;
class FindBar;
class ProjectEditor;
class SuggestionListModel;
class SuggestionPanel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProjectEditor &editor, const Analyzer &analyzer, KSyntaxHighlighting::Repository &repository,
               QWidget *parent = nullptr);
    // For callers that bring no analysis rules of their own: the window owns a default Analyzer.
    MainWindow(ProjectEditor &editor, KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~MainWindow() override;

    void reloadLibrary();
    bool openDocument(qint64 documentId);
    bool reloadDocument(); // after changes made to the store directly
    qint64 currentDocumentId() const;

    // Imports run one after another off the GUI thread; each success is added to the project and opened.
    void importFiles(const QStringList &paths);
    bool isImporting() const;

    // What Export CSV… does once the dialog and the file name are settled.
    Result<int> exportCsvTo(const QString &path, const CsvExportOptions &options);

    // Annotates the viewer's current selection with the tag that has `key`, as pressing the key does.
    bool tagSelectionWithKey(int key);

    // Analysis runs off the GUI thread when a document is first opened, and again on request.
    void analyseDocument(qint64 documentId, bool again = false);
    bool isAnalysing() const;
    bool acceptCurrentSuggestion();
    bool rejectCurrentSuggestion();
    void moveToSuggestion(int step); // +1 next, -1 previous
    void setSuggestionLabelVisible(const QString &label, bool visible);

    // Reading comfort.
    void findText(const QString &text);
    void findNext(int step); // +1 next, -1 previous
    int findMatchCount() const { return int(m_findStarts.size()); }
    void setThemeName(const QString &name); // empty: follow the system's light or dark scheme
    void zoom(int step);                    // +1, -1; 0 resets

    DocumentView *documentView() const { return m_view; }
    AnnotationPanel *annotationPanel() const { return m_panel; }
    SuggestionPanel *suggestionPanel() const { return m_suggestionPanel; }
    const SuggestionListModel *suggestionModel() const { return m_suggestionModel; }

signals:
    void documentImported(qint64 documentId);
    void importsFinished();
    void analysisFinished(qint64 documentId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    MainWindow(ProjectEditor &editor, const Analyzer *analyzer, std::unique_ptr<Analyzer> ownAnalyzer,
               KSyntaxHighlighting::Repository &repository, QWidget *parent);
    void createMenus();
    void createStatusBar();
    void applyTheme();
    void saveReadingPosition();
    void refreshOutline();
    void loadPreferences();
    void savePreferences() const;
    void changeEvent(QEvent *event) override;
    void refreshHighlights();
    void updateWindowTitle();
    void updateDocumentStatus();
    void annotate(qint64 tagId, int start, int end);
    void showAnnotationPassage(qint64 annotationId);
    void selectAnnotationAtCaret(int codePoint);
    void finishAnalysis();
    void refreshSuggestions();
    void showSuggestion(int row);
    void startNextImport();
    void finishImport();
    void showError(const QString &what, const QString &message);

    void onImport();
    void onExportCsv();
    void onTags();
    void onAbout();

    std::unique_ptr<Analyzer> m_ownAnalyzer; // only with the convenience constructor; before m_analyzer
    ProjectEditor &m_editor;
    const Analyzer &m_analyzer;
    KSyntaxHighlighting::Repository &m_repository;
    DocumentListModel *m_libraryModel;
    AnnotationListModel *m_annotationModel;
    QListView *m_library;
    DocumentView *m_view;
    AnnotationPanel *m_panel;
    SuggestionListModel *m_suggestionModel;
    SuggestionPanel *m_suggestionPanel;
    QTabWidget *m_sideTabs;
    QSplitter *m_splitter;
    FindBar *m_findBar;
    QListWidget *m_outline;
    QActionGroup *m_themeGroup = nullptr;
    QString m_themeName;
    QList<int> m_findStarts; // UTF-16 positions of the matches
    int m_findLength = 0;
    int m_findCurrent = -1;
    QString m_documentTitle;

    QLabel *m_documentStatus = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    QAction *m_showAnnotationsAction = nullptr;
    QAction *m_showSuggestionsAction = nullptr;
    QProgressBar *m_analysisProgress = nullptr;
    QToolButton *m_cancelAnalysis = nullptr;

    QFutureWatcher<QList<Span>> m_analysisWatcher;
    QHash<qint64, QList<Span>> m_analysis; // per document, as the analyzer found them
    QList<Rejection> m_rejections;         // of the current document
    QSet<QString> m_hiddenLabels;
    qint64 m_analysingDocument = 0;
    qint64 m_pendingAnalysis = 0;
    std::shared_ptr<std::atomic<bool>> m_analysisCancelled;

    using ImportResult = Result<ImportedDocument>;
    QFutureWatcher<ImportResult> m_importWatcher;
    QStringList m_importQueue;
    QString m_importingPath;
    std::shared_ptr<std::atomic<bool>> m_importCancelled;
};

} // namespace marginalia
