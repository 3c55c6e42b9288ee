// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/SqlValues.h"

#include <cmath>

namespace marginalia {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &text)
{
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
