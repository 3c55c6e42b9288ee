// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/panels/AnnotationPanel.h"

#include "core/edit/ProjectEditor.h"
#include "gui/models/AnnotationListModel.h"
#include "gui/panels/PanelParts.h"

#include <QAction>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace marginalia {

NoteEditor::NoteEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("noteEditor"));
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
}

bool NoteEditor::event(QEvent *event)
{
    // Let Ctrl+Z / Ctrl+Shift+Z reach the window's Undo and Redo actions.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void NoteEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        emit finished();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

AnnotationPanel::AnnotationPanel(ProjectEditor &editor, AnnotationListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(model)
    , m_proxy(new AnnotationFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_tagFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_list(new QListView(this))
    , m_noteLabel(new QLabel(tr("&Note"), this))
    , m_note(new NoteEditor(this))
{
    setObjectName(QStringLiteral("annotationPanel"));
    setAccessibleName(tr("Annotations")); // also where Help ▸ Keyboard Shortcuts says its keys work
    m_proxy->setSourceModel(&m_model);

    m_filter->setObjectName(QStringLiteral("annotationFilter"));
    m_filter->setPlaceholderText(tr("Filter annotations"));
    m_filter->setClearButtonEnabled(true);
    m_tagFilter->setObjectName(QStringLiteral("annotationTagFilter"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setObjectName(QStringLiteral("annotationCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    setUpCardList(m_list, QStringLiteral("annotationList"), m_proxy);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->installEventFilter(this);

    m_noteLabel->setBuddy(m_note);
    m_note->setPlaceholderText(tr("Select an annotation to write a note."));
    m_note->setEnabled(false);
    m_note->setMaximumHeight(120);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_tagFilter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(filterRow);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);

    auto *deleteAction = new QAction(tr("&Delete Annotation"), m_list);
    deleteAction->setObjectName(QStringLiteral("deleteAnnotationAction"));
    deleteAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &AnnotationPanel::deleteCurrent);
    m_list->addAction(deleteAction);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AnnotationFilterModel::setTextFilter);
    connect(m_tagFilter, &QComboBox::activated, this,
            [this] { m_proxy->setTagFilter(m_tagFilter->currentData().toLongLong()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        showCurrentNote();
        if (current.isValid())
            emit annotationActivated(current.data(AnnotationListModel::IdRole).toLongLong());
    });
    // A click on the row already current still scrolls the viewer back to its passage.
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit annotationActivated(index.data(AnnotationListModel::IdRole).toLongLong());
    });
    connect(m_note, &NoteEditor::finished, this, &AnnotationPanel::noteEditingFinished);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_noteAnnotationId != 0)
            m_editor.setAnnotationNote(m_noteAnnotationId, m_note->toPlainText());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this, deleteAction](const QPoint &pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (!index.isValid())
            return;
        const qint64 id = index.data(AnnotationListModel::IdRole).toLongLong();
        QMenu menu;
        QMenu *tagMenu = menu.addMenu(tr("&Tag as"));
        for (const Tag &tag : m_editor.tags()) {
            QPixmap chip(12, 12);
            chip.fill(tag.color);
            QAction *action = tagMenu->addAction(QIcon(chip), tag.name);
            action->setCheckable(true);
            action->setChecked(tag.id == index.data(AnnotationListModel::TagIdRole).toLongLong());
            const qint64 tagId = tag.id;
            connect(action, &QAction::triggered, this, [this, id, tagId] { m_editor.retagAnnotation(id, tagId); });
        }
        menu.addAction(deleteAction);
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });

    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showCurrentNote();
        // Row heights depend on the note; lay rows out again.
        m_list->doItemsLayout();
    });
    // Counted once both models have settled (queued): the proxy may hear of a change before, after or,
    // for rows it has not mapped yet, never in step with the model, and "5 of 6" stayed with no filter set.
    const auto update = &AnnotationPanel::updateCount;
    for (const QAbstractItemModel *counted :
         {static_cast<QAbstractItemModel *>(m_proxy), static_cast<QAbstractItemModel *>(&m_model)}) {
        connect(counted, &QAbstractItemModel::rowsInserted, this, update, Qt::QueuedConnection);
        connect(counted, &QAbstractItemModel::rowsRemoved, this, update, Qt::QueuedConnection);
        connect(counted, &QAbstractItemModel::modelReset, this, update, Qt::QueuedConnection);
        connect(counted, &QAbstractItemModel::layoutChanged, this, update, Qt::QueuedConnection);
    }
    connect(&m_editor, &ProjectEditor::tagsChanged, this, &AnnotationPanel::refreshTagFilter);
    refreshTagFilter();
    updateCount();
}

