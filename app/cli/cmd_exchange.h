#pragma once

#include <QStringList>

namespace marginalia::cli {
// import-annotations: annotations from CSV, W3C or Hypothesis JSON, or JSON Lines into a project.
int runImportAnnotations(const QStringList &args);
} // namespace marginalia::cli
