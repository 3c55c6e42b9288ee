// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Span.h"
#include "core/export/CsvExporter.h"
#include "core/model/Document.h"
#include "core/model/Error.h"
#include "core/model/Model.h"
#include "core/model/Vocabulary.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace marginalia {

class AnalysisRunner;
class AnnotationLayer;
class Analyzer;
class AnnotationListModel;
class AnnotationPanel;
class DocumentFind;
class DocumentListModel;
class DocumentView;
class FileMenu;
class FindBar;
class ImportQueue;
class LibraryPane;
class ProjectEditor;
class ReadingPreferences;
class SuggestionListModel;
class SuggestionPanel;
class SuggestionReview;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(ProjectEditor &editor, const Analyzer &analyzer, KSyntaxHighlighting::Repository &repository,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void reloadLibrary();
    bool openDocument(qint64 documentId);
    bool reloadDocument(); // after changes made to the store directly
    void closeDocument();  // shows no document (the open one was deleted)
    void showDocumentTitle(const QString &title);
    qint64 currentDocumentId() const;

    // Imports run one after another off the GUI thread; each success is added to the project and opened.
    void importFiles(const QStringList &paths);
    bool isImporting() const;

    // What File ▸ Export… does once the dialog and the file name are settled.
    Result<int> exportTo(const QString &path, ExportFormat format, const CsvExportOptions &options);
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
    int findMatchCount() const;
    void setThemeName(const QString &name); // empty: follow the system's light or dark scheme
    void zoom(int step);                    // +1, -1; 0 resets

    // A warning that does not block: the program goes on (and tests are never stuck on it).
    void showError(const QString &what, const QString &message);
    QString documentTitle() const { return m_documentTitle; }
    FileMenu *fileMenu() const { return m_fileMenu; }
    DocumentView *documentView() const { return m_view; }
    AnnotationPanel *annotationPanel() const { return m_panel; }
    const AnnotationListModel &annotationModel() const { return *m_annotationModel; }
    SuggestionPanel *suggestionPanel() const;
    const SuggestionListModel *suggestionModel() const;

signals:
    void documentImported(qint64 documentId);
    void importsFinished();
    void analysisFinished(qint64 documentId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createReaderPane();
    void createMenus();
    void createEditMenu();
    void createViewMenu();
    void createStatusBar();
    void connectReader();
    void connectEditor();
    void saveReadingPosition();
    void changeEvent(QEvent *event) override;
    void refreshHighlights();
    void updateWindowTitle();
    void updateDocumentStatus();
    void annotate(qint64 tagId, int start, int end);
    void showAnnotationPassage(qint64 annotationId);
    void selectAnnotationAtCaret(int codePoint);
    void finishAnalysis(qint64 documentId, bool completed);
    void finishImport(const QString &path, const Result<ImportedDocument> &result);

    void onTags();
    void onAbout();

    ProjectEditor &m_editor;
    AnnotationListModel *m_annotationModel;
    LibraryPane *m_libraryPane;
    DocumentView *m_view;
    AnnotationPanel *m_panel;
    QTabWidget *m_sideTabs;
    QSplitter *m_splitter;
    FindBar *m_findBar;
    DocumentFind *m_find;
    AnalysisRunner *m_analysis;
    ImportQueue *m_imports;
    SuggestionReview *m_review;
    ReadingPreferences *m_preferences;
    AnnotationLayer *m_annotationLayer;
    int m_wordCount = 0;
    QString m_documentTitle;

    FileMenu *m_fileMenu = nullptr;
    QLabel *m_documentStatus = nullptr;
    QAction *m_showAnnotationsAction = nullptr;
    QAction *m_showSuggestionsAction = nullptr;
};

} // namespace marginalia
