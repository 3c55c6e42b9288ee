// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/SuggestionRules.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace marginalia {

QList<Span> openSuggestions(const QList<Span> &found, const QList<Annotation> &annotations,
                            const QList<Rejection> &rejections)
{
    QSet<std::pair<int, int>> annotated;
    for (const Annotation &annotation : annotations)
        annotated.insert({annotation.start, annotation.end});
    QList<Span> open;
    for (const Span &span : found) {
        if (annotated.contains({span.start, span.end}))
            continue;
        const bool rejected = std::ranges::any_of(rejections, [&span](const Rejection &rejection) {
            return rejection.start == span.start && rejection.end == span.end && rejection.label == span.label;
        });
        if (!rejected)
            open.append(span);
    }
    return open;
}

int defaultTagKeyForLabel(const QString &label)
{
    // Keys of defaultTags(); tst_suggestionrules checks that they name the intended tags.
    struct LabelKey {
        const char16_t *label;
        int key;
    };
    static constexpr LabelKey keys[] = {
        {u"PERSON", 1},   {u"ORG", 2},        {u"LOC", 3},       {u"DATE", 4},  {u"MONEY", 5},
        {u"QUANTITY", 5}, {u"ATTRIBUTED", 6}, {u"STATISTIC", 6}, {u"QUOTE", 6}, {u"NORP", 9},
    };
    for (const LabelKey &entry : keys)
        if (label == QStringView(entry.label))
            return entry.key;
    return 0;
}

std::optional<Tag> tagForSuggestionLabel(const QList<Tag> &tags, const QString &label)
{
    const int key = defaultTagKeyForLabel(label);
    if (key == 0)
        return std::nullopt;
    for (const Tag &tag : tags)
        if (tag.key == key)
            return tag;
    return std::nullopt;
}

} // namespace marginalia
