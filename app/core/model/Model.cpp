// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/Model.h"

#include "core/model/Vocabulary.h"
#include "core/text/Text.h"

#include <QCoreApplication>

namespace marginalia {

QList<Tag> defaultTags()
{
    // Colours are light enough for dark text on them and distinct from each other.
    struct Default {
        const char *name;
        const char *color;
        int key;
    };
    // No light blue: it reads as the text selection (blue in most themes), so a tagged passage looked selected.
    static constexpr Default defaults[] = {
        {QT_TRANSLATE_NOOP("Tags", "Person"), "#ffd166", 1},
        {QT_TRANSLATE_NOOP("Tags", "Organisation"), "#d9b38c", 2},
        {QT_TRANSLATE_NOOP("Tags", "Place"), "#95d5b2", 3},
        {QT_TRANSLATE_NOOP("Tags", "Date"), "#cdb4db", 4},
        {QT_TRANSLATE_NOOP("Tags", "Figure"), "#f4a261", 5},
        {QT_TRANSLATE_NOOP("Tags", "Claim"), "#ff8fa3", 6},
        {QT_TRANSLATE_NOOP("Tags", "Evidence"), "#b5e48c", 7},
        {QT_TRANSLATE_NOOP("Tags", "Question"), "#e4a0f7", 8},
    };
    QList<Tag> tags;
    for (const Default &d : defaults) {
        Tag t;
        t.name = QCoreApplication::translate("Tags", d.name);
        t.color = QColor(QLatin1StringView(d.color));
        t.key = d.key;
        tags.append(t);
    }
    return tags;
}

QStringList claimStatuses()
{
    return namesOf<ClaimStatus>();
}

bool isClaimStatus(const QString &status)
{
    return fromName<ClaimStatus>(status).has_value();
}

void fillContext(Annotation &annotation, const QString &documentText)
{
    fillContext(annotation, documentText, CodePointIndex(documentText));
}

void fillContext(Annotation &annotation, const QString &documentText, const CodePointIndex &index)
{
    const int total = index.codePointCount();
    const int start = qBound(0, annotation.start, total);
    const int end = qBound(start, annotation.end, total);
    auto slice = [&](int a, int b) {
        const int from = index.toUtf16(a);
        return documentText.mid(from, index.toUtf16(b) - from);
    };
    annotation.quote = slice(start, end);
    annotation.prefix = slice(qMax(0, start - 32), start);
    annotation.suffix = slice(end, qMin(total, end + 32));
}

} // namespace marginalia
