// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/LearnedModelTable.h"

#include "core/store/Database.h"

#include <QDateTime>

namespace marginalia {

LearnedModelTable::LearnedModelTable(Database &database)
    : m_database(database)
{
}

Result<std::optional<LearnedModelRecord>> LearnedModelTable::find(qint64 tagId) const
{
    return m_database.first<LearnedModelRecord>(
        QStringLiteral("SELECT tag_id, fingerprint, data FROM learned_models WHERE tag_id = ?"), {tagId},
        QStringLiteral("read a learned model"), [](const QSqlQuery &row) {
            return LearnedModelRecord{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toByteArray()};
        });
}

Result<void> LearnedModelTable::save(const LearnedModelRecord &model)
{
    return m_database.transaction([&] {
        return m_database.execute(
            QStringLiteral("INSERT INTO learned_models (tag_id, fingerprint, trained, data) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (tag_id) DO UPDATE SET fingerprint = excluded.fingerprint,"
                           " trained = excluded.trained, data = excluded.data"),
            {model.tagId, model.fingerprint, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), model.data},
            QStringLiteral("save a learned model"));
    });
}

Result<void> LearnedModelTable::remove(qint64 tagId)
{
    return m_database.transaction([&] {
        return m_database.execute(QStringLiteral("DELETE FROM learned_models WHERE tag_id = ?"), {tagId},
                                  QStringLiteral("remove a learned model"));
    });
}

} // namespace marginalia
