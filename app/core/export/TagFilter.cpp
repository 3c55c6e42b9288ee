// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/export/TagFilter.h"

namespace marginalia {

Result<std::optional<QSet<qint64>>> exportTagFilter(const QList<Tag> &tags, const CsvExportOptions &options)
{
    if (options.tagName.isEmpty())
        return std::optional<QSet<qint64>>();
    auto ids = tagFilterIds(tags, options.tagName);
    if (!ids)
        return std::unexpected(ids.error());
    return std::optional<QSet<qint64>>(std::move(*ids));
}

} // namespace marginalia
