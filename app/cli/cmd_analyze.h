#pragma once

#include <QStringList>

namespace marginalia::cli {
int runAnalyze(const QStringList &args);
}
