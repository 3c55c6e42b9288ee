// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Span.h"
#include "core/model/Model.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QProgressBar;
class QToolButton;
class QWidget;

namespace marginalia {

class Analyzer;

// Runs the analyzer off the GUI thread, one document at a time, and keeps what it found per document.
// Asking for another document while one runs stops the running one and starts the new one after it.
// It brings its own progress bar and Stop button for the window's status bar.
class AnalysisRunner final : public QObject {
    Q_OBJECT

public:
    // `recordFor` gives the document (text and blocks) to analyse; an id of 0 in it means none.
    AnalysisRunner(const Analyzer &analyzer, std::function<DocumentRecord(qint64)> recordFor, QWidget *window);
    ~AnalysisRunner() override; // stops the running analysis and waits for it

    // Analyses the document unless it already has results; `again` analyses it anyway.
    void analyse(qint64 documentId, bool again = false);
    bool isBusy() const;                           // running, or one is waiting
    bool isAnalysing(qint64 documentId) const;     // running for this document
    const QList<Span> *results(qint64 documentId) const; // nullptr: not analysed (yet)

    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *stopButton() const { return m_stopButton; }

signals:
    void started(qint64 documentId);
    // `completed` false: stopped before the end; earlier results of the document, if any, stay.
    void finished(qint64 documentId, bool completed);

private:
    void finishCurrent();

    const Analyzer &m_analyzer;
    std::function<DocumentRecord(qint64)> m_recordFor;
    QProgressBar *m_progress;
    QToolButton *m_stopButton;
    QFutureWatcher<QList<Span>> m_watcher;
    QHash<qint64, QList<Span>> m_results; // per document, as the analyzer found them
    qint64 m_running = 0;
    qint64 m_pending = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace marginalia
