// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/AnnotationActions.h"

#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "gui/models/AnnotationListModel.h"
#include "gui/models/SuggestionModel.h"
#include "gui/panels/AnnotationPanel.h"
#include "gui/panels/SuggestionPanel.h"
#include "gui/reader/DocumentView.h"
#include "gui/window/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace marginalia {

AnnotationActions::AnnotationActions(MainWindow &window, ProjectEditor &editor, QMenu *editMenu)
    : QObject(&window)
    , m_window(window)
    , m_editor(editor)
{
    addEditMenuEntries(editMenu);
    connect(window.documentView(), &DocumentView::contextMenuAboutToShow, this, &AnnotationActions::fillContextMenu);
}

void AnnotationActions::addEditMenuEntries(QMenu *editMenu)
{
    QMenu *menu = editMenu->addMenu(tr("Ann&otation"));
    menu->setObjectName(u"annotationMenu"_s);
    DocumentView *view = m_window.documentView();
    const auto add = [&](const QString &text, const QKeySequence &shortcut, const QString &name, auto slot) {
        QAction *action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        // In the reading view only: in the note box these keys edit the note.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(action);
        return action;
    };
    add(tr("Extend End by a Word"), QKeySequence(Qt::SHIFT | Qt::ALT | Qt::Key_Right), u"extendEndAction"_s,
        [this] { adjustSpan(SpanEdge::End, +1); });
    add(tr("Shrink End by a Word"), QKeySequence(Qt::SHIFT | Qt::ALT | Qt::Key_Left), u"shrinkEndAction"_s,
        [this] { adjustSpan(SpanEdge::End, -1); });
    add(tr("Extend Start by a Word"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::ALT | Qt::Key_Left),
        u"extendStartAction"_s, [this] { adjustSpan(SpanEdge::Start, -1); });
    add(tr("Shrink Start by a Word"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::ALT | Qt::Key_Right),
        u"shrinkStartAction"_s, [this] { adjustSpan(SpanEdge::Start, +1); });
    add(tr("Set Span to &Selection"), QKeySequence(Qt::SHIFT | Qt::ALT | Qt::Key_S), u"spanToSelectionAction"_s,
        [this] { setSpanToSelection(); });
}

bool AnnotationActions::adjustSpan(SpanEdge edge, int step)
{
    DocumentView *view = m_window.documentView();
    const auto annotation = m_editor.store().annotation(view->activeAnnotation());
    if (!annotation) {
        m_window.statusBar()->showMessage(tr("Click an annotation first, then move its ends."), 5000);
        return false;
    }
    const auto [start, end] = adjustedSpan(view->documentText(), annotation->start, annotation->end, edge, step);
    if (start == annotation->start && end == annotation->end)
        return false; // at the text's edge, or the span would be empty
    if (!m_editor.setAnnotationSpan(annotation->id, view->documentText(), start, end))
        return false;
    view->setActiveAnnotation(annotation->id);
    return true;
}

bool AnnotationActions::setSpanToSelection(qint64 annotationId)
{
    DocumentView *view = m_window.documentView();
    const qint64 id = annotationId ? annotationId : view->activeAnnotation();
    const auto range = view->selectedRange();
    if (id == 0 || !range) {
        m_window.statusBar()->showMessage(tr("Select the new passage, then choose the annotation to move."), 5000);
        return false;
    }
    if (!m_editor.setAnnotationSpan(id, view->documentText(), range->first, range->second))
        return false;
    view->clearSelection();
    view->setActiveAnnotation(id);
    return true;
}

std::optional<Annotation> AnnotationActions::annotationAt(int codePoint) const
{
    // The innermost (latest start), as a click chooses first.
    const Annotation *best = nullptr;
    for (const Annotation &annotation : m_window.annotationModel().annotations())
        if (annotation.start <= codePoint && codePoint < annotation.end && (!best || annotation.start > best->start))
            best = &annotation;
    return best ? std::optional<Annotation>(*best) : std::nullopt;
}

int AnnotationActions::suggestionAt(int codePoint) const
{
    const QList<Span> &suggestions = m_window.suggestionModel()->suggestions();
    for (int row = 0; row < suggestions.size(); ++row)
        if (suggestions.at(row).start <= codePoint && codePoint < suggestions.at(row).end)
            return row;
    return -1;
}

void AnnotationActions::fillContextMenu(QMenu *menu, int codePoint)
{
    QAction *first = menu->actions().value(0);
    addSuggestionEntries(menu, first, codePoint);
    const auto annotation = annotationAt(codePoint);
    if (!annotation)
        return;
    const qint64 id = annotation->id;
    const auto tag = m_editor.tag(annotation->tagId);
    auto *section = new QAction(tag ? tr("Annotation “%1”").arg(tag->name) : tr("Untagged annotation"), menu);
    section->setEnabled(false);
    menu->insertAction(first, section);
    QAction *note = new QAction(annotation->note.isEmpty() ? tr("Add &Note") : tr("Edit &Note"), menu);
    note->setObjectName(u"contextNoteAction"_s);
    connect(note, &QAction::triggered, this, [this, id] { editNote(id); });
    QAction *copy = new QAction(tr("Copy &Quote"), menu);
    copy->setObjectName(u"contextCopyQuoteAction"_s);
    connect(copy, &QAction::triggered, this,
            [quote = annotation->quote] { QGuiApplication::clipboard()->setText(quote); });
    QAction *span = new QAction(tr("Set Span to &Selection"), menu);
    span->setEnabled(m_window.documentView()->selectedRange().has_value());
    connect(span, &QAction::triggered, this, [this, id] { setSpanToSelection(id); });
    QAction *remove = new QAction(tr("&Remove Annotation"), menu);
    remove->setObjectName(u"contextRemoveAnnotationAction"_s);
    connect(remove, &QAction::triggered, this, [this, id] { m_editor.deleteAnnotation(id); });
    menu->insertActions(first, {note, copy, span, remove});
    menu->insertSeparator(first);
}

void AnnotationActions::addSuggestionEntries(QMenu *menu, QAction *before, int codePoint)
{
    const int row = suggestionAt(codePoint);
    if (row < 0)
        return;
    const Span suggestion = m_window.suggestionModel()->suggestions().at(row);
    const QString what = suggestionLabelName(suggestion.label);
    QAction *accept = new QAction(tr("&Accept Suggestion (%1)").arg(what), menu);
    accept->setObjectName(u"contextAcceptAction"_s);
    QAction *reject = new QAction(tr("Re&ject Suggestion (%1)").arg(what), menu);
    reject->setObjectName(u"contextRejectAction"_s);
    const auto choose = [this, suggestion] {
        // The row may have moved since the menu opened: find the same suggestion again.
        const int current = m_window.suggestionModel()->indexOf(suggestion);
        m_window.suggestionPanel()->setCurrentRow(current);
        return current >= 0;
    };
    connect(accept, &QAction::triggered, this, [this, choose] {
        if (choose())
            m_window.acceptCurrentSuggestion();
    });
    connect(reject, &QAction::triggered, this, [this, choose] {
        if (choose())
            m_window.rejectCurrentSuggestion();
    });
    menu->insertActions(before, {accept, reject});
    menu->insertSeparator(before);
}

void AnnotationActions::editNote(qint64 annotationId)
{
    m_window.annotationPanel()->selectAnnotation(annotationId);
    m_window.documentView()->setActiveAnnotation(annotationId);
    m_window.annotationPanel()->focusNote();
}

} // namespace marginalia
