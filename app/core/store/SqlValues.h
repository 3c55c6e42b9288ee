// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/store/Database.h"

#include <QColor>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <cmath>

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

// Reads a result row's columns in the order they were selected, each into a field, converted as the field's
// type is stored: the row mappers list their fields once, in column order, instead of numbering columns.
class ColumnReader {
public:
    explicit ColumnReader(const QSqlQuery &row)
        : m_row(row)
    {
    }

    QVariant next() { return m_row.value(m_column++); }

    ColumnReader &operator>>(QString &field) { return read(field, next().toString()); }
    ColumnReader &operator>>(int &field) { return read(field, next().toInt()); }
    ColumnReader &operator>>(bool &field) { return read(field, next().toInt() != 0); }
    ColumnReader &operator>>(qint64 &field) { return read(field, idOrZero(next())); } // NULL: 0
    ColumnReader &operator>>(double &field) { return read(field, numberOrNan(next())); } // NULL: NaN
    ColumnReader &operator>>(QDateTime &field) { return read(field, fromIso(next().toString())); }
    ColumnReader &operator>>(QColor &field) { return read(field, QColor(next().toString())); }

private:
    template<typename Field, typename Value> ColumnReader &read(Field &field, Value &&value)
    {
        field = std::forward<Value>(value);
        return *this;
    }

    const QSqlQuery &m_row;
    int m_column = 0;
};

// The same conversions over RowValues (Database::forEachRow), for the mappers of large listings.
class RowReader {
public:
    explicit RowReader(const RowValues &row)
        : m_row(row)
    {
    }

    QString nextText() { return m_row.text(m_column++); }

    RowReader &operator>>(QString &field) { return read(field, nextText()); }
    RowReader &operator>>(int &field) { return read(field, int(m_row.integer(m_column++))); }
    RowReader &operator>>(qint64 &field) { return read(field, m_row.integer(m_column++)); } // NULL: 0
    RowReader &operator>>(double &field) // NULL: NaN
    {
        const int column = m_column++;
        return read(field, m_row.isNull(column) ? std::nan("") : m_row.real(column));
    }
    RowReader &operator>>(QDateTime &field) { return read(field, fromIso(nextText())); }

private:
    template<typename Field, typename Value> RowReader &read(Field &field, Value &&value)
    {
        field = std::forward<Value>(value);
        return *this;
    }

    const RowValues &m_row;
    int m_column = 0;
};

} // namespace marginalia
