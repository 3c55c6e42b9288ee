// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/export/CsvExporter.h"

#include <optional>

namespace marginalia {

// The ids an export's --tag filter keeps (the tag named and the tags below it), or nullopt when the options
// name no tag and every annotation is kept. Every export asks it, so that all refuse an unknown tag alike.
Result<std::optional<QSet<qint64>>> exportTagFilter(const QList<Tag> &tags, const CsvExportOptions &options);

} // namespace marginalia
