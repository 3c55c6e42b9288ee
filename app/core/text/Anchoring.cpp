// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/Anchoring.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <string>

namespace marginalia {

namespace {

// Old text is sampled every kLandmarkStep units with kLandmarkLength units; a sample found once in the
// new text pairs the two positions.
constexpr int kLandmarkStep = 64;
constexpr int kLandmarkLength = 24;
// A verbatim quote at least this long is taken as the passage even where its context changed.
constexpr int kDistinctiveLength = 24;
// Verbatim candidates weighed per passage, nearest the mapped position first.
constexpr int kMovedCandidates = 32;
// Pieces of a passage seen more often than this say nothing about where it is.
constexpr int kCommonPiece = 64;
// Quotes longer than this are aligned by their two ends only.
constexpr int kFullAlignmentLength = 1000;
constexpr int kEndLength = 200;
constexpr double kMinimumFuzzyQuote = 0.75;
// A changed quote at least this long may be placed on one unchanged side of context alone.
constexpr int kShortestWithOneSide = 5;

int editDistance(QStringView left, QStringView right)
{
    std::vector<int> previous(std::size_t(right.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t column = 0; column < previous.size(); ++column)
        previous[column] = int(column);
    for (qsizetype row = 1; row <= left.size(); ++row) {
        current[0] = int(row);
        for (qsizetype column = 1; column <= right.size(); ++column) {
            const int substitution = previous[column - 1] + (left[row - 1] == right[column - 1] ? 0 : 1);
            current[column] = std::min({substitution, previous[column] + 1, current[column - 1] + 1});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

struct Alignment {
    int length = 0;   // how many units of the window the pattern covers, from the window's start
    int distance = 0; // edits between the pattern and that stretch
};

// The stretch of `window` ending anywhere that matches `pattern` with the fewest edits, its start free:
// returns where the best stretch ends and its distance; of equally good ends, the one nearest `expectedEnd`
// (a quote whose last character changed ends as far with it as without it).
Alignment bestEnd(const std::u16string &pattern, const std::u16string &window, int expectedEnd)
{
    // Columns of the edit table for the window's last three positions; swapping two neighbouring letters
    // counts as one edit, as a typo fix does.
    const std::size_t rows = pattern.size();
    std::vector<int> beforePrevious(rows + 1), previous(rows + 1), current(rows + 1);
    for (std::size_t row = 0; row <= rows; ++row)
        previous[row] = int(row);
    Alignment best{0, int(rows)};
    for (std::size_t at = 0; at < window.size(); ++at) {
        current[0] = 0; // a free start
        for (std::size_t row = 1; row <= rows; ++row) {
            int cost = std::min({previous[row - 1] + (pattern[row - 1] == window[at] ? 0 : 1), previous[row] + 1,
                                 current[row - 1] + 1});
            if (row > 1 && at > 0 && pattern[row - 1] == window[at - 1] && pattern[row - 2] == window[at])
                cost = std::min(cost, beforePrevious[row - 2] + 1);
            current[row] = cost;
        }
        const int end = int(at) + 1;
        if (current[rows] < best.distance
            || (current[rows] == best.distance && std::abs(end - expectedEnd) < std::abs(best.length - expectedEnd)))
            best = {end, current[rows]};
        std::swap(beforePrevious, previous);
        std::swap(previous, current);
    }
    return best;
}

// Where `pattern` sits best inside `window` (UTF-16 indices into the window) and with how many edits.
struct Span16 {
    int start = 0;
    int end = 0;
    int distance = 0;
};
Span16 alignInside(QStringView pattern, QStringView window, int expectedEnd)
{
    const std::u16string forward(reinterpret_cast<const char16_t *>(pattern.utf16()), std::size_t(pattern.size()));
    const std::u16string text(reinterpret_cast<const char16_t *>(window.utf16()), std::size_t(window.size()));
    const Alignment ending = bestEnd(forward, text, expectedEnd);
    // The start is the end of the same alignment read backwards.
    const std::u16string backward(forward.rbegin(), forward.rend());
    const std::u16string before(text.rend() - ending.length, text.rend());
    const Alignment starting = bestEnd(backward, before, int(backward.size()));
    return {ending.length - starting.length, ending.length, ending.distance};
}

// Moves a UTF-16 boundary off the middle of a surrogate pair.
int onCodePoint(const QString &text, int position)
{
    if (position > 0 && position < text.size() && text.at(position).isLowSurrogate())
        return position - 1;
    return position;
}

} // namespace

double textSimilarity(QStringView left, QStringView right)
{
    const qsizetype longer = std::max(left.size(), right.size());
    if (longer == 0)
        return 1;
    return 1.0 - double(editDistance(left, right)) / double(longer);
}

struct Reanchoring::Passage {
    QStringView quote;
    QStringView prefix;
    QStringView suffix;
    int mapped = 0; // the old start mapped into the new text
};

Reanchoring::Reanchoring(const QString &oldText, const QString &newText)
    : m_newText(newText)
    , m_index(m_newText)
    , m_oldCodePoints(oldText)
    , m_newCodePoints(newText)
    , m_oldLength(int(oldText.size()))
{
    findLandmarks(oldText);
}

void Reanchoring::findLandmarks(const QString &oldText)
{
    std::vector<std::pair<int, int>> found;
    for (int at = 0; at + kLandmarkLength <= oldText.size(); at += kLandmarkStep) {
        const int position = m_index.uniqueOccurrence(QStringView(oldText).mid(at, kLandmarkLength));
        if (position >= 0)
            found.emplace_back(at, position);
    }
    // Keep the longest run whose new positions increase too (patience method), dropping samples that
    // were moved across others or matched by chance.
    std::vector<int> tails;        // index into found of the smallest tail of each run length
    std::vector<int> previous(found.size(), -1);
    for (int item = 0; item < int(found.size()); ++item) {
        const auto slot = std::lower_bound(tails.begin(), tails.end(), found[item].second,
                                           [&](int tail, int value) { return found[tail].second < value; });
        if (slot != tails.begin())
            previous[item] = *(slot - 1);
        if (slot == tails.end())
            tails.push_back(item);
        else
            *slot = item;
    }
    m_landmarks.resize(tails.size());
    for (int item = tails.empty() ? -1 : tails.back(), slot = int(tails.size()) - 1; item >= 0;
         item = previous[item], --slot)
        m_landmarks[slot] = found[item];
}

int Reanchoring::mappedPosition(int oldPosition) const
{
    const int newLength = int(m_newText.size());
    const auto after = std::upper_bound(m_landmarks.begin(), m_landmarks.end(), oldPosition,
                                        [](int value, const std::pair<int, int> &mark) { return value < mark.first; });
    if (after == m_landmarks.begin()) {
        if (after != m_landmarks.end()) // before the first landmark: keep the distance to it
            return qBound(0, after->second - (after->first - oldPosition), newLength);
        return m_oldLength == 0 ? 0 : int(qint64(oldPosition) * newLength / m_oldLength);
    }
    const auto &mark = *(after - 1);
    return qBound(0, mark.second + (oldPosition - mark.first), newLength);
}

Reanchoring::Candidate Reanchoring::scored(const Passage &passage, int start, int end, double quoteSimilarity) const
{
    // An empty side of the old context (the passage began or ended the text) is neither for nor against.
    auto sideSimilarity = [&](QStringView old, int from, int to) {
        if (old.isEmpty())
            return from == to ? 1.0 : 0.5;
        return textSimilarity(old, QStringView(m_newText).mid(from, to - from));
    };
    Candidate candidate{start, end, quoteSimilarity, 0, 0, 0};
    candidate.prefixSimilarity = sideSimilarity(passage.prefix, std::max(0, start - int(passage.prefix.size())), start);
    candidate.suffixSimilarity = sideSimilarity(passage.suffix, end,
                                                std::min(int(m_newText.size()), end + int(passage.suffix.size())));
    const double distance = std::abs(start - passage.mapped) / double(std::max<qsizetype>(1, m_newText.size()));
    const double position = 1.0 - std::min(1.0, distance);
    candidate.score = (50 * quoteSimilarity + 20 * candidate.prefixSimilarity + 20 * candidate.suffixSimilarity
                       + 10 * position)
                      / 100;
    return candidate;
}

bool Reanchoring::placeExact(const Passage &passage, Candidate &found) const
{
    const QString whole = passage.prefix.toString() + passage.quote + passage.suffix;
    const QList<int> hits = m_index.occurrences(whole);
    if (hits.isEmpty())
        return false;
    const int offset = int(passage.prefix.size());
    int best = -1;
    for (int hit : hits) {
        if (best < 0 || std::abs(hit + offset - passage.mapped) < std::abs(best + offset - passage.mapped))
            best = hit;
    }
    found = scored(passage, best + offset, best + offset + int(passage.quote.size()), 1.0);
    found.score = 1.0;
    return true;
}

bool Reanchoring::placeMoved(const Passage &passage, Candidate &found) const
{
    int keyMatches = 0;
    QList<int> starts = m_index.occurrences(passage.quote, 4 * kCommonPiece, &keyMatches);
    if (keyMatches > 4 * kCommonPiece) {
        // A common quote: only places where one neighbour of it is still the same count.
        const QStringView before = passage.prefix.right(TextIndex::kKeyLength);
        starts.clear();
        for (int hit : m_index.occurrences(QString(before.toString() + passage.quote), 4 * kCommonPiece))
            starts.append(hit + int(before.size()));
        starts += m_index.occurrences(QString(passage.quote.toString() + passage.suffix.left(TextIndex::kKeyLength)),
                                      4 * kCommonPiece);
    }
    if (starts.isEmpty())
        return false;
    std::sort(starts.begin(), starts.end(),
              [&](int left, int right) { return std::abs(left - passage.mapped) < std::abs(right - passage.mapped); });
    const int length = int(passage.quote.size());
    bool placed = false;
    for (qsizetype at = 0; at < std::min<qsizetype>(starts.size(), kMovedCandidates); ++at) {
        const Candidate candidate = scored(passage, starts.at(at), starts.at(at) + length, 1.0);
        const double context = (candidate.prefixSimilarity + candidate.suffixSimilarity) / 2;
        const bool supported = length >= kDistinctiveLength || context >= 0.6
                               || std::max(candidate.prefixSimilarity, candidate.suffixSimilarity) >= 0.75;
        if (supported && (!placed || candidate.score > found.score)) {
            found = candidate;
            placed = true;
        }
    }
    return placed;
}

std::vector<int> Reanchoring::likelyStarts(const Passage &passage) const
{
    // Each piece of prefix + quote + suffix found in the new text votes for where the quote starts.
    const QString whole = passage.prefix.toString() + passage.quote + passage.suffix;
    const int offset = int(passage.prefix.size());
    std::vector<int> votes;
    for (int at = 0; at + TextIndex::kKeyLength <= whole.size(); at += TextIndex::kKeyLength) {
        int keyMatches = 0;
        const QList<int> hits = m_index.occurrences(QStringView(whole).mid(at, TextIndex::kKeyLength), kCommonPiece,
                                                    &keyMatches);
        if (keyMatches > kCommonPiece)
            continue;
        for (int hit : hits)
            votes.push_back(hit - (at - offset));
    }
    std::sort(votes.begin(), votes.end());
    // Votes within `slack` of each other are one place; the three best supported places are tried.
    const int slack = std::max(16, int(passage.quote.size()) / 4);
    std::vector<std::pair<int, int>> places; // (votes, start)
    for (std::size_t first = 0, last = 0; first < votes.size(); ++first) {
        while (last < votes.size() && votes[last] - votes[first] <= slack)
            ++last;
        places.emplace_back(int(last - first), votes[first + (last - first) / 2]);
    }
    std::sort(places.begin(), places.end(),
              [](const auto &left, const auto &right) { return left.first > right.first; });
    std::vector<int> starts;
    for (const auto &[count, start] : places) {
        const bool near = std::any_of(starts.begin(), starts.end(),
                                      [&](int s) { return std::abs(s - start) <= slack; });
        if (!near)
            starts.push_back(start);
        if (starts.size() == 3)
            break;
    }
    return starts;
}

Reanchoring::Candidate Reanchoring::alignedNear(const Passage &passage, int likelyStart) const
{
    const int length = int(passage.quote.size());
    const int slack = std::max(16, length / 4);
    const QStringView text(m_newText);
    // Aligns `pattern` inside [from, to), expecting it to start `slack` after `from`.
    auto alignIn = [&](QStringView pattern, int from, int to) {
        const int expectedEnd = from + slack + int(pattern.size());
        from = std::clamp(from, 0, int(text.size()));
        to = std::clamp(to, from, int(text.size()));
        Span16 span = alignInside(pattern, text.mid(from, to - from), expectedEnd - from);
        return Span16{span.start + from, span.end + from, span.distance};
    };
    if (length <= kFullAlignmentLength) {
        const Span16 span = alignIn(passage.quote, likelyStart - slack, likelyStart + length + slack);
        return scored(passage, span.start, span.end,
                      1.0 - double(span.distance) / std::max(length, span.end - span.start));
    }
    // A long quote: its start and its end are found apart, and the worse of the two ends counts.
    const Span16 head = alignIn(passage.quote.left(kEndLength), likelyStart - slack, likelyStart + kEndLength + slack);
    const int tailStart = head.start + length - kEndLength;
    const Span16 tail = alignIn(passage.quote.right(kEndLength), tailStart - slack, tailStart + kEndLength + slack);
    const double similarity = 1.0 - double(std::max(head.distance, tail.distance)) / kEndLength;
    return scored(passage, head.start, std::max(head.start + 1, tail.end), similarity);
}

bool Reanchoring::placeFuzzy(const Passage &passage, Candidate &found) const
{
    bool placed = false;
    for (int start : likelyStarts(passage)) {
        const Candidate candidate = alignedNear(passage, start);
        if (candidate.end <= candidate.start)
            continue;
        // A close quote needs some context unless it is long; where the context is all but unchanged, the
        // words between may have changed more (a misspelt name corrected).
        const double context = (candidate.prefixSimilarity + candidate.suffixSimilarity) / 2;
        const double closerSide = std::max(candidate.prefixSimilarity, candidate.suffixSimilarity);
        const bool closeQuote = candidate.quoteSimilarity >= kMinimumFuzzyQuote
                                && (passage.quote.size() >= kDistinctiveLength || context >= 0.6
                                    || (closerSide >= 0.9 && passage.quote.size() >= kShortestWithOneSide));
        const bool sameSetting = candidate.quoteSimilarity >= 0.5 && context >= 0.8;
        const bool supported = closeQuote || sameSetting;
        if (supported && (!placed || candidate.score > found.score)) {
            found = candidate;
            placed = true;
        }
    }
    return placed;
}

AnchorPlacement Reanchoring::placement(AnchorStatus status, const Candidate &candidate) const
{
    const int start = m_newCodePoints.toCodePoint(onCodePoint(m_newText, candidate.start));
    int end = m_newCodePoints.toCodePoint(onCodePoint(m_newText, candidate.end));
    if (end <= start)
        end = std::min(start + 1, m_newCodePoints.codePointCount());
    return {status, start, end, std::round(candidate.score * 1000) / 1000};
}

AnchorPlacement Reanchoring::place(const AnchorTarget &target) const
{
    if (target.quote.isEmpty() || m_newText.isEmpty())
        return {AnchorStatus::Orphaned, 0, 0, 0};
    const int oldStart = m_oldCodePoints.toUtf16(std::clamp(target.start, 0, m_oldCodePoints.codePointCount()));
    const Passage passage{target.quote, target.prefix, target.suffix, mappedPosition(oldStart)};
    Candidate found;
    if (placeExact(passage, found))
        return placement(AnchorStatus::Exact, found);
    if (placeMoved(passage, found))
        return placement(AnchorStatus::Moved, found);
    if (placeFuzzy(passage, found)) {
        const bool sameQuote = QStringView(m_newText).mid(found.start, found.end - found.start) == passage.quote;
        return placement(sameQuote ? AnchorStatus::Moved : AnchorStatus::Fuzzy, found);
    }
    const int hint = m_newCodePoints.toCodePoint(onCodePoint(m_newText, passage.mapped));
    return {AnchorStatus::Orphaned, hint, hint, 0};
}

} // namespace marginalia
