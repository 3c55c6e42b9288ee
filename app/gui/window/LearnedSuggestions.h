// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Span.h"
#include "core/analysis/learn/ProjectRecommender.h"
#include "core/model/Model.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace marginalia {

class AnalysisRunner;
class Analyzer;
class ProjectEditor;

// The learned recommender in the window: after the user tags, accepts or rejects (a short pause later),
// the models of tags whose annotations changed are trained again on a worker thread and stored in the
// project, and the open document's learned suggestions are found there too. One job at a time; edits
// during a job start another after it.
class LearnedSuggestions final : public QObject {
    Q_OBJECT

public:
    LearnedSuggestions(ProjectEditor &editor, const Analyzer &analyzer, const AnalysisRunner &analysis,
                       QObject *parent);
    ~LearnedSuggestions() override; // waits for the running job

    // The window shows `document` (id 0: none): its learned suggestions are found.
    void documentOpened(const DocumentRecord &document);
    // Learned suggestions in the open document, not yet filtered by annotations and rejections.
    const QList<Span> &suggestions() const { return m_suggestions; }
    qint64 documentId() const { return m_document.id; }
    bool isBusy() const { return m_watcher.isRunning() || m_delay.isActive(); }

signals:
    void updated(qint64 documentId);

private:
    struct Outcome {
        QList<LearnedModelRecord> trained;
        QList<learn::TagModel> models;
        qint64 documentId = 0;
        QList<Span> suggestions;
    };
    void start();
    void finish();

    ProjectEditor &m_editor;
    const Analyzer &m_analyzer;
    const AnalysisRunner &m_analysis;
    QTimer m_delay;
    QFutureWatcher<Outcome> m_watcher;
    QHash<qint64, QString> m_fingerprints; // per tag id, of the models in m_models
    QList<learn::TagModel> m_models;
    DocumentRecord m_document;
    QList<Span> m_suggestions;
    bool m_again = false;
};

} // namespace marginalia
