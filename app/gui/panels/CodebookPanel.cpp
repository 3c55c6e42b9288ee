// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/panels/CodebookPanel.h"

#include "core/codebook/Codebook.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/OpenProjectFiles.h"
#include "core/store/ProjectStore.h"
#include "gui/dialogs/SafeFileDialog.h"
#include "gui/dialogs/TagPicker.h"
#include "gui/panels/PanelParts.h"
#include "gui/panels/TagEditActions.h"

#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

// ---- TagAnnotationsModel -----------------------------------------------------------------------------------------

TagAnnotationsModel::TagAnnotationsModel(ProjectEditor &editor, QObject *parent)
    : RowListModel({tr("Quote"), tr("Tag"), tr("Document")}, parent)
    , m_editor(editor)
{
}

void TagAnnotationsModel::setTag(qint64 tagId)
{
    m_tagId = tagId;
    reload();
}

void TagAnnotationsModel::reload()
{
    m_totalCount = 0;
    if (m_tagId <= 0) {
        resetRows({});
        return;
    }
    // One page through the tag index: a tag may carry a good part of a project's million annotations.
    const QSet<qint64> tagSet = tagAndDescendants(m_editor.tags(), m_tagId);
    const QList<qint64> tags(tagSet.cbegin(), tagSet.cend());
    m_totalCount = m_editor.store().annotationsTaggedCount(tags).value_or(0);
    resetRows(m_editor.store().annotationsTagged(tags, kPageRows).value_or(QList<Annotation>()),
              [&] { m_documentTitles = documentTitles(m_editor.store()); });
}

QVariant TagAnnotationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Annotation &a = rowAt(index.row());
    if (role == AnnotationIdRole)
        return a.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case QuoteColumn:
            return oneLine(a.quote);
        case TagColumn:
            return m_editor.tag(a.tagId).transform([](const Tag &t) { return t.name; }).value_or(QString());
        case DocumentColumn:
            return m_documentTitles.value(a.documentId);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == QuoteColumn)
        return a.note.isEmpty() ? a.quote : u"%1\n\n%2"_s.arg(a.quote, a.note);
    return {};
}

// ---- CodebookPanel ----------------------------------------------------------------------------------------------

