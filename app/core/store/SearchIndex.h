// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"
#include "core/store/Database.h"

#include <QStringList>

#include <optional>

namespace marginalia {

// Full-text search over document text, annotation quotes and notes. The engine's index (when it has
// one) finds the rows, best match first; without one every text is scanned. Either way the hits inside
// a row are found again in its text, because an index reports no offsets in code points.
class SearchIndex final {
public:
    explicit SearchIndex(Database &database);

    // Builds the engine's index when missing. Search works (by scanning) before and without it.
    Result<void> open();
    bool hasIndex() const { return m_fullText.has_value(); }
    Result<QList<SearchHit>> search(const QString &query, int limit, const QStringList &kinds) const;

private:
    Database &m_database;
    std::optional<FullTextQueries> m_fullText;
};

} // namespace marginalia
