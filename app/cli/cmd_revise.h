// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// marginalia-cli commands for revised documents. Exit status: 0 success, 1 bad input, 2 usage error.
//
//   reimport --project P --document ID FILE   replaces the document's text by FILE's (imported as `import`
//                                             does) and moves its annotations; prints a summary and the
//                                             orphans (annotations whose passage is gone, kept without a range)
//   orphans --project P [--document ID]       lists orphaned annotations, tab-separated: id, document, tag,
//                                             quote, note (tabs and line breaks in them become spaces)
namespace marginalia::cli {

int runReimport(const QStringList &args);
int runOrphans(const QStringList &args);

} // namespace marginalia::cli
