// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/WorkflowUi.h"

#include "core/edit/ProjectEditor.h"
#include "gui/dialogs/TagPicker.h"
#include "gui/panels/ClaimReviewPanel.h"
#include "gui/panels/CodebookPanel.h"
#include "gui/panels/EntityRegisterPanel.h"
#include "gui/panels/MemoPanel.h"
#include "gui/panels/SearchPanel.h"
#include "gui/reader/DocumentView.h"

#include "gui/window/AgreementUi.h"
#include "gui/window/AnnotationImportUi.h"
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace marginalia {

WorkflowUi::WorkflowUi(QMainWindow *window, ProjectEditor &editor)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
    , m_codebook(new CodebookPanel(editor, window))
    , m_search(new SearchPanel(editor, window))
    , m_entities(new EntityRegisterPanel(editor, window))
    , m_claims(new ClaimReviewPanel(editor, window))
    , m_memos(new MemoPanel(editor, window))
    , m_readingPicker(new TagPicker(editor, window))
    , m_menu(new QMenu(tr("&Research"), window))
{
    setObjectName(u"workflowUi"_s);
    m_readingPicker->setObjectName(u"readingTagPicker"_s);
    m_menu->setObjectName(u"researchMenu"_s);

    // Coding work (codebook, register, claims) shares the left; search and memos sit under the text.
    QDockWidget *codebook = addDock(m_codebook, tr("Codebook"), u"codebookDock"_s, Qt::LeftDockWidgetArea);
    QDockWidget *entities = addDock(m_entities, tr("Entities"), u"entityDock"_s, Qt::LeftDockWidgetArea);
    QDockWidget *claims = addDock(m_claims, tr("Claims"), u"claimDock"_s, Qt::LeftDockWidgetArea);
    QDockWidget *search = addDock(m_search, tr("Search"), u"searchDock"_s, Qt::BottomDockWidgetArea);
    QDockWidget *memos = addDock(m_memos, tr("Memos"), u"memoDock"_s, Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(codebook, entities);
    window->tabifyDockWidget(entities, claims);
    window->tabifyDockWidget(search, memos);

    QAction *tagSelectionAction = m_menu->addAction(tr("&Tag Selection…"), this, &WorkflowUi::tagSelection);
    tagSelectionAction->setObjectName(u"tagSelectionAction"_s);
    tagSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    tagSelectionAction->setToolTip(tr("Pick a tag for the selection, or type Parent/New to create one"));
    window->addAction(tagSelectionAction);
    m_menu->addSeparator();
    addPanelAction(search, m_search, tr("&Search Project"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                   u"showSearchAction"_s);
    addPanelAction(codebook, m_codebook, tr("&Codebook"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                   u"showCodebookAction"_s);
    addPanelAction(entities, m_entities, tr("&Entities"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                   u"showEntitiesAction"_s);
    addPanelAction(claims, m_claims, tr("C&laims"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                   u"showClaimsAction"_s);
    addPanelAction(memos, m_memos, tr("&Memos"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), u"showMemosAction"_s);

    // Before Help, which by convention comes last.
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    if (menus.size() > 1)
        bar->insertMenu(menus.last(), m_menu);
    else
        bar->addMenu(m_menu);

    new AnnotationImportUi(window, editor); // File ▸ Import ▸ Annotations…
    new AgreementUi(window, editor, m_menu); // Research ▸ Agreement… and Your Name (Coder)…

    connect(m_codebook, &CodebookPanel::openRequested, this, &WorkflowUi::openDocumentRequested);
    connect(m_search, &SearchPanel::openRequested, this, &WorkflowUi::openDocumentRequested);
    connect(m_entities, &EntityRegisterPanel::openRequested, this, &WorkflowUi::openDocumentRequested);
    connect(m_claims, &ClaimReviewPanel::openRequested, this, &WorkflowUi::openDocumentRequested);
    connect(m_codebook, &CodebookPanel::message, this, &WorkflowUi::showMessage);
    connect(m_entities, &EntityRegisterPanel::message, this, &WorkflowUi::showMessage);

    // Follow the reading view without help from the window: showDocument() replaces the text, and once it
    // has returned (queued) the view knows the new document's id.
    if (auto *view = window->findChild<DocumentView *>()) {
        connect(
            view->document(), &QTextDocument::contentsChanged, this,
            [this, view] {
                if (view->documentId() != m_documentId)
                    setCurrentDocument(view->documentId(), view->documentText());
            },
            Qt::QueuedConnection);
    }

    connect(m_readingPicker, &TagPicker::picked, this, [this](qint64 tagId, const QStringList &newPath) {
        auto *view = m_window->findChild<DocumentView *>();
        const auto range = view ? view->selectedRange() : std::nullopt;
        if (!view || !range || range->second <= range->first || view->documentId() <= 0) {
            showMessage(tr("Select a passage first."));
            return;
        }
        if (tagId > 0) {
            m_editor.createAnnotation(view->documentId(), view->documentText(), range->first, range->second, tagId);
            return;
        }
        // Creating the tag and using it is one step: one undo takes both back.
        m_editor.undoStack()->beginMacro(tr("Tag as New Tag “%1”").arg(newPath.join(u'/')));
        if (const auto tag = m_editor.createTagPath(newPath))
            m_editor.createAnnotation(view->documentId(), view->documentText(), range->first, range->second, tag->id);
        m_editor.undoStack()->endMacro();
        view->setFocus(Qt::OtherFocusReason);
    });
}

WorkflowUi::~WorkflowUi() = default;

QDockWidget *WorkflowUi::addDock(QWidget *panel, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName); // also the key saveState() uses
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    m_window->addDockWidget(area, dock);
    dock->hide();
    return dock;
}

QAction *WorkflowUi::addPanelAction(QDockWidget *dock, QWidget *panel, const QString &text,
                                    const QKeySequence &shortcut, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, dock, panel] {
        QWidget *focus = QApplication::focusWidget();
        if (dock->isVisible() && focus && panel->isAncestorOf(focus)) {
            // Pressed again where it already is: put it away and go back to reading.
            dock->hide();
            if (auto *view = m_window->findChild<DocumentView *>())
                view->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        dock->show();
        dock->raise();
        if (!m_sized.contains(dock) && !dock->isFloating()) {
            // The first time: wide enough for a quote next to its tag, and the bottom docks leave most
            // of the height to the text. Later the user's own sizes stay.
            m_sized.insert(dock);
            const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
            if (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea)
                m_window->resizeDocks({dock}, {qMax(dock->width(), 440)}, Qt::Horizontal);
            else
                m_window->resizeDocks({dock}, {qMax(dock->height(), 260)}, Qt::Vertical);
        }
        if (panel == m_search)
            m_search->focusQuery();
        else
            panel->setFocus(Qt::ShortcutFocusReason);
    });
    m_menu->addAction(action);
    m_window->addAction(action);
    return action;
}

void WorkflowUi::setCurrentDocument(qint64 id, const QString &text)
{
    m_documentId = id;
    m_documentText = text;
    m_memos->setCurrentDocument(id);
}

void WorkflowUi::tagSelection()
{
    auto *view = m_window->findChild<DocumentView *>();
    const auto range = view ? view->selectedRange() : std::nullopt;
    if (!range || range->second <= range->first) {
        showMessage(tr("Select a passage first, then press %1 to tag it.")
                        .arg(QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText)));
        return;
    }
    m_readingPicker->setPrompt(tr("Tag the selection as (type Parent/New to create a tag):"));
    m_readingPicker->setAllowCreate(true);
    m_readingPicker->setAllowTopLevel(false);
    m_readingPicker->setExcluded({});
    m_readingPicker->start();
}

void WorkflowUi::showMessage(const QString &text)
{
    m_window->statusBar()->showMessage(text, 6000);
}

} // namespace marginalia
