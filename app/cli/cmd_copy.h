#pragma once

#include <QStringList>

namespace marginalia::cli {
int runCopyProject(const QStringList &args);
}
