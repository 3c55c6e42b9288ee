// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/ImportQueue.h"

#include "core/import/Importer.h"
#include "gui/panels/PanelParts.h"

#include <QProgressBar>
#include <QToolButton>
#include <QtConcurrent>

namespace marginalia {

ImportQueue::ImportQueue(ResultHandler onResult, QWidget *window)
    : QObject(window)
    , m_onResult(std::move(onResult))
    , m_progress(new QProgressBar(window))
    , m_cancelButton(new QToolButton(window))
{
    setUpJobProgress(m_progress, QStringLiteral("importProgress"), 180);
    m_progress->setTextVisible(false);
    setUpJobStopButton(m_cancelButton, QStringLiteral("cancelImportButton"), tr("Cancel"), tr("Stop importing"));
    connect(m_cancelButton, &QToolButton::clicked, this, &ImportQueue::cancel);
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, &ImportQueue::finishCurrent);
    connect(&m_watcher, &QFutureWatcher<ImportResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
}

ImportQueue::~ImportQueue()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished();
}

void ImportQueue::add(const QStringList &paths)
{
    m_waiting += paths;
    startNext();
}

bool ImportQueue::isBusy() const
{
    return m_watcher.isRunning() || !m_waiting.isEmpty();
}

void ImportQueue::cancel()
{
    m_waiting.clear();
    if (m_cancelled)
        m_cancelled->store(true);
}

void ImportQueue::startNext()
{
    if (m_watcher.isRunning())
        return;
    if (m_waiting.isEmpty()) {
        m_progress->hide();
        m_cancelButton->hide();
        emit allFinished();
        return;
    }
    m_current = m_waiting.takeFirst();
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const QString path = m_current;
    const auto cancelled = m_cancelled;
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    emit started(path);
    m_watcher.setFuture(QtConcurrent::run([path, cancelled](QPromise<ImportResult> &promise) {
        promise.setProgressRange(0, 1000);
        ImportOptions options;
        options.cancelled = cancelled.get();
        options.progress = [&promise](double fraction) { promise.setProgressValue(int(fraction * 1000)); };
        promise.addResult(importFile(path, options));
    }));
}

void ImportQueue::finishCurrent()
{
    const QFuture<ImportResult> future = m_watcher.future();
    if (future.resultCount() == 0 || (m_cancelled && m_cancelled->load()))
        m_onResult(m_current, std::unexpected(Error{Error::Kind::Cancelled, QString()}));
    else
        m_onResult(m_current, future.result());
    startNext();
}

} // namespace marginalia
