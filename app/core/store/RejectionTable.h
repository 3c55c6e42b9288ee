// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"

namespace marginalia {

class Database;

// Suggestions the user rejected, so that analysis does not offer them again.
class RejectionTable final {
public:
    explicit RejectionTable(Database &database);

    Result<void> add(const Rejection &rejection); // adding one twice is harmless
    Result<void> remove(const Rejection &rejection);
    Result<QList<Rejection>> list(qint64 documentId) const; // by start

private:
    Database &m_database;
};

} // namespace marginalia
