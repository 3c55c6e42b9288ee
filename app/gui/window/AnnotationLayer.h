// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Model.h"
#include "gui/reader/HighlightSpans.h"

#include <QObject>

namespace marginalia {

class AnnotationListModel;
class DocumentView;
class ProjectEditor;

// The annotation highlights of the reading view, kept in step with the editor one annotation at a time:
// tagging, retagging, deleting or undoing touches the lanes and the screen around that annotation only, and
// a note changes nothing painted. Tool tips are built when hovered, from the annotation list.
class AnnotationLayer final : public QObject {
    Q_OBJECT

public:
    AnnotationLayer(ProjectEditor &editor, DocumentView *view, const AnnotationListModel &annotations,
                    QObject *parent = nullptr);

    // Every annotation of the open document again: on opening it, or when tag colours change.
    void refresh();

private:
    QColor tagColor(qint64 tagId) const;
    HighlightSpan spanFor(const Annotation &annotation) const;
    QString toolTipFor(qint64 annotationId) const;

    ProjectEditor &m_editor;
    DocumentView *m_view;
    const AnnotationListModel &m_annotations;
};

} // namespace marginalia
