// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/exchange/AnnotationPlacement.h"

#include <limits>

namespace marginalia {

namespace {

QString shortened(const QString &quote)
{
    const QString oneLine = quote.simplified();
    return oneLine.size() > 40 ? oneLine.left(39) + u'…' : oneLine;
}

} // namespace

AnnotationPlacement::AnnotationPlacement(const QString &text)
    : m_text(text)
    , m_index(text)
{
}

bool AnnotationPlacement::quoteIsAt(int start, int end, const QString &quote) const
{
    const int from = m_index.toUtf16(start);
    const int to = m_index.toUtf16(end);
    return QStringView(m_text).mid(from, to - from) == quote;
}

std::optional<AnnotationPlacement::Range> AnnotationPlacement::search(const QString &quote, const QString &prefix,
                                                                      const QString &suffix,
                                                                      std::optional<int> near) const
{
    // Score each occurrence by how many characters of the prefix (backwards) and suffix (forwards) agree.
    std::optional<qsizetype> best;
    int bestScore = -1;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    const QStringView text(m_text);
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        int score = 0;
        while (score < prefix.size() && at - score - 1 >= 0
               && text.at(at - score - 1) == prefix.at(prefix.size() - score - 1))
            ++score;
        const qsizetype after = at + quote.size();
        int suffixScore = 0;
        while (suffixScore < suffix.size() && after + suffixScore < text.size()
               && text.at(after + suffixScore) == suffix.at(suffixScore))
            ++suffixScore;
        score += suffixScore;
        const qint64 distance = near ? qAbs(qint64(m_index.toCodePoint(int(at))) - *near) : 0;
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = at;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (!best)
        return std::nullopt;
    const int start = m_index.toCodePoint(int(*best));
    return Range{start, m_index.toCodePoint(int(*best + quote.size()))};
}

Result<AnnotationPlacement::Range> AnnotationPlacement::place(bool hasPosition, int start, int end,
                                                              const QString &quote, const QString &prefix,
                                                              const QString &suffix) const
{
    const int total = length();
    QString positionProblem;
    if (hasPosition) {
        if (start < 0)
            positionProblem = QStringLiteral("start %1 is negative").arg(start);
        else if (end <= start)
            positionProblem = QStringLiteral("end %1 is not after start %2").arg(end).arg(start);
        else if (end > total)
            positionProblem = QStringLiteral("end %1 beyond the document's %2 characters").arg(end).arg(total);
        else if (quote.isEmpty() || quoteIsAt(start, end, quote))
            return Range{start, end};
        else
            positionProblem = QStringLiteral("the text at %1–%2 is not the quote").arg(start).arg(end);
        if (quote.isEmpty())
            return failure(Error::Kind::BadInput, positionProblem);
    }
    if (quote.isEmpty())
        return failure(Error::Kind::BadInput, QStringLiteral("it has neither a position nor a quote"));
    if (auto found = search(quote, prefix, suffix, hasPosition ? std::optional<int>(start) : std::nullopt))
        return *found;
    QString message = QStringLiteral("the quote “%1” is not in the document").arg(shortened(quote));
    if (!positionProblem.isEmpty())
        message = positionProblem + QStringLiteral(", and ") + message;
    return failure(Error::Kind::BadInput, message);
}

} // namespace marginalia
