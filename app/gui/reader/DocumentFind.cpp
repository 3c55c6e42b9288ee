// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/DocumentFind.h"

#include "gui/reader/DocumentView.h"
#include "gui/reader/FindBar.h"
#include "gui/reader/SpanHighlighter.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>

namespace marginalia {

// What one search shares with its worker: the worker appends matches under the mutex, the GUI takes them.
struct DocumentFind::Search {
    QString text;
    QString needle;
    std::atomic<bool> cancelled = false;
    QMutex mutex;
    QList<int> found;
    bool finished = false;
};

namespace {

// Hands over a batch this often (ms) or this large: the first matches show at once, later ones in bulk.
constexpr qint64 kBatchMilliseconds = 30;
constexpr qsizetype kBatchMatches = 4096;

} // namespace

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

DocumentFind::~DocumentFind()
{
    cancelSearch();
    m_running.waitForFinished();
}

bool DocumentFind::isSearching() const
{
    return m_running.isRunning();
}

void DocumentFind::cancelSearch()
{
    if (m_search)
        m_search->cancelled = true;
    m_search.reset();
}

void DocumentFind::findText(const QString &text)
{
    cancelSearch();
    m_starts.clear();
    m_length = int(text.size());
    m_current = -1;
    m_view->highlighter()->setLayer(HighlightSpan::Layer::FindMatch, {});
    m_bar->setMatchInfo(0, 0);
    if (text.isEmpty())
        return;
    m_from = m_view->codePoints().toUtf16(m_view->readingPosition());
    auto search = std::make_shared<Search>();
    search->text = m_view->documentText(); // shared, not copied: the worker reads it while the view may move on
    search->needle = text;
    m_search = search;
    m_running = QtConcurrent::run([this, search] {
        QElapsedTimer sinceBatch;
        sinceBatch.start();
        QList<int> batch;
        const auto handOver = [&](bool finished) {
            {
                const QMutexLocker lock(&search->mutex);
                search->found += std::exchange(batch, {});
                search->finished = finished;
            }
            QMetaObject::invokeMethod(this, [this, search] { takeFound(search); }, Qt::QueuedConnection);
            sinceBatch.restart();
        };
        const QString &haystack = search->text;
        const QString &needle = search->needle;
        for (qsizetype at = haystack.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0 && !search->cancelled;
             at = haystack.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
            batch.append(int(at));
            if (batch.size() >= kBatchMatches || sinceBatch.elapsed() >= kBatchMilliseconds)
                handOver(false);
        }
        if (!search->cancelled)
            handOver(true);
    });
}

void DocumentFind::takeFound(const std::shared_ptr<Search> &search)
{
    if (search != m_search)
        return; // a search cancelled by a later keystroke
    QList<int> fresh;
    bool finished = false;
    {
        const QMutexLocker lock(&search->mutex);
        fresh.swap(search->found);
        finished = search->finished;
    }
    if (fresh.isEmpty() && !finished)
        return;
    const qsizetype before = m_starts.size();
    // Only the new batch goes to the view: handing over every match found so far each time would make a
    // one-letter query in a long text cost its whole match list per batch.
    QList<HighlightSpan> spans;
    spans.reserve(fresh.size());
    for (int start : std::as_const(fresh)) {
        m_starts.append(start);
        spans.append(HighlightSpan{.start = start, .end = start + m_length, .layer = HighlightSpan::Layer::FindMatch});
    }
    if (!spans.isEmpty())
        m_view->highlighter()->appendToLayer(HighlightSpan::Layer::FindMatch, spans);
    // The first match at or after the top of the view: finding should not jump back to the start.
    if (m_current < 0) {
        const auto next = std::lower_bound(m_starts.cbegin() + before, m_starts.cend(), m_from);
        if (next != m_starts.cend())
            m_current = int(next - m_starts.cbegin());
        else if (finished && !m_starts.isEmpty())
            m_current = 0;
        if (m_current >= 0)
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
