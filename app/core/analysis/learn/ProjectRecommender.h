// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/learn/Recommender.h"
#include "core/model/Error.h"
#include "core/model/Model.h"
#include "core/store/LearnedModelTable.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace marginalia {
class Analyzer;
class ProjectStore;
} // namespace marginalia

namespace marginalia::learn {

// What the project says about one learnable tag (one with at least kMinimumAnnotations annotations): its
// tagged passages and rejected learned suggestions per document, and a fingerprint of them (with the
// documents' content hashes and the feature version) that a stored model must carry to be current.
struct TagTrainingData {
    Tag tag;
    QString fingerprint;
    QList<TagExamples> examples;
};

// Every learnable tag of the project (only `tagName` when given), in tag order. Reads no document text.
Result<QList<TagTrainingData>> learnableTags(const ProjectStore &store,
                                             const std::optional<QString> &tagName = std::nullopt);

// Everything training one tag needs, read from the store on its own thread, so that
// trainLearnedModel() can then run on any thread.
struct TrainingJob {
    TagTrainingData data;
    QList<DocumentRecord> documents;
};
Result<TrainingJob> trainingJob(const ProjectStore &store, const TagTrainingData &data);
LearnedModelRecord trainLearnedModel(const TrainingJob &job, const Analyzer &analyzer);

// A tag's current model, ready to suggest.
struct TagModel {
    Tag tag;
    std::shared_ptr<const SequenceModel> model;
};

// Learned suggestions in one document for every model, without those already annotated or rejected
// (the same rule as for the built-in suggestions), sorted by start.
QList<Span> learnedSuggestions(const QList<TagModel> &models, const PreparedDocument &document,
                               const QList<Annotation> &annotations, const QList<Rejection> &rejections);

// The recommender over a project's store: current models are read from it, missing or stale ones (or all,
// with `retrain`) are trained again and saved.
class ProjectRecommender final {
public:
    ProjectRecommender(ProjectStore &store, const Analyzer &analyzer);

    Result<QList<TagModel>> models(const std::optional<QString> &tagName = std::nullopt, bool retrain = false);
    int trainedCount() const { return m_trained; } // models trained by the last models() call
    Result<QList<Span>> recommend(qint64 documentId, const QList<TagModel> &models);

private:
    ProjectStore &m_store;
    const Analyzer &m_analyzer;
    int m_trained = 0;
};

} // namespace marginalia::learn
