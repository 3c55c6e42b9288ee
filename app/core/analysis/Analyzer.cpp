// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/Analyzer.h"

#include "core/analysis/AnalysisContext.h"
#include "core/analysis/Lexicon.h"
#include "core/analysis/Stage.h"
#include "core/analysis/SyntaxDefinitions.h"
#include "core/analysis/stages/ClaimStage.h"
#include "core/analysis/stages/ConsistencyStage.h"
#include "core/analysis/stages/EntityTypeStage.h"
#include "core/analysis/stages/HeadlineStage.h"
#include "core/analysis/stages/NameChunkStage.h"
#include "core/analysis/stages/NumberStage.h"
#include "core/analysis/stages/SentenceStage.h"
#include "core/analysis/stages/SpanOrderStage.h"
#include "core/analysis/stages/TokenizerStage.h"
#include "core/text/Text.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace marginalia {

using namespace analysis;

namespace {

const Lexicon &sharedLexicon()
{
    static const Lexicon lexicon;
    return lexicon;
}

// The stages, in the order they run. Line stages run once per line of each content block, document stages
// once per analyze() call.
struct Pipeline {
    TokenizerStage tokenizer;
    HeadlineStage headline;
    SentenceStage sentences;
    NumberStage numbers;
    NameChunkStage nameChunks;
    EntityTypeStage entityTypes;
    ClaimStage claims;
    ConsistencyStage consistency;
    SpanOrderStage spanOrder;

    const Stage *const lineStages[7] = {&tokenizer,  &headline,    &sentences, &numbers,
                                        &nameChunks, &entityTypes, &claims};
    const Stage *const documentStages[2] = {&consistency, &spanOrder};
};

const Pipeline &pipeline()
{
    static const Pipeline stages;
    return stages;
}

// UTF-16 positions of the low surrogates of pairs (what CodePointIndex keeps), found with a tight loop:
// most texts have none, and then offsets need no conversion at all
std::vector<int> lowSurrogatePositions(const QString &input)
{
    std::vector<int> lowSurrogates;
    const auto *p = reinterpret_cast<const char16_t *>(input.utf16());
    const qsizetype n = input.size();
    qsizetype block = 0;
    for (; block < n; block += 64) {
        const qsizetype end = std::min<qsizetype>(block + 64, n);
        bool any = end - block < 64;
        // four code units at a time: a lane of (u & 0xF800) ^ 0xD800 is zero for a surrogate
        for (qsizetype i = block; i < end && !any; i += 4) {
            quint64 v;
            std::memcpy(&v, p + i, 8);
            const quint64 x = (v & 0xF800F800F800F800ULL) ^ 0xD800D800D800D800ULL;
            any = ((x - 0x0001000100010001ULL) & ~x & 0x8000800080008000ULL) != 0;
        }
        if (!any)
            continue;
        for (qsizetype i = std::max<qsizetype>(block, 1); i < end; ++i)
            if ((p[i] & 0xFC00) == 0xDC00 && (p[i - 1] & 0xFC00) == 0xD800)
                lowSurrogates.push_back(int(i));
    }
    return lowSurrogates;
}

// The UTF-16 ranges to analyse (content blocks, or the whole text) and which of them are headings
struct Ranges {
    QList<std::pair<int, int>> ranges;
    QList<int> headingStarts;
};

Ranges contentRanges(const QString &input, const QList<Block> &blocks, const std::vector<int> &lowSurrogates)
{
    Ranges result;
    if (blocks.isEmpty()) {
        result.ranges.append({0, int(input.size())});
        return result;
    }
    // CodePointIndex::toUtf16 on the list above
    const int length = int(input.size());
    auto toUtf16 = [&](int codePoint) {
        if (lowSurrogates.empty())
            return std::clamp(codePoint, 0, length);
        int lo = codePoint, hi = codePoint + int(lowSurrogates.size());
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            const int before = int(std::upper_bound(lowSurrogates.cbegin(), lowSurrogates.cend(), mid)
                                   - lowSurrogates.cbegin());
            if (mid - before < codePoint)
                lo = mid + 1;
            else
                hi = mid;
        }
        return std::clamp(lo, 0, length);
    };
    for (const Block &b : blocks)
        if (isContentKind(b.kind)) {
            result.ranges.append({toUtf16(b.start), toUtf16(b.end)});
            if (b.kind == BlockKind::Heading)
                result.headingStarts.append(result.ranges.constLast().first);
        }
    return result;
}

// Runs the line stages over every line of the ranges; false when cancelled
bool runLines(AnalysisContext &ctx, DefinitionRunner &definitions, const Ranges &ranges, const AnalysisControl &control)
{
    const QStringView text = ctx.text;
    qint64 total = 0;
    for (const auto &r : ranges.ranges)
        total += r.second - r.first;
    qint64 done = 0;
    qint64 lastReport = 0;
    for (const auto &[rs, re] : std::as_const(ranges.ranges)) {
        int pos = rs;
        while (pos < re) {
            if (control.cancelled && control.cancelled->load(std::memory_order_relaxed))
                return false;
            int nl = int(text.indexOf(u'\n', pos));
            if (nl < 0 || nl > re)
                nl = re;
            if (nl > pos) {
                definitions.runLine(text.mid(pos, nl - pos), pos);
                ctx.lineStart = pos;
                ctx.lineEnd = nl;
                // a headline: a heading block, or the text's first line when it is short
                ctx.headline = ranges.headingStarts.contains(pos)
                               || (pos == ranges.ranges.constFirst().first && nl - pos <= 120);
                for (const Stage *stage : pipeline().lineStages)
                    stage->run(ctx);
            }
            done += nl + 1 - pos;
            pos = nl + 1;
            if (control.progress && done - lastReport > 65536) {
                lastReport = done;
                control.progress(double(done) / double(std::max<qint64>(total, 1)));
            }
        }
    }
    return true;
}

} // namespace

struct Analyzer::Private {
    const Lexicon &lex;
    SyntaxDefinitions definitions;

    explicit Private(const AnalyzerOptions &o)
        : lex(sharedLexicon())
        , definitions(o.userDefinitionDirs, lex)
    {
    }
};

Analyzer::Analyzer(const AnalyzerOptions &options)
    : d(std::make_unique<Private>(options))
{
}

Analyzer::~Analyzer() = default;

QList<Span> Analyzer::analyze(const QString &input, const QList<Block> &blocks, const AnalysisControl &control) const
{
    if (input.isEmpty())
        return {};
    const std::vector<int> lowSurrogates = lowSurrogatePositions(input);
    const Ranges ranges = contentRanges(input, blocks, lowSurrogates);

    AnalysisContext ctx(d->lex, d->definitions.words(), QStringView(input));
    ctx.lowSurrogates = &lowSurrogates;
    // the bundled definition's rules are applied by the tokenizer through bundledCharCue() instead
    ctx.handScan = d->definitions.bundledByHand();
    DefinitionRunner definitions(d->definitions, ctx.cues, ctx.direct);
    // when cancelled, the document stages still finish what the lines so far found
    (void)runLines(ctx, definitions, ranges, control);
    for (const Stage *stage : pipeline().documentStages)
        stage->run(ctx);
    if (control.progress)
        control.progress(1.0);
    return std::move(ctx.spans);
}

} // namespace marginalia
