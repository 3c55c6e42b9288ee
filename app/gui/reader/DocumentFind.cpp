#include "gui/reader/DocumentFind.h"

#include "gui/reader/DocumentView.h"
#include "gui/reader/FindBar.h"
#include "gui/reader/SpanHighlighter.h"

#include <algorithm>

namespace marginalia {

DocumentFind::DocumentFind(DocumentView *view, FindBar *bar)
    : QObject(bar)
    , m_view(view)
    , m_bar(bar)
{
    connect(m_bar, &FindBar::searchChanged, this, &DocumentFind::findText);
    connect(m_bar, &FindBar::nextRequested, this, [this] { findNext(+1); });
    connect(m_bar, &FindBar::previousRequested, this, [this] { findNext(-1); });
    connect(m_bar, &FindBar::closed, this, [this] {
        findText(QString());
        m_view->setFocus(Qt::OtherFocusReason);
    });
}

void DocumentFind::findText(const QString &text)
{
    m_starts.clear();
    m_length = int(text.size());
    m_current = -1;
    QList<HighlightSpan> spans;
    if (!text.isEmpty()) {
        const QString &haystack = m_view->documentText();
        for (qsizetype at = haystack.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
             at = haystack.indexOf(text, at + text.size(), Qt::CaseInsensitive)) {
            m_starts.append(int(at));
            spans.append(HighlightSpan{.start = int(at),
                                       .end = int(at + text.size()),
                                       .layer = HighlightSpan::Layer::FindMatch});
        }
    }
    m_view->highlighter()->setLayer(HighlightSpan::Layer::FindMatch, spans);
    if (!m_starts.isEmpty()) {
        // The first match at or after the top of the view: finding should not jump back to the start.
        const int from = m_view->codePoints().toUtf16(m_view->readingPosition());
        const auto next = std::ranges::lower_bound(m_starts, from);
        m_current = next == m_starts.end() ? 0 : int(next - m_starts.begin());
        selectCurrent();
    }
    m_bar->setMatchInfo(m_current + 1, int(m_starts.size()));
}

void DocumentFind::findNext(int step)
{
    if (m_bar->isHidden() || m_starts.isEmpty()) {
        m_bar->activate();
        return;
    }
    const int count = int(m_starts.size());
    m_current = ((m_current < 0 ? 0 : m_current + step) % count + count) % count;
    selectCurrent();
    m_bar->setMatchInfo(m_current + 1, count);
}

void DocumentFind::selectCurrent()
{
    const int start = m_starts[m_current];
    m_view->selectRange(m_view->codePoints().toCodePoint(start), m_view->codePoints().toCodePoint(start + m_length));
}

} // namespace marginalia
