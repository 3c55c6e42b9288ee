// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/learn/LearnFeatures.h"
#include "core/model/Error.h"

#include <QByteArray>

#include <array>
#include <vector>

namespace marginalia::learn {

// BIO tags of one token: outside, first token of a span, inside a span after its first token.
enum BioTag : quint8 { Outside = 0, Begin = 1, Inside = 2 };
inline constexpr int kTagCount = 3;

// One line of training data: tokens [first, last) of a document's FeatureRows, with their gold tags.
struct TrainingLine {
    const FeatureRows *rows = nullptr;
    int first = 0;
    int last = 0;
    std::vector<BioTag> tags; // last - first of them
};

// A token's decision: its tag and how sure the model is of it (the tag's share of the softmax of its scores,
// scaled by the typical margin seen in training).
struct TagDecision {
    BioTag tag = Outside;
    float probability = 0.0f;
};

// A greedy left-to-right sequence tagger: an averaged perceptron over hashed token features plus
// tag-to-tag transition weights. Training is deterministic: lines in the order given, a fixed number of
// passes, the same shuffle each time.
class SequenceModel final {
public:
    SequenceModel();

    static constexpr int kEpochs = 8;
    // A feature seen fewer times than this in the training tokens keeps no weight: rare words would only
    // be learned by heart.
    static constexpr int kMinimumFeatureCount = 2;
    void train(const std::vector<TrainingLine> &lines);
    bool isTrained() const { return m_trained; }
    // The fewest tokens of a passage tagged in training: shorter runs are not suggested.
    int shortestSpan() const { return m_shortestSpan; }

    // Tags tokens [first, last) of `rows`; appends one decision per token to `out`.
    void decode(const FeatureRows &rows, int first, int last, std::vector<TagDecision> &out) const;

    QByteArray serialize() const;
    static Result<SequenceModel> deserialize(const QByteArray &data);

private:
    using Scores = std::array<float, kTagCount>;
    Scores score(const FeatureRows &rows, int token, int previousTag) const;
    void calibrate(const std::vector<TrainingLine> &lines);

    std::vector<float> m_weights; // kFeatureBuckets × kTagCount, averaged after training
    std::array<float, (kTagCount + 1) * kTagCount> m_transitions{}; // previous tag (or line start) × tag
    float m_scale = 1.0f; // scores are divided by it before the softmax: the typical margin in training
    int m_shortestSpan = 1;
    bool m_trained = false;
};

} // namespace marginalia::learn
