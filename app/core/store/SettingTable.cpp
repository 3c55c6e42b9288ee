// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/SettingTable.h"

#include "core/store/Database.h"
#include "core/store/DocumentTable.h"
#include "core/store/SqlValues.h"

namespace marginalia {

namespace {

const QString kProjectMemoKey = QStringLiteral("memo/project");

QString textOf(const QSqlQuery &row)
{
    return row.value(0).toString();
}

} // namespace

SettingTable::SettingTable(Database &database, DocumentTable &documents)
    : m_database(database)
    , m_documents(documents)
{
}

Result<QString> SettingTable::value(const QString &key) const
{
    auto found = m_database.first<QString>(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                                           QStringLiteral("read a setting"), textOf);
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(QString());
}

Result<void> SettingTable::setValue(const QString &key, const QString &value)
{
    return m_database.transaction([&] {
        return m_database.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                  {key, value}, QStringLiteral("save a setting"));
    });
}

Result<QString> SettingTable::documentMemo(qint64 documentId) const
{
    auto found = m_database.first<QString>(QStringLiteral("SELECT text FROM memos WHERE document_id = ?"), {documentId},
                                           QStringLiteral("read a memo"), textOf);
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(QString());
}

Result<void> SettingTable::setDocumentMemo(qint64 documentId, const QString &text)
{
    return m_database.transaction([&]() -> Result<void> {
        if (auto known = m_documents.checkExists(documentId); !known)
            return known;
        if (text.isEmpty())
            return m_database.execute(QStringLiteral("DELETE FROM memos WHERE document_id = ?"), {documentId},
                                      QStringLiteral("remove a memo"));
        return m_database.execute(QStringLiteral("INSERT INTO memos (document_id, text, modified) VALUES (?, ?, ?)"
                                                 " ON CONFLICT(document_id) DO UPDATE SET text = excluded.text,"
                                                 " modified = excluded.modified"),
                                  {documentId, text, isoUtc(QDateTime::currentDateTimeUtc())},
                                  QStringLiteral("save a memo"));
    });
}

Result<QString> SettingTable::projectMemo() const
{
    return value(kProjectMemoKey);
}

Result<void> SettingTable::setProjectMemo(const QString &text)
{
    return setValue(kProjectMemoKey, text);
}

} // namespace marginalia
