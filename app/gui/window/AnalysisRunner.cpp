// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/AnalysisRunner.h"

#include "core/analysis/Analyzer.h"
#include "gui/panels/PanelParts.h"

#include <QProgressBar>
#include <QToolButton>
#include <QtConcurrent>

#include <utility>

namespace marginalia {

AnalysisRunner::AnalysisRunner(const Analyzer &analyzer, std::function<DocumentRecord(qint64)> recordFor,
                               QWidget *window)
    : QObject(window)
    , m_analyzer(analyzer)
    , m_recordFor(std::move(recordFor))
    , m_progress(new QProgressBar(window))
    , m_stopButton(new QToolButton(window))
{
    setUpJobProgress(m_progress, QStringLiteral("analysisProgress"), 140);
    m_progress->setFormat(tr("Analysing %p%"));
    setUpJobStopButton(m_stopButton, QStringLiteral("cancelAnalysisButton"), tr("Stop"), tr("Stop the analysis"));
    connect(m_stopButton, &QToolButton::clicked, this, [this] {
        m_pending = 0;
        if (m_cancelled)
            m_cancelled->store(true);
    });
    connect(&m_watcher, &QFutureWatcher<QList<Span>>::finished, this, &AnalysisRunner::finishCurrent);
    connect(&m_watcher, &QFutureWatcher<QList<Span>>::progressValueChanged, m_progress, &QProgressBar::setValue);
}

AnalysisRunner::~AnalysisRunner()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished();
}

void AnalysisRunner::analyse(qint64 documentId, bool again)
{
    if (documentId == 0 || (!again && m_results.contains(documentId)))
        return;
    if (m_watcher.isRunning()) {
        // One analysis at a time: stop the running one unless it is this document's.
        if (m_running != documentId || again) {
            m_pending = documentId;
            m_cancelled->store(true);
        }
        return;
    }
    const DocumentRecord record = m_recordFor(documentId);
    if (record.id == 0)
        return;
    m_running = documentId;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const auto cancelled = m_cancelled;
    m_progress->setValue(0);
    m_progress->show();
    m_stopButton->show();
    emit started(documentId);
    const Analyzer *analyzer = &m_analyzer;
    m_watcher.setFuture(QtConcurrent::run(
        [analyzer, text = record.text, blocks = record.blocks, cancelled](QPromise<QList<Span>> &promise) {
            promise.setProgressRange(0, 1000);
            AnalysisControl control;
            control.cancelled = cancelled.get();
            control.progress = [&promise](double fraction) { promise.setProgressValue(int(fraction * 1000)); };
            promise.addResult(analyzer->analyze(text, blocks, control));
        }));
}

bool AnalysisRunner::isBusy() const
{
    return m_watcher.isRunning() || m_pending != 0;
}

bool AnalysisRunner::isAnalysing(qint64 documentId) const
{
    return m_watcher.isRunning() && m_running == documentId;
}

const QList<Span> *AnalysisRunner::results(qint64 documentId) const
{
    const auto found = m_results.constFind(documentId);
    return found == m_results.cend() ? nullptr : &*found;
}

void AnalysisRunner::finishCurrent()
{
    const qint64 documentId = std::exchange(m_running, 0);
    const bool cancelled = m_cancelled && m_cancelled->load();
    const QFuture<QList<Span>> future = m_watcher.future();
    m_progress->hide();
    m_stopButton->hide();
    const bool completed = !cancelled && future.resultCount() > 0;
    if (completed)
        m_results.insert(documentId, future.result());
    emit finished(documentId, completed);
    const qint64 pending = std::exchange(m_pending, 0);
    if (pending != 0)
        analyse(pending, true);
}

} // namespace marginalia
