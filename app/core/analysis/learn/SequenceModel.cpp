// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/learn/SequenceModel.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace marginalia::learn {

namespace {

constexpr int kLineStartTag = kTagCount; // the "previous tag" of a line's first token
constexpr quint32 kMagic = 0x4D4C5032;   // "MLP2"

// Inside may only follow Begin or Inside: a span never starts in its middle.
bool allowed(int tag, int previousTag)
{
    return tag != Inside || previousTag == Begin || previousTag == Inside;
}

int bestTag(const std::array<float, kTagCount> &scores, int previousTag)
{
    int best = Outside;
    for (int tag = 1; tag < kTagCount; ++tag)
        if (allowed(tag, previousTag) && scores[size_t(tag)] > scores[size_t(best)])
            best = tag;
    return best;
}

// The order of the lines in each pass: shuffled by our own Fisher-Yates over mt19937, whose output the
// standard fixes, so training gives the same model on every platform.
std::vector<size_t> passOrder(size_t count, std::mt19937 &random)
{
    std::vector<size_t> order(count);
    std::iota(order.begin(), order.end(), size_t(0));
    for (size_t i = count; i > 1; --i)
        std::swap(order[i - 1], order[size_t(random() % i)]);
    return order;
}

} // namespace

SequenceModel::SequenceModel()
    : m_weights(size_t(kFeatureBuckets) * kTagCount, 0.0f)
{
}

SequenceModel::Scores SequenceModel::score(const FeatureRows &rows, int token, int previousTag) const
{
    Scores scores{m_transitions[size_t(previousTag * kTagCount)], m_transitions[size_t(previousTag * kTagCount + 1)],
                  m_transitions[size_t(previousTag * kTagCount + 2)]};
    const float *weights = m_weights.data();
    for (quint32 k = rows.offsets[size_t(token)]; k < rows.offsets[size_t(token) + 1]; ++k) {
        const float *row = weights + size_t(rows.ids[k]) * kTagCount;
        scores[0] += row[0];
        scores[1] += row[1];
        scores[2] += row[2];
    }
    return scores;
}

void SequenceModel::train(const std::vector<TrainingLine> &lines)
{
    // Averaging by the usual trick: keep the running weights and the sum of (update step × change); the
    // average is weights − sum / steps.
    std::fill(m_weights.begin(), m_weights.end(), 0.0f);
    m_transitions.fill(0.0f);
    std::vector<double> weightSums(m_weights.size(), 0.0);
    std::vector<quint16> featureCounts(kFeatureBuckets, 0);
    m_shortestSpan = std::numeric_limits<int>::max();
    for (const TrainingLine &line : lines) {
        for (quint32 k = line.rows->offsets[size_t(line.first)]; k < line.rows->offsets[size_t(line.last)]; ++k)
            featureCounts[line.rows->ids[k]] = quint16(std::min(featureCounts[line.rows->ids[k]] + 1, 0xFFFF));
        for (size_t i = 0; i < line.tags.size(); ++i) {
            if (line.tags[i] != Begin)
                continue;
            size_t end = i + 1;
            while (end < line.tags.size() && line.tags[end] == Inside)
                ++end;
            m_shortestSpan = std::min(m_shortestSpan, int(end - i));
        }
    }
    if (m_shortestSpan == std::numeric_limits<int>::max())
        m_shortestSpan = 1;
    std::array<double, (kTagCount + 1) * kTagCount> transitionSums{};
    double step = 1.0;
    std::mt19937 random(20261127u);
    for (int epoch = 0; epoch < kEpochs; ++epoch) {
        for (size_t lineIndex : passOrder(lines.size(), random)) {
            const TrainingLine &line = lines[lineIndex];
            int previous = kLineStartTag;
            for (int token = line.first; token < line.last; ++token, step += 1.0) {
                const int gold = line.tags[size_t(token - line.first)];
                const int guess = bestTag(score(*line.rows, token, previous), previous);
                if (guess != gold) {
                    const auto update = [&](size_t index, float change) {
                        m_weights[index] += change;
                        weightSums[index] += step * change;
                    };
                    for (quint32 k = line.rows->offsets[size_t(token)]; k < line.rows->offsets[size_t(token) + 1];
                         ++k) {
                        if (featureCounts[line.rows->ids[k]] < kMinimumFeatureCount)
                            continue;
                        const size_t base = size_t(line.rows->ids[k]) * kTagCount;
                        update(base + size_t(gold), 1.0f);
                        update(base + size_t(guess), -1.0f);
                    }
                    m_transitions[size_t(previous * kTagCount + gold)] += 1.0f;
                    transitionSums[size_t(previous * kTagCount + gold)] += step;
                    m_transitions[size_t(previous * kTagCount + guess)] -= 1.0f;
                    transitionSums[size_t(previous * kTagCount + guess)] -= step;
                }
                // The guess, not the gold tag, is what decoding will have seen before the next token.
                previous = guess;
            }
        }
    }
    for (size_t i = 0; i < m_weights.size(); ++i)
        m_weights[i] -= float(weightSums[i] / step);
    for (size_t i = 0; i < m_transitions.size(); ++i)
        m_transitions[i] -= float(transitionSums[i] / step);
    m_trained = true;
    calibrate(lines);
}

