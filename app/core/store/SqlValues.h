#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace marginalia {

// How model values are stored in columns, the same way by every table.

// Times: ISO 8601 in UTC with milliseconds.
QString isoUtc(const QDateTime &time);
QDateTime fromIso(const QString &text);
// Ids of optional references: NULL for none (0).
QVariant nullableId(qint64 id);
qint64 idOrZero(const QVariant &value);
// Optional numbers: NULL for NaN.
QVariant nullableNumber(double value);
double numberOrNan(const QVariant &value);

} // namespace marginalia
