// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/SpanAdjust.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;

namespace marginalia {

struct Annotation;
class MainWindow;
class ProjectEditor;

// What can be done to one annotation from the reading view: its span moved by a word at either end
// (Shift+Alt+Left/Right the end, Ctrl+Shift+Alt+Left/Right the start) or set to the selection, a note,
// its quote copied, removal; and the right-click menu on the text, which offers these for the annotation
// under the pointer, and accept or reject for the suggestion there. Every change is one undoable step.
class AnnotationActions final : public QObject {
    Q_OBJECT

public:
    // Adds an Annotation submenu to `editMenu`; the shortcuts work while the reading view has the focus.
    AnnotationActions(MainWindow &window, ProjectEditor &editor, QMenu *editMenu);

    // The selected annotation (the one drawn active in the view): its span, by a word.
    bool adjustSpan(SpanEdge edge, int step);
    // The selected annotation (or `annotationId`) covers the view's selection from now on.
    bool setSpanToSelection(qint64 annotationId = 0);
    // The innermost annotation at a code point of the open document, if any.
    std::optional<Annotation> annotationAt(int codePoint) const;
    // The row of the (first shown) suggestion at a code point; -1 for none.
    int suggestionAt(int codePoint) const;

private:
    void addEditMenuEntries(QMenu *editMenu);
    void fillContextMenu(QMenu *menu, int codePoint);
    void addSuggestionEntries(QMenu *menu, QAction *before, int codePoint);
    void editNote(qint64 annotationId);

    MainWindow &m_window;
    ProjectEditor &m_editor;
};

} // namespace marginalia
