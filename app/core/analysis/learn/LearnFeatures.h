// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Span.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace marginalia::learn {

// A token of the learned recommender: a run of letters and digits (with inner apostrophes, hyphens and
// digit separators) or one other visible character. UTF-16 offsets into the document text.
struct LearnToken {
    int start = 0;
    int end = 0;
};

// The tokens of a text cut into lines: the recommender decodes one line (paragraph) at a time.
struct TokenizedText {
    std::vector<LearnToken> tokens;
    std::vector<int> lineStarts; // index of each line's first token, then tokens.size()
};

TokenizedText tokenizeForLearning(QStringView text);

// Hashed token features, the same for every tag, so one extraction serves all of a project's models:
// row i holds ids[offsets[i]] .. ids[offsets[i + 1]] (each below kFeatureBuckets).
struct FeatureRows {
    std::vector<quint32> ids;
    std::vector<quint32> offsets;
};

// Feature ids are hashed into this many buckets (the hashing trick): a model is a fixed table, its memory
// and speed do not depend on the vocabulary seen.
inline constexpr quint32 kFeatureBuckets = 1u << 19;
// Bumped whenever features change meaning: stored models of another version are rebuilt.
inline constexpr int kFeatureVersion = 2;

// The features of every token: word, lower case, shape, prefixes and suffixes, word-list hits, neighbouring
// words, and the built-in analysis labels over the token (`analysis` as Analyzer::analyze returns them,
// code point offsets).
FeatureRows extractFeatures(const QString &text, const TokenizedText &tokens, const QList<Span> &analysis);

} // namespace marginalia::learn
