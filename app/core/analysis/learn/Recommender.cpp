// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/learn/Recommender.h"

#include "core/analysis/Analyzer.h"
#include "core/text/Text.h"

#include <algorithm>

namespace marginalia::learn {

namespace {

// Gold tags of tokens [first, last): Begin on the first token overlapping a tagged range, Inside on the
// following ones. `ranges` are UTF-16 and sorted.
std::vector<BioTag> goldTags(const TokenizedText &tokenized, int first, int last, const QList<CodePointRange> &ranges)
{
    std::vector<BioTag> tags(size_t(last - first), Outside);
    for (const CodePointRange &range : ranges) {
        bool begun = false;
        for (int i = first; i < last; ++i) {
            const LearnToken &token = tokenized.tokens[size_t(i)];
            if (token.end <= range.first || token.start >= range.second)
                continue;
            tags[size_t(i - first)] = begun ? Inside : Begin;
            begun = true;
        }
    }
    return tags;
}

bool lineTouches(const TokenizedText &tokenized, int first, int last, const QList<CodePointRange> &ranges)
{
    if (first >= last)
        return false;
    const int lineStart = tokenized.tokens[size_t(first)].start;
    const int lineEnd = tokenized.tokens[size_t(last - 1)].end;
    return std::ranges::any_of(ranges, [&](const CodePointRange &range) {
        return range.first < lineEnd && range.second > lineStart;
    });
}

QList<CodePointRange> toUtf16(const CodePointIndex &index, const QList<CodePointRange> &ranges)
{
    QList<CodePointRange> converted;
    converted.reserve(ranges.size());
    for (const CodePointRange &range : ranges)
        converted.append({index.toUtf16(range.first), index.toUtf16(range.second)});
    return converted;
}

} // namespace

QString learnedRule()
{
    return QStringLiteral("learned");
}

PreparedDocument prepareDocument(qint64 id, const QString &text, const QList<Span> &analysis)
{
    PreparedDocument prepared;
    prepared.id = id;
    prepared.text = text;
    prepared.tokens = tokenizeForLearning(text);
    prepared.rows = extractFeatures(text, prepared.tokens, analysis);
    return prepared;
}

PreparedDocument prepareDocument(const DocumentRecord &document, const Analyzer &analyzer)
{
    return prepareDocument(document.id, document.text, analyzer.analyze(document.text, document.blocks));
}

SequenceModel trainTagModel(const std::function<const PreparedDocument *(qint64)> &documentFor,
                            const QList<TagExamples> &examples)
{
    std::vector<TrainingLine> lines;
    for (const TagExamples &example : examples) {
        const PreparedDocument *document = documentFor(example.documentId);
        if (!document)
            continue;
        const CodePointIndex index(document->text);
        const QList<CodePointRange> tagged = toUtf16(index, example.tagged);
        const QList<CodePointRange> rejected = toUtf16(index, example.rejected);
        const TokenizedText &tokenized = document->tokens;
        // People tag from the top: lines after a document's last tagged passage may hold passages not
        // reached yet, so they are not taught as outside the tag.
        int taughtUntil = 0;
        for (const CodePointRange &range : tagged)
            taughtUntil = std::max(taughtUntil, range.second);
        for (size_t line = 0; line + 1 < tokenized.lineStarts.size(); ++line) {
            const int first = tokenized.lineStarts[line];
            const int last = tokenized.lineStarts[line + 1];
            const bool holdsRejection = lineTouches(tokenized, first, last, rejected);
            if (!holdsRejection && (first == last || tokenized.tokens[size_t(first)].start >= taughtUntil))
                continue;
            TrainingLine training{&document->rows, first, last, goldTags(tokenized, first, last, tagged)};
            // A rejected suggestion is negative evidence: its line counts twice.
            if (holdsRejection && !tagged.isEmpty())
                lines.push_back(training);
            lines.push_back(std::move(training));
        }
    }
    SequenceModel model;
    model.train(lines);
    return model;
}

QList<Span> suggestWithModel(const SequenceModel &model, const QString &tagName, const PreparedDocument &document)
{
    QList<Span> found;
    const TokenizedText &tokenized = document.tokens;
    const CodePointIndex index(document.text);
    std::vector<TagDecision> decisions;
    for (size_t line = 0; line + 1 < tokenized.lineStarts.size(); ++line) {
        const int first = tokenized.lineStarts[line];
        const int last = tokenized.lineStarts[line + 1];
        decisions.clear();
        model.decode(document.rows, first, last, decisions);
        for (int i = 0; i < int(decisions.size());) {
            if (decisions[size_t(i)].tag != Begin) {
                ++i;
                continue;
            }
            // A Begin right after a passage continues it: greedy decoding sometimes restarts a long one.
            int end = i + 1;
            double confidence = decisions[size_t(i)].probability;
            while (end < int(decisions.size()) && decisions[size_t(end)].tag != Outside)
                confidence += decisions[size_t(end++)].probability;
            if (end - i < model.shortestSpan()) {
                i = end;
                continue;
            }
            Span span;
            span.start = index.toCodePoint(tokenized.tokens[size_t(first + i)].start);
            span.end = index.toCodePoint(tokenized.tokens[size_t(first + end - 1)].end);
            span.label = tagName;
            span.rule = learnedRule();
            span.confidence = confidence / (end - i);
            found.append(span);
            i = end;
        }
    }
    return found;
}

} // namespace marginalia::learn
