// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/LearnedSuggestions.h"

#include "core/analysis/Analyzer.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "gui/window/AnalysisRunner.h"

#include <QLoggingCategory>
#include <QtConcurrent>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcLearn, "marginalia.learn", QtWarningMsg)

namespace marginalia {

namespace {

// Long enough that tagging several passages in a row trains once, short enough to feel immediate.
constexpr int kTrainingDelayMs = 700;

std::shared_ptr<const learn::SequenceModel> loadModel(const QByteArray &data)
{
    auto model = learn::SequenceModel::deserialize(data);
    if (!model)
        return nullptr;
    return std::make_shared<const learn::SequenceModel>(std::move(*model));
}

} // namespace

LearnedSuggestions::LearnedSuggestions(ProjectEditor &editor, const Analyzer &analyzer, const AnalysisRunner &analysis,
                                       QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_analyzer(analyzer)
    , m_analysis(analysis)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(kTrainingDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &LearnedSuggestions::start);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &LearnedSuggestions::finish);
    const auto later = [this] { m_delay.start(); };
    connect(&editor, &ProjectEditor::annotationAdded, this, later);
    connect(&editor, &ProjectEditor::annotationChanged, this, later);
    connect(&editor, &ProjectEditor::annotationRemoved, this, later);
    connect(&editor, &ProjectEditor::rejectionsChanged, this, later);
    connect(&editor, &ProjectEditor::tagsChanged, this, later);
    connect(&editor, &ProjectEditor::documentReplaced, this, later);
}

LearnedSuggestions::~LearnedSuggestions()
{
    m_watcher.waitForFinished();
}

void LearnedSuggestions::documentOpened(const DocumentRecord &document)
{
    m_document = document;
    m_suggestions.clear();
    emit updated(m_document.id);
    if (m_document.id != 0)
        m_delay.start(0);
}

void LearnedSuggestions::start()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const ProjectStore &store = m_editor.store();
    auto learnable = learn::learnableTags(store);
    if (!learnable) {
        qCWarning(lcLearn) << "cannot read what to learn:" << learnable.error().message;
        return;
    }
    // Current models are kept or read from the project; the others are trained on the worker.
    QList<learn::TagModel> current;
    QList<learn::TrainingJob> jobs;
    QHash<qint64, QString> fingerprints;
    for (const learn::TagTrainingData &data : std::as_const(*learnable)) {
        fingerprints.insert(data.tag.id, data.fingerprint);
        const auto kept = std::ranges::find(m_models, data.tag.id,
                                            [](const learn::TagModel &model) { return model.tag.id; });
        if (kept != m_models.end() && m_fingerprints.value(data.tag.id) == data.fingerprint) {
            current.append({data.tag, kept->model});
            continue;
        }
        const auto stored = store.learnedModel(data.tag.id);
        if (stored && *stored && (*stored)->fingerprint == data.fingerprint) {
            if (auto model = loadModel((*stored)->data)) {
                current.append({data.tag, model});
                continue;
            }
        }
        if (auto job = learn::trainingJob(store, data))
            jobs.append(*job);
        else
            qCWarning(lcLearn) << "cannot read the documents of" << data.tag.name << ":" << job.error().message;
    }
    m_fingerprints = fingerprints;
    const QList<Span> *analysed = m_analysis.results(m_document.id);
    m_watcher.setFuture(QtConcurrent::run([analyzer = &m_analyzer, current, jobs, document = m_document,
                                           analysis = analysed ? std::optional(*analysed) : std::nullopt] {
        Outcome outcome;
        outcome.models = current;
        for (const learn::TrainingJob &job : jobs) {
            outcome.trained.append(learn::trainLearnedModel(job, *analyzer));
            if (auto model = loadModel(outcome.trained.last().data))
                outcome.models.append({job.data.tag, model});
        }
        outcome.documentId = document.id;
        if (document.id == 0 || outcome.models.isEmpty())
            return outcome;
        const learn::PreparedDocument prepared =
            learn::prepareDocument(document.id, document.text,
                                   analysis ? *analysis : analyzer->analyze(document.text, document.blocks));
        for (const learn::TagModel &tagModel : std::as_const(outcome.models))
            outcome.suggestions.append(learn::suggestWithModel(*tagModel.model, tagModel.tag.name, prepared));
        std::ranges::stable_sort(outcome.suggestions, {}, &Span::start);
        return outcome;
    }));
}

void LearnedSuggestions::finish()
{
    const Outcome outcome = m_watcher.result();
    for (const LearnedModelRecord &record : outcome.trained)
        if (auto saved = m_editor.saveLearnedModel(record); !saved)
            qCWarning(lcLearn) << "cannot keep a learned model:" << saved.error().message;
    m_models = outcome.models;
    if (outcome.documentId == m_document.id) {
        m_suggestions = outcome.suggestions;
        emit updated(m_document.id);
    } else {
        m_again = true; // another document was opened meanwhile
    }
    if (std::exchange(m_again, false))
        start();
}

} // namespace marginalia
