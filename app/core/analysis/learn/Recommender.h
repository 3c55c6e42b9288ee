// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Span.h"
#include "core/analysis/learn/LearnFeatures.h"
#include "core/analysis/learn/SequenceModel.h"
#include "core/model/Model.h"

#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace marginalia {
class Analyzer;
}

namespace marginalia::learn {

// A tag is learned once it has this many annotations.
inline constexpr int kMinimumAnnotations = 5;
// The rule of every learned suggestion (Span::rule); the Span's label is the tag's name.
QString learnedRule();

// A document made ready for learning and suggesting: its tokens and their features, the built-in analysis
// labels included.
struct PreparedDocument {
    qint64 id = 0;
    QString text;
    TokenizedText tokens;
    FeatureRows rows;
};

PreparedDocument prepareDocument(qint64 id, const QString &text, const QList<Span> &analysis);
// The same, analysing the document first (content blocks only, as the Suggestions tab does).
PreparedDocument prepareDocument(const DocumentRecord &document, const Analyzer &analyzer);

using CodePointRange = std::pair<int, int>; // start, end (exclusive), code points

// What one document teaches about one tag: the passages tagged with it, and the learned suggestions of it
// that were rejected. A document with passages is learned up to its last tagged passage (every other token
// there is outside the tag); after it, and in a document with only rejections, only the lines holding
// rejections are.
struct TagExamples {
    qint64 documentId = 0;
    QList<CodePointRange> tagged;
    QList<CodePointRange> rejected;
};

// Trains a tag's model on `examples`, each document looked up by `documentFor` (nullptr: left out);
// deterministic for the same input.
SequenceModel trainTagModel(const std::function<const PreparedDocument *(qint64)> &documentFor,
                            const QList<TagExamples> &examples);

// The passages the model marks in `document`, as suggestions labelled `tagName`, rule learnedRule(),
// confidence the mean probability of their tokens' tags; sorted by start.
QList<Span> suggestWithModel(const SequenceModel &model, const QString &tagName, const PreparedDocument &document);

} // namespace marginalia::learn