void AnnotationPanel::refreshTagFilter()
{
    const qint64 current = m_tagFilter->currentData().toLongLong();
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), qint64(0));
    for (const Tag &tag : m_editor.tags()) {
        QPixmap chip(12, 12);
        chip.fill(tag.color);
        m_tagFilter->addItem(QIcon(chip), tag.name, tag.id);
    }
    const int index = m_tagFilter->findData(current);
    m_tagFilter->setCurrentIndex(std::max(0, index));
    m_proxy->setTagFilter(m_tagFilter->currentData().toLongLong());
}

void AnnotationPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model.rowCount();
    if (m_model.documentId() == 0)
        m_count->setText(tr("No document open"));
    else if (shown == total)
        m_count->setText(tr("%n annotation(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n annotation(s)", nullptr, total).arg(shown));
    if (!m_list->currentIndex().isValid())
        showCurrentNote();
}

qint64 AnnotationPanel::currentAnnotationId() const
{
    return currentRowId(m_list, AnnotationListModel::IdRole);
}

void AnnotationPanel::selectAnnotation(qint64 id)
{
    QModelIndex index = m_proxy->mapFromSource(m_model.indexOfAnnotation(id));
    if (!index.isValid() && m_model.indexOfAnnotation(id).isValid()) {
        // Hidden by a filter: show everything rather than select nothing.
        m_filter->clear();
        m_tagFilter->setCurrentIndex(0);
        m_proxy->setTagFilter(0);
        index = m_proxy->mapFromSource(m_model.indexOfAnnotation(id));
    }
    if (!index.isValid())
        return;
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
    showCurrentNote();
}

void AnnotationPanel::focusNote()
{
    if (m_note->isEnabled()) {
        m_note->setFocus(Qt::OtherFocusReason);
        m_note->moveCursor(QTextCursor::End);
    }
}

void AnnotationPanel::showCurrentNote()
{
    const QModelIndex current = m_list->currentIndex();
    const qint64 id = current.data(AnnotationListModel::IdRole).toLongLong();
    const QString note = current.data(AnnotationListModel::NoteRole).toString();
    m_note->setEnabled(id != 0);
    m_note->setPlaceholderText(id != 0 ? tr("Type a note about this passage.")
                                       : tr("Select an annotation to write a note."));
    if (id == m_noteAnnotationId && m_note->toPlainText() == note)
        return;
    const QSignalBlocker blocker(m_note);
    const bool sameAnnotation = id == m_noteAnnotationId;
    const int cursorPosition = m_note->textCursor().position();
    m_noteAnnotationId = id;
    m_note->setPlainText(note);
    if (sameAnnotation) {
        // An undo changed the note under the cursor: keep the caret near where it was.
        QTextCursor cursor = m_note->textCursor();
        cursor.setPosition(std::min<int>(cursorPosition, int(note.size())));
        m_note->setTextCursor(cursor);
    }
}

void AnnotationPanel::deleteCurrent()
{
    const qint64 id = currentAnnotationId();
    if (id == 0)
        return;
    const int row = m_list->currentIndex().row();
    m_editor.deleteAnnotation(id);
    // Keep the keyboard flow: the next row becomes current.
    const QModelIndex next = m_proxy->index(std::min(row, m_proxy->rowCount() - 1), 0);
    if (next.isValid())
        m_list->setCurrentIndex(next);
}

bool AnnotationPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Digits retag the selected annotation, as they tag a selection in the viewer.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
            const auto tag = m_editor.tagForKey(key->key() - Qt::Key_0);
            if (tag && currentAnnotationId() != 0)
                m_editor.retagAnnotation(currentAnnotationId(), tag->id);
            return true;
        }
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            focusNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace marginalia
