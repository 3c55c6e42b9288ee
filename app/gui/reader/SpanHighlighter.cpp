#include "gui/reader/SpanHighlighter.h"

#include <QTextBlock>
#include <QTextDocument>

#include <iterator>
#include <tuple>

#include <algorithm>

namespace marginalia {

SpanHighlighter::SpanHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void SpanHighlighter::setLayer(HighlightSpan::Layer layer, QList<HighlightSpan> spans)
{
    switch (layer) {
    case HighlightSpan::Layer::Annotation:
        m_annotations = std::move(spans);
        m_longestAnnotation = 0;
        for (const HighlightSpan &s : std::as_const(m_annotations))
            m_longestAnnotation = std::max(m_longestAnnotation, s.end - s.start);
        break;
    case HighlightSpan::Layer::Suggestion:
        m_suggestions = std::move(spans);
        break;
    case HighlightSpan::Layer::ClaimSuggestion:
        m_claims = std::move(spans);
        break;
    case HighlightSpan::Layer::FindMatch:
        m_findMatches = std::move(spans);
        break;
    }
    rebuild();
    if (layer == HighlightSpan::Layer::Annotation)
        emit annotationsChanged();
}

void SpanHighlighter::setLayerVisible(HighlightSpan::Layer layer, bool visible)
{
    if (layer == HighlightSpan::Layer::Annotation)
        m_annotationsVisible = visible;
    else if (layer == HighlightSpan::Layer::Suggestion || layer == HighlightSpan::Layer::ClaimSuggestion)
        m_suggestionsVisible = visible;
    rebuild();
    emit annotationsChanged();
}

void SpanHighlighter::setFindColor(const QColor &color)
{
    m_findColor = color;
    emit fullRepaintRequested();
}

void SpanHighlighter::forgetSpans()
{
    m_annotations.clear();
    m_suggestions.clear();
    m_claims.clear();
    m_findMatches.clear();
    m_visible.clear();
    m_longestSpan = 0;
    m_longestAnnotation = 0;
}

void SpanHighlighter::clearAll()
{
    m_annotations.clear();
    m_suggestions.clear();
    m_claims.clear();
    m_findMatches.clear();
    rebuild();
}

void SpanHighlighter::rebuild()
{
    const QList<HighlightSpan> before = std::exchange(m_visible, {});
    if (m_annotationsVisible)
        m_visible += m_annotations;
    if (m_suggestionsVisible) {
        m_visible += m_suggestions;
        m_visible += m_claims;
    }
    m_visible += m_findMatches;
    std::ranges::stable_sort(m_visible, {}, &HighlightSpan::start);
    m_longestSpan = 0;
    for (const HighlightSpan &s : std::as_const(m_visible))
        m_longestSpan = std::max(m_longestSpan, s.end - s.start);
    repaintChanged(before);
}

// Repaints only the blocks whose look changed: typing a note or accepting one suggestion must not
// re-highlight a whole long document.
void SpanHighlighter::repaintChanged(const QList<HighlightSpan> &before)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    const auto looks = [](const QList<HighlightSpan> &spans) {
        QList<std::tuple<int, int, int, QRgb>> keys;
        keys.reserve(spans.size());
        for (const HighlightSpan &s : spans)
            keys.append({s.start, s.end, int(s.layer), s.color.rgba()});
        std::ranges::sort(keys);
        return keys;
    };
    const auto old = looks(before);
    const auto now = looks(m_visible);
    QList<std::tuple<int, int, int, QRgb>> changed;
    std::ranges::set_symmetric_difference(old, now, std::back_inserter(changed));
    if (changed.isEmpty())
        return;
    if (changed.size() > 50) {
        emit fullRepaintRequested();
        return;
    }
    QList<int> blockNumbers;
    for (const auto &[start, end, layer, color] : changed) {
        for (QTextBlock block = doc->findBlock(start); block.isValid() && block.position() < std::max(end, start + 1);
             block = block.next())
            blockNumbers.append(block.blockNumber());
    }
    std::ranges::sort(blockNumbers);
    blockNumbers.erase(std::unique(blockNumbers.begin(), blockNumbers.end()), blockNumbers.end());
    for (int number : std::as_const(blockNumbers))
        rehighlightBlock(doc->findBlockByNumber(number));
}

QList<HighlightSpan> SpanHighlighter::spansAt(int position) const
{
    QList<HighlightSpan> found;
    for (const HighlightSpan &s : m_visible) {
        if (s.start > position)
            break;
        if (position < s.end)
            found.append(s);
    }
    return found;
}

QList<HighlightSpan> SpanHighlighter::annotationsBetween(int from, int to) const
{
    QList<HighlightSpan> found;
    if (!m_annotationsVisible)
        return found;
    const auto first = std::lower_bound(m_annotations.cbegin(), m_annotations.cend(), from - m_longestAnnotation,
                                        [](const HighlightSpan &s, int position) { return s.start < position; });
    for (auto it = first; it != m_annotations.cend() && it->start < to; ++it)
        if (it->end > from)
            found.append(*it);
    return found;
}

void SpanHighlighter::highlightBlock(const QString &text)
{
    if (m_visible.isEmpty() || text.isEmpty())
        return;
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    // Only spans starting after blockStart - longest can reach into this block.
    const auto first = std::lower_bound(m_visible.cbegin(), m_visible.cend(), blockStart - m_longestSpan,
                                        [](const HighlightSpan &s, int position) { return s.start < position; });
    const std::span<const HighlightSpan> nearby(m_visible.constData() + (first - m_visible.cbegin()),
                                                size_t(m_visible.cend() - first));
    for (const PaintedSegment &segment : paintedSegments(nearby, blockStart, blockEnd)) {
        QTextCharFormat format;
        if (segment.background.isValid())
            format.setBackground(segment.background);
        if (segment.findMatch)
            format.setBackground(m_findColor);
        // Annotations draw their own stacked underlines (AnnotationLanes): the text's one underline is left
        // to suggestions, so a suggestion inside a highlight still shows.
        if (segment.suggestion.isValid()) {
            format.setUnderlineStyle(QTextCharFormat::DotLine);
            format.setUnderlineColor(segment.suggestion);
        } else if (segment.claim.isValid()) {
            format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            format.setUnderlineColor(segment.claim);
        }
        if (segment.suggestion.isValid() && !segment.background.isValid() && !segment.findMatch)
            format.setForeground(segment.suggestion);
        if (segment.background.isValid() || segment.findMatch)
            format.setForeground(QColor(0x1a, 0x1a, 0x1a)); // tag colours are light: keep text dark on them
        setFormat(segment.start - blockStart, segment.end - segment.start, format);
    }
}

} // namespace marginalia
