// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QtGlobal>

#include <limits>

namespace marginalia {

// Reliability coefficients on plain numbers, with no project behind them: the formulas of the agreement
// report (core/agreement/Agreement.h), kept apart so that tests can check them against the worked examples
// of the literature. Undefined coefficients (no variation to agree on) are NaN.
namespace reliability {

inline constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

// A stretch [start, start + length) of a continuum (characters of a text).
struct Stretch {
    qint64 start = 0;
    qint64 length = 0;
    friend bool operator==(const Stretch &, const Stretch &) = default;
};

struct UnitizedAlpha {
    double observed = 0;            // uDo
    double expected = 0;            // uDe
    double alpha = kUndefined;      // 1 - uDo / uDe; NaN when uDe is 0 (nobody coded anything)
};

// Krippendorff's alpha for unitizing a continuum with one category (K. Krippendorff, "On the reliability of
// unitizing contiguous data", Sociological Methodology 25, 1995; Content Analysis, 2nd ed., 2004, §12.4).
// The continuum starts at 0 and is made of sections laid end to end (`sectionLengths`: documents); a gap
// between units never runs across a section's end. `unitsByCoder` holds each coder's units of the category:
// sorted by start, not overlapping, each inside one section. At least two coders.
UnitizedAlpha unitizedAlpha(const QList<qint64> &sectionLengths, const QList<QList<Stretch>> &unitsByCoder);

// Cohen's kappa of two coders from their contingency table: counts[a][b] is the number of units the first
// coder put in category a and the second in category b (a square table).
double cohenKappa(const QList<QList<qint64>> &counts);

// Krippendorff's alpha for nominal data with any number of coders and missing values ("Computing
// Krippendorff's Alpha-Reliability", 2011): `valuesByUnit[u]` lists the values coders gave unit u, a negative
// value meaning none. Units with fewer than two values are not pairable and left out.
double nominalAlpha(const QList<QList<int>> &valuesByUnit);

} // namespace reliability
} // namespace marginalia