void SequenceModel::calibrate(const std::vector<TrainingLine> &lines)
{
    // The mean margin between the best and the runner-up tag over the training tokens: a token that
    // wins by that much gets about 73% against one rival.
    double margins = 0.0;
    qint64 count = 0;
    for (const TrainingLine &line : lines) {
        int previous = kLineStartTag;
        for (int token = line.first; token < line.last; ++token) {
            const Scores scores = score(*line.rows, token, previous);
            const int best = bestTag(scores, previous);
            float runnerUp = -std::numeric_limits<float>::max();
            for (int tag = 0; tag < kTagCount; ++tag)
                if (tag != best && allowed(tag, previous))
                    runnerUp = std::max(runnerUp, scores[size_t(tag)]);
            margins += double(scores[size_t(best)] - runnerUp);
            ++count;
            previous = best;
        }
    }
    m_scale = count > 0 && margins > 0.0 ? float(margins / double(count)) : 1.0f;
}

void SequenceModel::decode(const FeatureRows &rows, int first, int last, std::vector<TagDecision> &out) const
{
    int previous = kLineStartTag;
    for (int token = first; token < last; ++token) {
        const Scores scores = score(rows, token, previous);
        const int tag = bestTag(scores, previous);
        double total = 0.0;
        for (int other = 0; other < kTagCount; ++other)
            if (allowed(other, previous))
                total += std::exp(double(scores[size_t(other)] - scores[size_t(tag)]) / double(m_scale));
        out.push_back({BioTag(tag), float(1.0 / total)});
        previous = tag;
    }
}

QByteArray SequenceModel::serialize() const
{
    // Sparse: only the buckets some feature reached (a few percent of the table).
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_5);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << kMagic << quint32(kFeatureVersion) << quint32(kFeatureBuckets) << quint8(m_trained) << m_scale
        << qint32(m_shortestSpan);
    for (float transition : m_transitions)
        out << transition;
    for (quint32 bucket = 0; bucket < kFeatureBuckets; ++bucket) {
        const float *row = m_weights.data() + size_t(bucket) * kTagCount;
        if (row[0] != 0.0f || row[1] != 0.0f || row[2] != 0.0f)
            out << bucket << row[0] << row[1] << row[2];
    }
    return qCompress(raw);
}

Result<SequenceModel> SequenceModel::deserialize(const QByteArray &data)
{
    const QByteArray raw = qUncompress(data);
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_5);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0, version = 0, buckets = 0;
    quint8 trained = 0;
    float scale = 1.0f;
    qint32 shortestSpan = 1;
    in >> magic >> version >> buckets >> trained >> scale >> shortestSpan;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != quint32(kFeatureVersion)
        || buckets != kFeatureBuckets)
        return failure(Error::Kind::BadInput, QStringLiteral("The stored learned model is of another version; it "
                                                             "will be trained again."));
    SequenceModel model;
    model.m_trained = trained != 0;
    model.m_scale = scale > 0.0f ? scale : 1.0f;
    model.m_shortestSpan = std::max(1, int(shortestSpan));
    for (float &transition : model.m_transitions)
        in >> transition;
    while (!in.atEnd() && in.status() == QDataStream::Ok) {
        quint32 bucket = 0;
        float weights[kTagCount];
        in >> bucket >> weights[0] >> weights[1] >> weights[2];
        if (in.status() != QDataStream::Ok || bucket >= kFeatureBuckets)
            break;
        std::copy(weights, weights + kTagCount, model.m_weights.begin() + qsizetype(bucket) * kTagCount);
    }
    if (in.status() != QDataStream::Ok)
        return failure(Error::Kind::BadInput, QStringLiteral("The stored learned model is damaged; it will be "
                                                             "trained again."));
    return model;
}

} // namespace marginalia::learn
