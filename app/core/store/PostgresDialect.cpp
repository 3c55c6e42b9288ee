// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/PostgresDialect.h"

#include <QRegularExpression>

namespace marginalia::PostgresDialect {

namespace {

QString translateUnquoted(QString sql)
{
    static const QRegularExpression endColumn(QStringLiteral("(?<![\"\\w])end(?![\"\\w])"));
    static const QRegularExpression caseFoldedEquality(QStringLiteral("([\\w.]+) = \\? COLLATE NOCASE"));
    static const QRegularExpression caseFoldedOrder(QStringLiteral("([\\w.]+) COLLATE NOCASE"));
    static const QRegularExpression insertionOrder(QStringLiteral("ORDER BY rowid\\b"));
    static const QRegularExpression untypedUnion(QStringLiteral("SELECT \\? UNION"));
    sql.replace(endColumn, QStringLiteral("\"end\""));
    sql.replace(caseFoldedEquality, QStringLiteral("lower(\\1) = lower(CAST(? AS TEXT))"));
    sql.replace(caseFoldedOrder, QStringLiteral("lower(\\1 COLLATE \"C\")"));
    sql.replace(insertionOrder, QStringLiteral("ORDER BY position"));
    sql.replace(untypedUnion, QStringLiteral("SELECT CAST(? AS BIGINT) UNION"));
    return sql;
}

} // namespace

QString translate(const QString &sql)
{
    // Only the text between quoted parts ('literal', "identifier", $$body$$) is rewritten.
    QString translated;
    translated.reserve(sql.size() + 16);
    qsizetype plainStart = 0;
    qsizetype position = 0;
    while (position < sql.size()) {
        const QChar character = sql.at(position);
        QString closing;
        if (character == u'\'' || character == u'"')
            closing = QString(character);
        else if (sql.mid(position, 2) == u"$$")
            closing = QStringLiteral("$$");
        if (closing.isEmpty()) {
            ++position;
            continue;
        }
        translated += translateUnquoted(sql.mid(plainStart, position - plainStart));
        qsizetype end = sql.indexOf(closing, position + closing.size());
        end = end < 0 ? sql.size() : end + closing.size();
        translated += sql.mid(position, end - position);
        position = plainStart = end;
    }
    translated += translateUnquoted(sql.mid(plainStart));
    return translated;
}

} // namespace marginalia::PostgresDialect
