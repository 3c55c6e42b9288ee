// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/learn/ProjectRecommender.h"

#include "core/edit/SuggestionRules.h"
#include "core/store/ProjectStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace marginalia::learn {

namespace {

void addNumber(QCryptographicHash &hash, qint64 value)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value));
}

QString fingerprintOf(const QList<TagExamples> &examples, const QHash<qint64, QString> &contentHashes)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    addNumber(hash, kFeatureVersion);
    addNumber(hash, SequenceModel::kEpochs);
    for (const TagExamples &example : examples) {
        addNumber(hash, example.documentId);
        hash.addData(contentHashes.value(example.documentId).toUtf8());
        for (const auto *ranges : {&example.tagged, &example.rejected}) {
            addNumber(hash, ranges->size());
            for (const CodePointRange &range : *ranges) {
                addNumber(hash, range.first);
                addNumber(hash, range.second);
            }
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result<QList<TagTrainingData>> learnableTags(const ProjectStore &store, const std::optional<QString> &tagName)
{
    auto tags = store.tags();
    auto annotations = store.annotations();
    auto documents = store.documents();
    if (!tags || !annotations || !documents)
        return std::unexpected(!tags ? tags.error() : !annotations ? annotations.error() : documents.error());
    QHash<qint64, QString> contentHashes;
    // Rejections are labelled with the tag's name (a learned suggestion's label), per document.
    QHash<QString, QMap<qint64, QList<CodePointRange>>> rejectedByLabel;
    for (const DocumentRecord &document : std::as_const(*documents)) {
        contentHashes.insert(document.id, document.contentHash);
        auto rejections = store.rejections(document.id);
        if (!rejections)
            return std::unexpected(rejections.error());
        for (const Rejection &rejection : std::as_const(*rejections))
            rejectedByLabel[rejection.label][document.id].append({rejection.start, rejection.end});
    }
    QList<TagTrainingData> learnable;
    for (const Tag &tag : std::as_const(*tags)) {
        if (tagName && tag.name.compare(*tagName, Qt::CaseInsensitive) != 0)
            continue;
        QMap<qint64, TagExamples> perDocument; // ordered by document id: a fixed training order
        int count = 0;
        for (const Annotation &annotation : std::as_const(*annotations)) {
            if (annotation.tagId != tag.id)
                continue;
            ++count;
            TagExamples &examples = perDocument[annotation.documentId];
            examples.documentId = annotation.documentId;
            examples.tagged.append({annotation.start, annotation.end});
        }
        if (count < kMinimumAnnotations)
            continue;
        const auto rejected = rejectedByLabel.value(tag.name);
        for (auto it = rejected.cbegin(); it != rejected.cend(); ++it) {
            TagExamples &examples = perDocument[it.key()];
            examples.documentId = it.key();
            examples.rejected = it.value();
        }
        const QList<TagExamples> examples = perDocument.values();
        learnable.append({tag, fingerprintOf(examples, contentHashes), examples});
    }
    return learnable;
}

Result<TrainingJob> trainingJob(const ProjectStore &store, const TagTrainingData &data)
{
    TrainingJob job{data, {}};
    for (const TagExamples &example : data.examples) {
        auto document = store.document(example.documentId);
        if (!document)
            return std::unexpected(document.error());
        job.documents.append(*document);
    }
    return job;
}

LearnedModelRecord trainLearnedModel(const TrainingJob &job, const Analyzer &analyzer)
{
    QHash<qint64, PreparedDocument> prepared;
    for (const DocumentRecord &document : job.documents)
        prepared.insert(document.id, prepareDocument(document, analyzer));
    const SequenceModel model = trainTagModel(
        [&prepared](qint64 id) {
            const auto found = prepared.constFind(id);
            return found == prepared.cend() ? nullptr : &*found;
        },
        job.data.examples);
    return LearnedModelRecord{job.data.tag.id, job.data.fingerprint, model.serialize()};
}

QList<Span> learnedSuggestions(const QList<TagModel> &models, const PreparedDocument &document,
                               const QList<Annotation> &annotations, const QList<Rejection> &rejections)
{
    QList<Span> found;
    for (const TagModel &tagModel : models)
        found.append(suggestWithModel(*tagModel.model, tagModel.tag.name, document));
    std::ranges::stable_sort(found, {}, &Span::start);
    return openSuggestions(found, annotations, rejections);
}

ProjectRecommender::ProjectRecommender(ProjectStore &store, const Analyzer &analyzer)
    : m_store(store)
    , m_analyzer(analyzer)
{
}

Result<QList<TagModel>> ProjectRecommender::models(const std::optional<QString> &tagName, bool retrain)
{
    m_trained = 0;
    auto learnable = learnableTags(m_store, tagName);
    if (!learnable)
        return std::unexpected(learnable.error());
    QList<TagModel> models;
    for (const TagTrainingData &data : std::as_const(*learnable)) {
        auto stored = m_store.learnedModel(data.tag.id);
        if (!stored)
            return std::unexpected(stored.error());
        if (!retrain && *stored && (*stored)->fingerprint == data.fingerprint) {
            if (auto model = SequenceModel::deserialize((*stored)->data)) {
                models.append({data.tag, std::make_shared<const SequenceModel>(std::move(*model))});
                continue;
            }
        }
        auto job = trainingJob(m_store, data);
        if (!job)
            return std::unexpected(job.error());
        const LearnedModelRecord record = trainLearnedModel(*job, m_analyzer);
        ++m_trained;
        if (auto saved = m_store.saveLearnedModel(record); !saved)
            return std::unexpected(saved.error());
        auto model = SequenceModel::deserialize(record.data);
        if (!model)
            return std::unexpected(model.error());
        models.append({data.tag, std::make_shared<const SequenceModel>(std::move(*model))});
    }
    return models;
}

Result<QList<Span>> ProjectRecommender::recommend(qint64 documentId, const QList<TagModel> &models)
{
    auto document = m_store.document(documentId);
    auto annotations = m_store.annotations(documentId);
    auto rejections = m_store.rejections(documentId);
    if (!document || !annotations || !rejections)
        return std::unexpected(!document ? document.error() : !annotations ? annotations.error() : rejections.error());
    if (models.isEmpty())
        return QList<Span>();
    return learnedSuggestions(models, prepareDocument(*document, m_analyzer), *annotations, *rejections);
}

} // namespace marginalia::learn
