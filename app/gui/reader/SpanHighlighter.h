// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/reader/HighlightSpans.h"

#include <QObject>
#include <QTextEdit>

#include <array>

namespace marginalia {

// The spans to paint over the text, one sorted list per layer; knows nothing about annotations or analysis.
// It never touches the document: the view asks for the look of the blocks on screen (segmentsBetween) and
// paints them as extra selections, so a change to 400k suggestions or to one annotation costs no relayout.
class SpanHighlighter final : public QObject {
    Q_OBJECT

public:
    explicit SpanHighlighter(QObject *parent = nullptr);

    void setLayer(HighlightSpan::Layer layer, QList<HighlightSpan> spans);
    // Adds spans to a layer in time proportional to them when they start at or after its last span (find
    // results streaming in); otherwise the layer is sorted again.
    void appendToLayer(HighlightSpan::Layer layer, const QList<HighlightSpan> &spans);
    void setLayerVisible(HighlightSpan::Layer layer, bool visible);
    void setFindColor(const QColor &color);
    QColor findColor() const { return m_findColor; }
    void clearAll();
    void forgetSpans(); // before the document is replaced: nothing to repaint

    // One annotation added or changed (found by id), or removed: only the lanes of the annotations
    // overlapping it are given again, so one edit costs time in what it touches, not in the document.
    void putAnnotation(const HighlightSpan &span);
    void removeAnnotation(qint64 id);

    // The spans (of visible layers) at a position, for tool tips.
    QList<HighlightSpan> spansAt(int position) const;
    // The annotation spans (when shown) that reach into [from, to), with their lanes, for the underlines.
    QList<HighlightSpan> annotationsBetween(int from, int to) const;
    // How [from, to) looks, every visible layer combined.
    QList<PaintedSegment> segmentsBetween(int from, int to) const;
    // The extra selections that paint the shown blocks from `first` to `last`: the view's highlights.
    QList<QTextEdit::ExtraSelection> selectionsForBlocks(const QTextBlock &first, const QTextBlock &last) const;

signals:
    // Something painted changed: the view repaints what is on screen.
    void changed();
    // The annotation layer changed: its underlines (painted by the view, not as text formats) need a repaint.
    void annotationsChanged();

private:
    struct LayerSpans {
        QList<HighlightSpan> spans; // sorted by start
        int longest = 0;            // the longest span: how far before a position to look
    };
    LayerSpans &layer(HighlightSpan::Layer layer) { return m_layers[size_t(layer)]; }
    const LayerSpans &layer(HighlightSpan::Layer layer) const { return m_layers[size_t(layer)]; }
    bool isVisible(HighlightSpan::Layer layer) const;
    // The visible spans reaching into [from, to), layer by layer, then stably by start.
    QList<HighlightSpan> visibleBetween(int from, int to) const;
    void reassignLanesAround(int from, int to);

    std::array<LayerSpans, 4> m_layers;
    bool m_suggestionsVisible = true;
    bool m_annotationsVisible = true;
    QColor m_findColor = QColor(0xff, 0xe0, 0x66);
};

} // namespace marginalia
