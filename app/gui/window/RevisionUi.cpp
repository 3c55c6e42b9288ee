// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/RevisionUi.h"

#include "core/edit/ProjectEditor.h"
#include "core/import/FormatRegistry.h"
#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"
#include "gui/dialogs/SafeFileDialog.h"
#include "gui/models/AnnotationListModel.h"
#include "gui/reader/DocumentView.h"
#include "gui/window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTextDocument>
#include <QVBoxLayout>

namespace marginalia {

namespace {

// The window's Document menu (another part may have made it), else a new one before Help.
QMenu *documentMenu(MainWindow &window)
{
    const QString title = RevisionUi::tr("&Document");
    for (QAction *action : window.menuBar()->actions())
        if (action->menu() && action->text() == title)
            return action->menu();
    QMenu *menu = new QMenu(title, &window);
    const QList<QAction *> actions = window.menuBar()->actions();
    window.menuBar()->insertMenu(actions.isEmpty() ? nullptr : actions.last(), menu);
    return menu;
}

} // namespace

RevisionUi::RevisionUi(MainWindow &window, ProjectEditor &editor)
    : QObject(&window)
    , m_window(window)
    , m_editor(editor)
{
    m_updateAction = documentMenu(window)->addAction(tr("&Update from File…"), this, &RevisionUi::onUpdateFromFile);
    m_updateAction->setObjectName(QStringLiteral("updateFromFileAction"));
    createDock();
    connect(&m_editor, &ProjectEditor::documentReplaced, this, &RevisionUi::onDocumentReplaced);
    connect(&m_editor, &ProjectEditor::annotationAdded, this, &RevisionUi::onAnnotationEdited);
    connect(&m_editor, &ProjectEditor::annotationChanged, this, &RevisionUi::onAnnotationEdited);
    connect(&m_editor, &ProjectEditor::annotationRemoved, this, &RevisionUi::onAnnotationEdited);
    // Follow the reading view: a new document's text replaces the old one.
    DocumentView *view = m_window.documentView();
    connect(view->document(), &QTextDocument::contentsChanged, this, &RevisionUi::refreshOrphans, Qt::QueuedConnection);
    connect(view, &QTextEdit::selectionChanged, this,
            [this] { m_attach->setEnabled(m_list->currentItem() && m_window.documentView()->selectedRange()); });
}

void RevisionUi::createDock()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    auto *hint = new QLabel(tr("Annotations whose passage was not found in the new version. Select the passage in "
                               "the text, choose the annotation and attach it there."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("orphanList"));
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    m_attach = new QPushButton(tr("&Attach Here"));
    m_attach->setObjectName(QStringLiteral("attachOrphanButton"));
    m_attach->setEnabled(false);
    layout->addWidget(m_attach);
    connect(m_attach, &QPushButton::clicked, this, &RevisionUi::attachSelectedOrphan);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this] { m_attach->setEnabled(m_list->currentItem() && m_window.documentView()->selectedRange()); });
    m_dock = new QDockWidget(tr("Orphaned Annotations"), &m_window);
    m_dock->setObjectName(QStringLiteral("orphanDock"));
    m_dock->setWidget(panel);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    documentMenu(m_window)->addAction(m_dock->toggleViewAction());
}

void RevisionUi::onAnnotationEdited(const Annotation &annotation)
{
    // Only an orphan, or one listed as one (attached, removed), changes the list: tagging, retagging and
    // notes must not cost a pass over the document's annotations. Connected after the window, whose
    // annotation model has the change already.
    if (annotation.isOrphan() || m_listedOrphans.contains(annotation.id))
        refreshOrphans();
}

void RevisionUi::refreshOrphans()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    m_listedOrphans.clear();
    const qint64 documentId = m_window.currentDocumentId();
    if (documentId == 0)
        return;
    // The open document's annotations are in memory already (the annotation list's model).
    for (const Annotation &annotation : m_window.annotationModel().annotations()) {
        if (!annotation.isOrphan() || annotation.documentId != documentId)
            continue;
        m_listedOrphans.insert(annotation.id);
        const auto tag = m_editor.tag(annotation.tagId);
        QString text = u'“' + annotation.quote.simplified() + u'”';
        if (tag)
            text += QStringLiteral(" · ") + tag->name;
        if (!annotation.note.isEmpty())
            text += u'\n' + annotation.note;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, annotation.id);
        if (annotation.id == current)
            m_list->setCurrentItem(item);
    }
    m_dock->setWindowTitle(m_list->count() ? tr("Orphaned Annotations (%1)").arg(m_list->count())
                                           : tr("Orphaned Annotations"));
}

bool RevisionUi::attachSelectedOrphan()
{
    const auto range = m_window.documentView()->selectedRange();
    if (!m_list->currentItem() || !range)
        return false;
    return m_editor.attachAnnotation(m_list->currentItem()->data(Qt::UserRole).toLongLong(), range->first,
                                     range->second);
}

Result<RevisionSummary> RevisionUi::updateFromFile(const QString &path)
{
    const qint64 documentId = m_window.currentDocumentId();
    if (documentId == 0)
        return failure(Error::Kind::Usage, tr("Open the document to update first."));
    auto imported = importFile(path);
    if (!imported)
        return std::unexpected(imported.error());
    return m_editor.reimportDocument(documentId, *imported);
}

void RevisionUi::onUpdateFromFile()
{
    if (m_window.currentDocumentId() == 0)
        return;
    const QString filter = tr("Articles (%1);;All files (*)").arg(FormatRegistry::instance().nameFilterPatterns());
    const QString path = SafeFileDialog::getOpenFileName(&m_window, tr("Update from File"), QString(), filter);
    if (path.isEmpty())
        return;
    auto summary = updateFromFile(path);
    if (!summary) {
        QMessageBox::warning(&m_window, tr("The document could not be updated."), summary.error().message);
        return;
    }
    m_window.statusBar()->showMessage(tr("Updated: %1 exact, %2 moved, %3 fuzzy, %4 orphaned. Undo restores the "
                                         "old version.")
                                          .arg(summary->exact)
                                          .arg(summary->moved)
                                          .arg(summary->fuzzy)
                                          .arg(summary->orphaned));
}

void RevisionUi::onDocumentReplaced(qint64 documentId)
{
    if (documentId == m_window.currentDocumentId()) {
        m_window.reloadDocument();
        // Suggestions of the old text are gone: analyse the new one as after an import.
        m_window.analyseDocument(documentId, true);
    }
    m_window.reloadLibrary();
    refreshOrphans();
    if (m_list->count() > 0) {
        m_dock->show();
        m_dock->raise();
    }
}

} // namespace marginalia
