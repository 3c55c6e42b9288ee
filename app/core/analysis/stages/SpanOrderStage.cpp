// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/stages/SpanOrderStage.h"

#include "core/analysis/AnalysisContext.h"

#include <algorithm>
#include <vector>

namespace marginalia::analysis {

namespace {

// spans the definitions mark directly win over the C++ pass where they overlap
void mergeDirectSpans(AnalysisContext &ctx)
{
    std::sort(ctx.direct.begin(), ctx.direct.end(),
              [](const DirectSpan &a, const DirectSpan &b) { return a.start < b.start; });
    qsizetype di = 0;
    for (Candidate &c : ctx.ents) {
        if (c.type < 0)
            continue;
        while (di < ctx.direct.size() && ctx.direct[di].end <= c.start)
            ++di;
        if (di < ctx.direct.size() && ctx.direct[di].start < c.end)
            c.type = TNone;
    }
    for (const DirectSpan &ds : std::as_const(ctx.direct))
        ctx.ents.append(candidate(ds.start, ds.end, ds.type, 3, &ds.rule, false, ruleConfidence(Rule::Syntax)));
}

// (start, claim before entity, end descending) packed into one integer, then the index
struct Order {
    quint64 key;
    quint32 index;
    bool entity() const { return key & (quint64(1) << 31); }
};

quint64 packed(int start, bool entity, int end)
{
    return (quint64(quint32(start)) << 32) | (quint64(entity) << 31) | quint64(0x7FFFFFFF - end);
}

bool orderLess(const Order &a, const Order &b)
{
    return a.key != b.key ? a.key < b.key : a.index < b.index;
}

// The consistency stage left the entities sorted by start: an insertion sort finishes them in about one
// pass (it gives up for std::sort when they are far from sorted, e.g. with many spans from user rules);
// the claims are sorted on their own and merged in. The order is total, so the result is the same as one
// sort of everything.
std::vector<Order> spanOrder(const AnalysisContext &ctx)
{
    std::vector<Order> entOrder, claimOrder, order;
    entOrder.reserve(size_t(ctx.ents.size()));
    for (qsizetype i = 0; i < ctx.ents.size(); ++i)
        if (ctx.ents[i].type >= 0)
            entOrder.push_back({packed(ctx.ents[i].start, true, ctx.ents[i].end), quint32(i)});
    size_t moves = 0;
    const size_t budget = entOrder.size() + 64;
    for (size_t i = 1; i < entOrder.size() && moves <= budget; ++i) {
        const Order x = entOrder[i];
        size_t j = i;
        for (; j > 0 && orderLess(x, entOrder[j - 1]) && moves <= budget; --j, ++moves)
            entOrder[j] = entOrder[j - 1];
        entOrder[j] = x;
    }
    if (moves > budget)
        std::sort(entOrder.begin(), entOrder.end(), orderLess);
    claimOrder.reserve(size_t(ctx.claims.size()));
    for (qsizetype i = 0; i < ctx.claims.size(); ++i)
        claimOrder.push_back({packed(ctx.claims[i].start, false, ctx.claims[i].end), quint32(i)});
    std::sort(claimOrder.begin(), claimOrder.end(), orderLess);
    order.resize(entOrder.size() + claimOrder.size());
    std::merge(entOrder.begin(), entOrder.end(), claimOrder.begin(), claimOrder.end(), order.begin(), orderLess);
    return order;
}

// Order by start, the enclosing claim first, longer first; build each Span once with code point offsets
void buildSpans(AnalysisContext &ctx)
{
    const std::vector<Order> order = spanOrder(ctx);
    const std::vector<int> &lowSurrogates = *ctx.lowSurrogates;
    // UTF-16 to code points: starts only grow, so one cursor walks the surrogate list once; an end
    // continues from its start's cursor
    size_t lowCursor = 0;
    auto convert = [&](Span &s, int from, int to) {
        if (lowSurrogates.empty()) {
            s.start = from;
            s.end = to;
            return;
        }
        while (lowCursor < lowSurrogates.size() && lowSurrogates[lowCursor] <= from)
            ++lowCursor;
        size_t endCursor = lowCursor;
        while (endCursor < lowSurrogates.size() && lowSurrogates[endCursor] <= to)
            ++endCursor;
        s.start = from - int(lowCursor);
        s.end = to - int(endCursor);
    };
    QList<Span> &out = ctx.spans;
    out.reserve(qsizetype(order.size()));
    for (const Order &o : order) {
        Span s;
        if (o.entity()) {
            const Candidate &c = ctx.ents[o.index];
            convert(s, c.start, c.end);
            s.kind = SpanKind::Entity;
            s.label = typeName(c.type);
            s.confidence = c.confidence;
            s.rule = *c.rule;
        } else {
            const ClaimCand &c = ctx.claims[o.index];
            convert(s, c.start, c.end);
            s.kind = SpanKind::Claim;
            s.label = c.label;
            s.confidence = c.confidence;
            s.source = c.source;
            s.rule = c.rule;
        }
        out.append(std::move(s));
    }
    ctx.ents = {};
    ctx.claims = {};
}

// entity indices of claims
void linkClaimEntities(QList<Span> &out)
{
    QList<int> entityIdx;
    for (int i = 0; i < out.size(); ++i)
        if (out[i].kind == SpanKind::Entity)
            entityIdx.append(i);
    for (Span &s : out) {
        if (s.kind != SpanKind::Claim)
            continue;
        auto it = std::lower_bound(entityIdx.cbegin(), entityIdx.cend(), s.start,
                                   [&](int idx, int start) { return out[idx].start < start; });
        for (; it != entityIdx.cend() && out[*it].start < s.end; ++it)
            if (out[*it].end <= s.end)
                s.entityIndices.append(*it);
    }
}

} // namespace

void SpanOrderStage::run(AnalysisContext &ctx) const
{
    mergeDirectSpans(ctx);
    buildSpans(ctx);
    linkClaimEntities(ctx.spans);
}

} // namespace marginalia::analysis
