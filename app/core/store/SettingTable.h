// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"

#include <QString>

namespace marginalia {

class Database;
class DocumentTable;

// Per-project key/value settings, and the memos: one per document, one for the project (a setting).
class SettingTable final {
public:
    SettingTable(Database &database, DocumentTable &documents);

    Result<QString> value(const QString &key) const; // empty when unset
    Result<void> setValue(const QString &key, const QString &value);

    Result<QString> documentMemo(qint64 documentId) const;
    Result<void> setDocumentMemo(qint64 documentId, const QString &text); // empty text removes it
    Result<QString> projectMemo() const;
    Result<void> setProjectMemo(const QString &text);

private:
    Database &m_database;
    DocumentTable &m_documents;
};

} // namespace marginalia
