// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Vocabulary.h"
#include "core/text/Text.h"
#include "core/text/TextIndex.h"

#include <QString>

#include <utility>
#include <vector>

namespace marginalia {

// An annotated passage of the old version of a text: where it was (code points) and what it said.
struct AnchorTarget {
    int start = 0;
    int end = 0;
    QString quote;
    QString prefix; // the text just before, as stored with the annotation
    QString suffix; // the text just after
};

// Where a passage landed in the new version (code points; start == end for an orphan), how it was found,
// and how well the place agrees with it: 1 for quote and context equal, less as quote, context or
// position differ.
struct AnchorPlacement {
    AnchorStatus status = AnchorStatus::Orphaned;
    int start = 0;
    int end = 0;
    double score = 0;
};

// Moves annotated passages from one version of a text to the next. The new text is indexed once; each
// passage is then looked for as quote with its context (exact), as the quote alone with context that is
// still close or a quote long enough to stand alone, nearest the place the old position maps to (moved),
// and as a close match of quote and context near places where pieces of it occur (fuzzy). A passage that
// none of these finds is an orphan. Scores weigh quote, prefix, suffix and position 50:20:20:10.
class Reanchoring final {
public:
    Reanchoring(const QString &oldText, const QString &newText);

    AnchorPlacement place(const AnchorTarget &target) const;

    // The position in the new text (UTF-16) that `oldPosition` (UTF-16) maps to, by the stretches of text
    // both versions share.
    int mappedPosition(int oldPosition) const;

private:
    struct Candidate {
        int start = 0; // UTF-16 into the new text
        int end = 0;
        double quoteSimilarity = 0;
        double prefixSimilarity = 0;
        double suffixSimilarity = 0;
        double score = 0;
    };
    struct Passage; // a target in UTF-16, with its mapped position

    void findLandmarks(const QString &oldText);
    Candidate scored(const Passage &passage, int start, int end, double quoteSimilarity) const;
    bool placeExact(const Passage &passage, Candidate &found) const;
    bool placeMoved(const Passage &passage, Candidate &found) const;
    bool placeFuzzy(const Passage &passage, Candidate &found) const;
    std::vector<int> likelyStarts(const Passage &passage) const;
    Candidate alignedNear(const Passage &passage, int likelyStart) const;
    AnchorPlacement placement(AnchorStatus status, const Candidate &candidate) const;

    QString m_newText;
    TextIndex m_index;
    CodePointIndex m_oldCodePoints;
    CodePointIndex m_newCodePoints;
    int m_oldLength = 0;
    std::vector<std::pair<int, int>> m_landmarks; // (old, new) UTF-16 positions, both increasing
};

// How alike two strings are: 1 minus their edit distance over the longer length (1 for two empty ones).
double textSimilarity(QStringView left, QStringView right);

} // namespace marginalia
