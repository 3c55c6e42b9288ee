#pragma once

#include <QStringList>

namespace marginalia::cli {
int runImport(const QStringList &args);
int runList(const QStringList &args);
int runTag(const QStringList &args);
int runExport(const QStringList &args);
}
