// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/agreement/Reliability.h"

#include <QHash>

#include <algorithm>

namespace marginalia::reliability {

namespace {

// A stretch of one coder's segmentation of the continuum: a unit of the category, or a gap between units.
struct Segment {
    qint64 start = 0;
    qint64 length = 0;
    bool isUnit = false;
    qint64 end() const { return start + length; }
};

// The coder's units with the gaps around them, covering the whole continuum; gaps end at section ends.
QList<Segment> segmentation(const QList<qint64> &sectionEnds, const QList<Stretch> &units)
{
    QList<Segment> segments;
    segments.reserve(units.size() * 2 + sectionEnds.size());
    qint64 position = 0;
    qsizetype section = 0;
    const auto gapsUpTo = [&](qint64 to) {
        while (position < to) {
            while (sectionEnds.at(section) <= position)
                ++section;
            const qint64 end = std::min(to, sectionEnds.at(section));
            segments.append({position, end - position, false});
            position = end;
        }
    };
    for (const Stretch &unit : units) {
        if (unit.length <= 0 || unit.start < position)
            continue; // empty or overlapping its predecessor: the caller merges overlaps
        gapsUpTo(unit.start);
        segments.append({unit.start, unit.length, true});
        position = unit.start + unit.length;
    }
    gapsUpTo(sectionEnds.isEmpty() ? 0 : sectionEnds.last());
    return segments;
}

bool contains(const Segment &outer, const Segment &inner)
{
    return outer.start <= inner.start && inner.end() <= outer.end();
}

// Krippendorff's squared distance between two overlapping segments of two coders: for two units, how far
// their starts and their ends lie apart; a unit inside the other coder's gap counts its whole length; two
// gaps, or a unit that only partly meets a gap (the neighbouring unit accounts for it), count nothing.
long double distance(const Segment &first, const Segment &second)
{
    if (first.isUnit && second.isUnit) {
        const long double starts = first.start - second.start;
        const long double ends = first.end() - second.end();
        return starts * starts + ends * ends;
    }
    if (first.isUnit && contains(second, first))
        return static_cast<long double>(first.length) * first.length;
    if (second.isUnit && contains(first, second))
        return static_cast<long double>(second.length) * second.length;
    return 0;
}

// The distances of every overlapping pair of segments of two coders: one sweep along both segmentations.
long double pairDisagreement(const QList<Segment> &first, const QList<Segment> &second)
{
    long double sum = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < first.size() && j < second.size()) {
        sum += distance(first.at(i), second.at(j));
        const qint64 firstEnd = first.at(i).end();
        const qint64 secondEnd = second.at(j).end();
        if (firstEnd <= secondEnd)
            ++i;
        if (secondEnd <= firstEnd)
            ++j;
    }
    return sum;
}

} // namespace

UnitizedAlpha unitizedAlpha(const QList<qint64> &sectionLengths, const QList<QList<Stretch>> &unitsByCoder)
{
    UnitizedAlpha result;
    QList<qint64> sectionEnds;
    qint64 length = 0;
    for (qint64 section : sectionLengths)
        sectionEnds.append(length += std::max<qint64>(section, 0));
    const qsizetype coders = unitsByCoder.size();
    if (coders < 2 || length <= 0)
        return result;

    QList<QList<Segment>> segmentations;
    for (const QList<Stretch> &units : unitsByCoder)
        segmentations.append(segmentation(sectionEnds, units));

    long double observed = 0;
    for (qsizetype a = 0; a < coders; ++a)
        for (qsizetype b = a + 1; b < coders; ++b)
            observed += 2 * pairDisagreement(segmentations.at(a), segmentations.at(b));
    const long double continuum = length;
    result.observed = double(observed / (static_cast<long double>(coders) * (coders - 1) * continuum * continuum));

    // Expected: every unit of any coder set at every place it fits, against every unit and every gap of the
    // others. Gaps sorted with running sums give "sum of (gap - l + 1) over gaps of at least l" at once.
    QList<qint64> unitLengths;
    QList<qint64> gapLengths;
    for (const QList<Segment> &segments : std::as_const(segmentations))
        for (const Segment &segment : segments)
            (segment.isUnit ? unitLengths : gapLengths).append(segment.length);
    std::sort(gapLengths.begin(), gapLengths.end());
    QList<long double> gapSumFrom(gapLengths.size() + 1, 0); // sum of gapLengths[k..]
    for (qsizetype k = gapLengths.size() - 1; k >= 0; --k)
        gapSumFrom[k] = gapSumFrom[k + 1] + gapLengths.at(k);
    const long double unitCount = unitLengths.size();
    long double numerator = 0;
    long double selfPairs = 0;
    for (qint64 unitLength : std::as_const(unitLengths)) {
        const long double l = unitLength;
        const qsizetype firstFitting = std::lower_bound(gapLengths.cbegin(), gapLengths.cend(), unitLength)
                                       - gapLengths.cbegin();
        const long double fitting = gapLengths.size() - firstFitting;
        const long double places = gapSumFrom.at(firstFitting) - fitting * (l - 1);
        numerator += (unitCount - 1) * l * (l - 1) * (2 * l - 1) / 3 + l * l * places;
        selfPairs += l * (l - 1);
    }
    const long double values = static_cast<long double>(coders) * continuum;
    const long double denominator = values * (values - 1) - selfPairs;
    result.expected = denominator > 0 ? double(2 / continuum * numerator / denominator) : 0.0;
    if (result.expected > 0)
        result.alpha = 1.0 - result.observed / result.expected;
    return result;
}

