// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace marginalia::cli {
// import-project --project P FILE.qdpx: a REFI-QDA project from another tool into a project.
int runImportProject(const QStringList &args);
// import-annotations: annotations from CSV, W3C or Hypothesis JSON, or JSON Lines into a project.
int runImportAnnotations(const QStringList &args);
} // namespace marginalia::cli
