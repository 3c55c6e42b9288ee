// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/SqlValues.h"

#include <QTimeZone>

#include <cmath>
#include <optional>

namespace marginalia {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// The digits at text[from, from + count), or -1 when one is not a digit.
int digitsAt(const QString &text, int from, int count)
{
    int value = 0;
    for (int position = from; position < from + count; ++position) {
        const char16_t unit = text.at(position).unicode();
        if (unit < u'0' || unit > u'9')
            return -1;
        value = value * 10 + (unit - u'0');
    }
    return value;
}

// The form isoUtc() writes, "2024-05-01T12:34:56.789Z", read without QDateTime's general parser (reading
// a million annotations parses two million times); anything else is left to it.
std::optional<QDateTime> fromOwnIso(const QString &text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' || text.at(13) != u':'
        || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return std::nullopt;
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2), digitsAt(text, 20, 3));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::UTC);
}

} // namespace

QDateTime fromIso(const QString &text)
{
    if (auto own = fromOwnIso(text))
        return *own;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

qint64 idOrZero(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QVariant nullableNumber(double value)
{
    return std::isnan(value) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(value);
}

double numberOrNan(const QVariant &value)
{
    return value.isNull() ? std::nan("") : value.toDouble();
}

} // namespace marginalia
