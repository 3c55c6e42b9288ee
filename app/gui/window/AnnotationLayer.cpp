// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/AnnotationLayer.h"

#include "core/edit/ProjectEditor.h"
#include "gui/models/AnnotationListModel.h"
#include "gui/reader/DocumentView.h"
#include "gui/reader/SpanHighlighter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace marginalia {

AnnotationLayer::AnnotationLayer(ProjectEditor &editor, DocumentView *view, const AnnotationListModel &annotations,
                                 QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_view(view)
    , m_annotations(annotations)
{
    const auto put = [this](const Annotation &annotation) {
        if (annotation.documentId == m_view->documentId())
            m_view->highlighter()->putAnnotation(spanFor(annotation));
    };
    connect(&m_editor, &ProjectEditor::annotationAdded, this, put);
    connect(&m_editor, &ProjectEditor::annotationChanged, this, put);
    connect(&m_editor, &ProjectEditor::annotationRemoved, this, [this](const Annotation &annotation) {
        if (annotation.documentId == m_view->documentId())
            m_view->highlighter()->removeAnnotation(annotation.id);
    });
    m_view->setToolTipProvider(HighlightSpan::Layer::Annotation,
                               [this](const HighlightSpan &span) { return toolTipFor(span.id); });
}

void AnnotationLayer::refresh()
{
    m_view->highlighter()->setLayer(HighlightSpan::Layer::Annotation,
                                    annotationHighlights(m_annotations.annotations(), m_view->codePoints(),
                                                         [this](qint64 tagId) { return tagColor(tagId); }));
}

QColor AnnotationLayer::tagColor(qint64 tagId) const
{
    const auto tag = m_editor.tag(tagId);
    return tag ? tag->color : QColor();
}

HighlightSpan AnnotationLayer::spanFor(const Annotation &annotation) const
{
    return annotationHighlight(annotation, m_view->codePoints(), [this](qint64 tagId) { return tagColor(tagId); });
}

QString AnnotationLayer::toolTipFor(qint64 annotationId) const
{
    const auto annotation = m_annotations.annotation(annotationId);
    const auto tag = annotation ? m_editor.tag(annotation->tagId) : std::nullopt;
    // The window's word for it, translated there.
    const QString untagged = QCoreApplication::translate("marginalia::MainWindow", "Untagged");
    QString tip = u"<b>"_s + (tag ? tag->name.toHtmlEscaped() : untagged) + u"</b>"_s;
    if (annotation && !annotation->note.isEmpty())
        tip += u"<br>"_s + annotation->note.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    return tip;
}

} // namespace marginalia