double cohenKappa(const QList<QList<qint64>> &counts)
{
    const qsizetype categories = counts.size();
    QList<long double> rows(categories, 0);
    QList<long double> columns(categories, 0);
    long double total = 0;
    long double agreeing = 0;
    for (qsizetype a = 0; a < categories; ++a) {
        for (qsizetype b = 0; b < categories && b < counts.at(a).size(); ++b) {
            const long double count = counts.at(a).at(b);
            rows[a] += count;
            columns[b] += count;
            total += count;
            if (a == b)
                agreeing += count;
        }
    }
    if (total <= 0)
        return kUndefined;
    long double chance = 0;
    for (qsizetype k = 0; k < categories; ++k)
        chance += (rows.at(k) / total) * (columns.at(k) / total);
    if (chance >= 1)
        return kUndefined; // both coders used one category only: nothing to agree on beyond chance
    return double((agreeing / total - chance) / (1 - chance));
}

double nominalAlpha(const QList<QList<int>> &valuesByUnit)
{
    // The coincidence matrix: each pair of values within a unit, weighted 1 / (values in the unit - 1).
    QHash<int, qsizetype> indexOf;
    QList<QList<long double>> coincidences;
    for (const QList<int> &unit : valuesByUnit) {
        QList<qsizetype> present;
        for (int value : unit) {
            if (value < 0)
                continue;
            auto it = indexOf.find(value);
            if (it == indexOf.end()) {
                it = indexOf.insert(value, indexOf.size());
                for (QList<long double> &row : coincidences)
                    row.append(0);
                coincidences.append(QList<long double>(indexOf.size(), 0));
            }
            present.append(*it);
        }
        if (present.size() < 2)
            continue;
        const long double weight = 1.0L / (present.size() - 1);
        for (qsizetype i = 0; i < present.size(); ++i)
            for (qsizetype j = 0; j < present.size(); ++j)
                if (i != j)
                    coincidences[present.at(i)][present.at(j)] += weight;
    }
    QList<long double> totals(coincidences.size(), 0);
    long double pairable = 0;
    long double disagreeing = 0;
    for (qsizetype c = 0; c < coincidences.size(); ++c) {
        for (qsizetype k = 0; k < coincidences.size(); ++k) {
            totals[c] += coincidences.at(c).at(k);
            if (c != k)
                disagreeing += coincidences.at(c).at(k);
        }
        pairable += totals.at(c);
    }
    long double chance = 0;
    for (qsizetype c = 0; c < totals.size(); ++c)
        for (qsizetype k = 0; k < totals.size(); ++k)
            if (c != k)
                chance += totals.at(c) * totals.at(k);
    if (chance <= 0)
        return kUndefined;
    return double(1 - (pairable - 1) * disagreeing / chance);
}

} // namespace marginalia::reliability