CodebookPanel::CodebookPanel(ProjectEditor &editor, QWidget *parent)
    : ProjectPanel(editor, parent)
    , m_model(new TagTreeModel(editor, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_annotationModel(new TagAnnotationsModel(editor, this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_annotationsTitle(new QLabel(this))
    , m_annotations(new QTreeView(this))
    , m_picker(new TagPicker(editor, this))
{
    setObjectName(u"codebookPanel"_s);

    setUpFilter(m_filter, u"codebookFilter"_s, tr("Filter tags"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(TagTreeModel::NameColumn);
    m_proxy->setFilterRole(Qt::EditRole);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });

    m_tree->setObjectName(u"codebookTree"_s);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    setColumnModes(m_tree->header(), {{TagTreeModel::NameColumn, QHeaderView::Stretch},
                                      {TagTreeModel::AnnotationsColumn, QHeaderView::ResizeToContents},
                                      {TagTreeModel::DocumentsColumn, QHeaderView::ResizeToContents}});
    m_tree->expandAll();

    m_annotationsTitle->setObjectName(u"codebookAnnotationsTitle"_s);
    setUpFlatList(m_annotations, u"codebookAnnotations"_s, m_annotationModel);
    m_annotations->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_annotations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_annotations->setContextMenuPolicy(Qt::ActionsContextMenu);
    setColumnModes(m_annotations->header(), {{TagAnnotationsModel::QuoteColumn, QHeaderView::Stretch},
                                             {TagAnnotationsModel::TagColumn, QHeaderView::ResizeToContents},
                                             {TagAnnotationsModel::DocumentColumn, QHeaderView::Interactive}});
    m_annotations->header()->resizeSection(TagAnnotationsModel::DocumentColumn, 110);

    // Tag actions work where the tree has focus; the toolbar shows the common ones.
    QToolBar *toolbar = panelToolBar(u"codebookToolbar"_s, this);
    toolbar->setIconSize(QSize(16, 16));
    QAction *newChild = addPanelAction(tr("New Child…"), QKeySequence(Qt::Key_Insert), u"newChildTagAction"_s, m_tree,
                                       &CodebookPanel::newChildTag);
    QAction *newTop = addPanelAction(tr("New Top-Level Tag…"), QKeySequence(Qt::CTRL | Qt::Key_Insert),
                                     u"newTopLevelTagAction"_s, this, &CodebookPanel::newTopLevelTag);
    QAction *rename = addPanelAction(tr("Rename"), QKeySequence(Qt::Key_F2), u"renameTagAction"_s, m_tree,
                                     &CodebookPanel::renameTag);
    QAction *recolour = addPanelAction(tr("Colour…"), QKeySequence(Qt::CTRL | Qt::Key_K), u"recolourTagAction"_s,
                                       m_tree, &CodebookPanel::recolourTag);
    QAction *move = addPanelAction(tr("Move To…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M), u"moveTagAction"_s,
                                   m_tree, &CodebookPanel::moveTag);
    QAction *merge = addPanelAction(tr("Merge Into…"), QKeySequence(Qt::CTRL | Qt::Key_M), u"mergeTagAction"_s, m_tree,
                                    &CodebookPanel::mergeTag);
    QAction *importCsv = addPanelAction(tr("Import Codebook…"), QKeySequence(), u"importCodebookAction"_s, this,
                                        &CodebookPanel::importCodebook);
    QAction *exportCsv = addPanelAction(tr("Export Codebook…"), QKeySequence(), u"exportCodebookAction"_s, this,
                                        &CodebookPanel::exportCodebook);
    m_tagActions = {rename, recolour, move, merge};
    m_tree->addAction(newTop);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_tree->addAction(separator);
    m_tree->addAction(importCsv);
    m_tree->addAction(exportCsv);
    toolbar->addAction(newChild);
    toolbar->addAction(merge);
    toolbar->addAction(move);
    auto *more = new QMenu(tr("More"), this);
    more->addActions({newTop, rename, recolour});
    more->addSeparator();
    more->addActions({importCsv, exportCsv});
    QAction *moreAction = toolbar->addAction(tr("More"));
    moreAction->setMenu(more);
    connect(moreAction, &QAction::triggered, this, [toolbar, moreAction] {
        if (QWidget *button = toolbar->widgetForAction(moreAction))
            moreAction->menu()->popup(button->mapToGlobal(QPoint(0, button->height())));
    });

    QAction *retag = addPanelAction(tr("Retag Selected…"), QKeySequence(Qt::Key_T), u"retagSelectedAction"_s,
                                    m_annotations, &CodebookPanel::retagSelected);
    QAction *untag = addPanelAction(tr("Untag Selected"), QKeySequence(Qt::Key_U), u"untagSelectedAction"_s,
                                    m_annotations, &CodebookPanel::untagSelected);
    QAction *remove = addPanelAction(tr("Delete Selected"), QKeySequence::Delete, u"deleteSelectedAction"_s,
                                     m_annotations, &CodebookPanel::deleteSelected);
    m_bulkActions = {retag, untag, remove};
    auto *tagEdits = new TagEditActions(*this, m_editor); // description and deletion, in the tree's menu
    more->addActions({tagEdits->describeAction(), tagEdits->deleteAction()});

    QSplitter *splitter = splitUpperLower(this, {toolbar, m_filter, m_tree}, {m_annotationsTitle, m_annotations});
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setFocusProxy(m_tree);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CodebookPanel::showCurrentTagAnnotations);
    connect(m_annotations->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CodebookPanel::updateActions);
    connect(m_annotations, &QTreeView::activated, this, &CodebookPanel::openCurrentAnnotation);
    connect(&m_editor, &ProjectEditor::tagsChanged, this, &CodebookPanel::scheduleRefresh);
    connect(&m_editor, &ProjectEditor::annotationAdded, this, &CodebookPanel::scheduleRefresh);
    connect(&m_editor, &ProjectEditor::annotationChanged, this, &CodebookPanel::scheduleRefresh);
    connect(&m_editor, &ProjectEditor::annotationRemoved, this, &CodebookPanel::scheduleRefresh);

    // Read when first shown (showEvent), not while the window is being built: start-up does not wait for it.
    m_stale = true;
}

QAction *CodebookPanel::addPanelAction(const QString &text, const QKeySequence &shortcut, const QString &objectName,
                                       QWidget *scope, void (CodebookPanel::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Scoped to the widget, so that Insert, Delete or T mean something only where they make sense.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    scope->addAction(action);
    return action;
}

qint64 CodebookPanel::currentTagId() const
{
    return currentRowId(m_tree, TagTreeModel::TagIdRole);
}

void CodebookPanel::selectTag(qint64 tagId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForTag(tagId));
    if (!index.isValid()) {
        // Just created: the tree shows it after its next refresh.
        m_pendingTagId = tagId;
        scheduleRefresh();
        return;
    }
    m_pendingTagId = 0;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

QList<qint64> CodebookPanel::selectedAnnotationIds() const
{
    QList<qint64> ids = selectedRowIds(m_annotations, TagAnnotationsModel::AnnotationIdRole);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CodebookPanel::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void CodebookPanel::scheduleRefresh()
{
    // Hidden, the panel only notes that it is behind: reading and tagging must not pay for it.
    if (!isVisible() && !m_pendingTagId) {
        m_stale = true;
        return;
    }
    // A bulk edit reports each annotation; refresh once after the last.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &CodebookPanel::refresh);
}

void CodebookPanel::refresh()
{
    m_refreshPending = false;
    m_stale = false;
    const qint64 current = m_pendingTagId ? m_pendingTagId : currentTagId();
    m_pendingTagId = 0;
    QSet<qint64> collapsed;
    for (const Tag &t : m_editor.tags()) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForTag(t.id));
        if (index.isValid() && m_model->rowCount(m_model->indexForTag(t.id)) > 0 && !m_tree->isExpanded(index))
            collapsed.insert(t.id);
    }
    const QList<qint64> selected = selectedAnnotationIds();
    m_model->reload();
    // New tags show expanded; the ones the user folded stay folded.
    m_tree->expandAll();
    for (qint64 id : std::as_const(collapsed))
        m_tree->collapse(m_proxy->mapFromSource(m_model->indexForTag(id)));
    if (m_editor.tag(current))
        selectTag(current);
    else if (m_proxy->rowCount() > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
    showCurrentTagAnnotations();
    for (int row = 0; row < m_annotationModel->rowCount(); ++row) {
        if (selected.contains(m_annotationModel->annotationAt(row).id))
            m_annotations->selectionModel()->select(m_annotationModel->index(row, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void CodebookPanel::showCurrentTagAnnotations()
{
    const qint64 id = currentTagId();
    m_annotationModel->setTag(id);
    const auto tag = m_editor.tag(id);
    const int total = m_annotationModel->totalCount();
    QString title = tag ? tr("Annotations tagged “%1” (%2)").arg(tag->name).arg(total) : tr("Annotations");
    if (total > m_annotationModel->rowCount())
        title += u' ' + tr("– the first %n listed", nullptr, m_annotationModel->rowCount());
    m_annotationsTitle->setText(title);
    updateActions();
}

void CodebookPanel::updateActions()
{
    const bool hasTag = currentTagId() > 0;
    for (QAction *a : std::as_const(m_tagActions))
        a->setEnabled(hasTag);
    const bool hasSelection = m_annotations->selectionModel()->hasSelection();
    for (QAction *a : std::as_const(m_bulkActions))
        a->setEnabled(hasSelection);
}

void CodebookPanel::newChildTag()
{
    const qint64 parentId = currentTagId();
    const auto parent = m_editor.tag(parentId);
    const QString prompt = parent ? tr("New tag under “%1”: type its name.").arg(parent->name)
                                  : tr("New top-level tag: type its name.");
    const TagPicker::Request request{.prompt = prompt, .allowCreate = true};
    m_picker->ask(request, this, [this, parentId](qint64 existing, const QStringList &path) {
        if (existing > 0) {
            selectTag(existing); // it exists already: go there
            return;
        }
        QStringList full = path;
        if (m_editor.tag(parentId)) {
            // A bare name goes under the current tag; a path is taken from the top, as typed.
            if (path.size() == 1) {
                QHash<qint64, Tag> byId;
                for (const Tag &t : m_editor.tags())
                    byId.insert(t.id, t);
                full = splitTagPath(tagPath(byId, parentId)) + path;
            }
        }
        if (const auto tag = m_editor.createTagPath(full))
            selectTag(tag->id);
    });
}

void CodebookPanel::newTopLevelTag()
{
    m_tree->setCurrentIndex({});
    newChildTag();
}

void CodebookPanel::renameTag()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        m_tree->edit(current.siblingAtColumn(TagTreeModel::NameColumn));
}

void CodebookPanel::recolourTag()
{
    const auto tag = m_editor.tag(currentTagId());
    if (!tag)
        return;
    auto *dialog = new QColorDialog(tag->color, this);
    dialog->setObjectName(u"tagColourDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Colour of “%1”").arg(tag->name));
    const qint64 id = tag->id;
    connect(dialog, &QColorDialog::colorSelected, this, [this, id](const QColor &color) {
        if (auto t = m_editor.tag(id); t && color.isValid()) {
            t->color = color;
            m_editor.updateTag(*t);
        }
    });
    dialog->open();
}

void CodebookPanel::moveTag()
{
    const auto tag = m_editor.tag(currentTagId());
    if (!tag)
        return;
    QSet<qint64> excluded = tagAndDescendants(m_editor.tags(), tag->id);
    if (tag->parentId)
        excluded.insert(tag->parentId);
    const qint64 id = tag->id;
    const TagPicker::Request request{.prompt = tr("Move “%1” under:").arg(tag->name),
                                     .allowTopLevel = true,
                                     .excluded = excluded};
    m_picker->ask(request, this, [this, id](qint64 parentId, const QStringList &) {
        if (m_editor.moveTag(id, parentId))
            selectTag(id);
    });
}

void CodebookPanel::mergeTag()
{
    const auto tag = m_editor.tag(currentTagId());
    if (!tag)
        return;
    const qint64 id = tag->id;
    const TagPicker::Request request{
        .prompt = tr("Merge “%1” into: its annotations and child tags move there, and “%1” goes.").arg(tag->name),
        .excluded = tagAndDescendants(m_editor.tags(), tag->id)};
    m_picker->ask(request, this, [this, id](qint64 targetId, const QStringList &) {
        if (targetId > 0 && m_editor.mergeTags(id, targetId)) {
            selectTag(targetId);
            emit message(tr("Merged. Undo restores both tags."));
        }
    });
}

Result<int> CodebookPanel::importCodebookFrom(const QString &path)
{
    if (auto outside = OpenProjectFiles::checkOutside(path); !outside)
        return std::unexpected(outside.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    auto entries = parseCodebook(file.readAll());
    if (!entries)
        return std::unexpected(entries.error());
    return m_editor.importCodebook(*entries);
}

Result<int> CodebookPanel::exportCodebookTo(const QString &path)
{
    if (auto outside = OpenProjectFiles::checkOutside(path); !outside)
        return std::unexpected(outside.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto written = exportCodebookCsv(m_editor.store(), file);
    if (!written)
        return written;
    if (!file.commit())
        return failure(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

void CodebookPanel::importCodebook()
{
    auto *dialog = SafeFileDialog::create(this, tr("Import Codebook"), QString(),
                                          tr("Codebooks (*.csv *.txt *.md);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    openFileDialog(dialog, &CodebookPanel::importCodebookFrom, tr("Imported the codebook; new tags: %1."));
}

void CodebookPanel::exportCodebook()
{
    auto *dialog = SafeFileDialog::create(this, tr("Export Codebook"), u"codebook.csv"_s, tr("CSV (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    openFileDialog(dialog, &CodebookPanel::exportCodebookTo, tr("Exported the codebook; tags: %1."));
}

void CodebookPanel::openFileDialog(QFileDialog *dialog, Result<int> (CodebookPanel::*action)(const QString &),
                                   const QString &doneMessage)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, action, doneMessage](const QString &path) {
        auto tagCount = (this->*action)(path);
        if (!tagCount)
            m_editor.reportError(tagCount.error().message);
        else
            emit message(doneMessage.arg(*tagCount));
    });
    dialog->open();
}

void CodebookPanel::retagSelected()
{
    const QList<qint64> ids = selectedAnnotationIds();
    if (ids.isEmpty())
        return;
    const QString prompt = tr("Tag the selected annotations (%1) as:").arg(ids.size());
    m_picker->ask({.prompt = prompt, .allowCreate = true}, this, [this, ids](qint64 tagId, const QStringList &path) {
        if (tagId > 0) {
            m_editor.retagAnnotations(ids, tagId);
            return;
        }
        // A new tag and the retag are one step: undo takes both back.
        m_editor.undoStack()->beginMacro(tr("Retag %n Annotation(s) as a New Tag", nullptr, int(ids.size())));
        if (const auto created = m_editor.createTagPath(path))
            m_editor.retagAnnotations(ids, created->id);
        m_editor.undoStack()->endMacro();
    });
}

void CodebookPanel::untagSelected()
{
    m_editor.retagAnnotations(selectedAnnotationIds(), 0);
}

void CodebookPanel::deleteSelected()
{
    m_editor.deleteAnnotations(selectedAnnotationIds());
}

void CodebookPanel::openCurrentAnnotation()
{
    const QModelIndex current = m_annotations->currentIndex();
    if (!current.isValid())
        return;
    const Annotation &a = m_annotationModel->annotationAt(current.row());
    emit openRequested(a.documentId, a.start, a.end);
}

} // namespace marginalia
