// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/RejectionTable.h"

#include "core/store/Database.h"

namespace marginalia {

RejectionTable::RejectionTable(Database &database)
    : m_database(database)
{
}

Result<void> RejectionTable::add(const Rejection &rejection)
{
    return m_database.transaction([&] {
        return m_database.execute(QStringLiteral(
                                      "INSERT INTO rejections (document_id, start, end, label) VALUES (?, ?, ?, ?)"
                                      " ON CONFLICT DO NOTHING"),
                                  {rejection.documentId, rejection.start, rejection.end, rejection.label},
                                  QStringLiteral("remember a rejected suggestion"));
    });
}

Result<void> RejectionTable::remove(const Rejection &rejection)
{
    return m_database.transaction([&] {
        return m_database.execute(
            QStringLiteral("DELETE FROM rejections WHERE document_id = ? AND start = ? AND end = ? AND label = ?"),
            {rejection.documentId, rejection.start, rejection.end, rejection.label},
            QStringLiteral("forget a rejected suggestion"));
    });
}

Result<QList<Rejection>> RejectionTable::list(qint64 documentId) const
{
    return m_database.list<Rejection>(
        QStringLiteral("SELECT document_id, start, end, label FROM rejections WHERE document_id = ? ORDER BY start"),
        {documentId}, QStringLiteral("list rejected suggestions"), [](const QSqlQuery &row) {
            return Rejection{row.value(0).toLongLong(), row.value(1).toInt(), row.value(2).toInt(),
                             row.value(3).toString()};
        });
}

} // namespace marginalia
