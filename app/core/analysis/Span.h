// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace marginalia {

enum class SpanKind { Entity, Claim };

// A suggestion found by analysis. Offsets are Unicode code points into the normalized text, end exclusive.
struct Span {
    int start = 0;
    int end = 0;
    SpanKind kind = SpanKind::Entity;
    QString label;      // PERSON ORG LOC DATE MONEY QUANTITY | ATTRIBUTED STATISTIC QUOTE
    double confidence = 0.0;
    QString source;     // claims: who or what the claim is attributed to ("" if nobody)
    QString rule;       // the rule that fired, for explanations
    QList<int> entityIndices; // claims: indices of the entity spans inside it (into the same result list)
    friend bool operator==(const Span &, const Span &) = default;
};

inline QString spanKindName(SpanKind kind)
{
    return kind == SpanKind::Claim ? QStringLiteral("claim") : QStringLiteral("entity");
}

} // namespace marginalia
