// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Synthetic articles for the learned recommender's tests: batch codes (two capitals, a hyphen, four
// digits) after "batch" or "lot", a pattern no built-in rule knows, among filler sentences that differ from
// article to article, so that only the pattern can be learned.

#include "core/text/Text.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <utility>

namespace marginalia::test {

inline QString batchArticle(int seed, int paragraphs = 3)
{
    static const QStringList fillers = {
        QStringLiteral("The inspectors walked through the warehouse before noon."),
        QStringLiteral("Nobody at the depot expected the audit to take this long."),
        QStringLiteral("Shipping resumed after the weekend, according to the staff."),
        QStringLiteral("The report lists several findings about storage conditions."),
        QStringLiteral("Workers said the cold room had been repaired in spring."),
    };
    // Returns QString, not the QStringBuilder that `+` makes (it would refer to `second` after return).
    const auto code = [seed](int n) -> QString {
        const QChar first = QChar(u'A' + (seed * 7 + n * 3) % 26);
        const QChar second = QChar(u'A' + (seed * 5 + n * 11 + 4) % 26);
        return QString(first) + second + u'-' + QString::number(1000 + (seed * 1733 + n * 917) % 9000);
    };
    QString text = QStringLiteral("Audit of the northern depot\n\n");
    for (int n = 0; n < paragraphs; ++n)
        text += fillers[(seed + n) % fillers.size()] + u' '
                + (n % 2 ? QStringLiteral("Staff set aside lot ") : QStringLiteral("The team recalled batch "))
                + code(n) + QStringLiteral(" after the check.\n\n");
    return text + fillers[(seed + paragraphs) % fillers.size()] + u'\n';
}

// The batch codes of `text`, as code point ranges.
inline QList<std::pair<int, int>> batchCodeRanges(const QString &text)
{
    QList<std::pair<int, int>> ranges;
    static const QRegularExpression pattern(QStringLiteral("\\b[A-Z]{2}-\\d{4}\\b"));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        ranges.append(
            {codePointLength(text.left(match.capturedStart())), codePointLength(text.left(match.capturedEnd()))});
    }
    return ranges;
}

} // namespace marginalia::test
