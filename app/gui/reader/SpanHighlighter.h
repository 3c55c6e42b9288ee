#pragma once

#include "gui/reader/HighlightSpans.h"

#include <QSyntaxHighlighter>

namespace marginalia {

// Paints spans computed elsewhere; knows nothing about annotations or analysis. Each block is painted from
// the spans that cross it, located by the block's position in the document.
class SpanHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit SpanHighlighter(QTextDocument *document);

    void setLayer(HighlightSpan::Layer layer, QList<HighlightSpan> spans);
    void setLayerVisible(HighlightSpan::Layer layer, bool visible);
    void setFindColor(const QColor &color);
    void clearAll();
    void forgetSpans(); // before the document is replaced: nothing to repaint

    // The spans (of visible layers) at a position, for tool tips.
    QList<HighlightSpan> spansAt(int position) const;
    // The annotation spans (when shown) that reach into [from, to), with their lanes, for the underlines.
    QList<HighlightSpan> annotationsBetween(int from, int to) const;

signals:
    // Many blocks changed. QSyntaxHighlighter::rehighlight() on a laid-out document re-lays it out block by
    // block (quadratic on long articles), so the view rebuilds the document instead.
    void fullRepaintRequested();
    // The annotation layer changed: its underlines (painted by the view, not as text formats) need a repaint.
    void annotationsChanged();

protected:
    void highlightBlock(const QString &text) override;

private:
    void rebuild();
    void repaintChanged(const QList<HighlightSpan> &before);

    QList<HighlightSpan> m_annotations;
    QList<HighlightSpan> m_suggestions;
    QList<HighlightSpan> m_claims;
    QList<HighlightSpan> m_findMatches;
    bool m_suggestionsVisible = true;
    bool m_annotationsVisible = true;
    QList<HighlightSpan> m_visible; // merged, sorted by start
    int m_longestSpan = 0;
    int m_longestAnnotation = 0;
    QColor m_findColor = QColor(0xff, 0xe0, 0x66);
};

} // namespace marginalia
