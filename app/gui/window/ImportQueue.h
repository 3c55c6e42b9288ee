// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Document.h"
#include "core/model/Error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QProgressBar;
class QToolButton;
class QWidget;

namespace marginalia {

// Imports files one after another off the GUI thread. It brings its own progress bar and Cancel button
// for the window's status bar; what becomes of each imported document is the window's business.
class ImportQueue final : public QObject {
    Q_OBJECT

public:
    using ImportResult = Result<ImportedDocument>;

    // Gets each file's result, in order; a cancelled import arrives as an error of kind Cancelled.
    using ResultHandler = std::function<void(const QString &path, const ImportResult &result)>;

    ImportQueue(ResultHandler onResult, QWidget *window);
    ~ImportQueue() override; // cancels the running import and waits for it

    void add(const QStringList &paths);
    bool isBusy() const;
    void cancel(); // drops the waiting files and stops the running import

    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancelButton; }

signals:
    void started(const QString &path);
    void allFinished();

private:
    void startNext();
    void finishCurrent();

    ResultHandler m_onResult;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    QFutureWatcher<ImportResult> m_watcher;
    QStringList m_waiting;
    QString m_current;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace marginalia
