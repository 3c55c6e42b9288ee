#pragma once

#include <QStringList>

namespace marginalia::cli {
int runSearch(const QStringList &args);
}
