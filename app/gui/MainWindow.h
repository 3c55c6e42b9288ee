#pragma once

#include "core/CsvExporter.h"
#include "core/Document.h"
#include "core/Error.h"
#include "core/Model.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QProgressBar;
class QSplitter;
class QToolButton;

namespace KSyntaxHighlighting {
class Repository;
}

namespace marginalia {

class AnnotationListModel;
class AnnotationPanel;
class DocumentListModel;
class DocumentView;
class ProjectEditor;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
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

    DocumentView *documentView() const { return m_view; }
    AnnotationPanel *annotationPanel() const { return m_panel; }

signals:
    void documentImported(qint64 documentId);
    void importsFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void applyTheme();
    void refreshHighlights();
    void updateWindowTitle();
    void updateDocumentStatus();
    void annotate(qint64 tagId, int start, int end);
    void showAnnotationPassage(qint64 annotationId);
    void selectAnnotationAtCaret(int codePoint);
    void startNextImport();
    void finishImport();
    void showError(const QString &what, const QString &message);

    void onImport();
    void onExportCsv();
    void onTags();
    void onAbout();

    ProjectEditor &m_editor;
    KSyntaxHighlighting::Repository &m_repository;
    DocumentListModel *m_libraryModel;
    AnnotationListModel *m_annotationModel;
    QListView *m_library;
    DocumentView *m_view;
    AnnotationPanel *m_panel;
    QSplitter *m_splitter;
    QString m_documentTitle;

    QLabel *m_documentStatus = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    QAction *m_showAnnotationsAction = nullptr;

    using ImportResult = Result<ImportedDocument>;
    QFutureWatcher<ImportResult> m_importWatcher;
    QStringList m_importQueue;
    QString m_importingPath;
    std::shared_ptr<std::atomic<bool>> m_importCancelled;
};

} // namespace marginalia
