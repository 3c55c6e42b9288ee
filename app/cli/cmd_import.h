#pragma once

#include <QStringList>

namespace marginalia::cli {
int runText(const QStringList &args);
int runInfo(const QStringList &args);
int runBlocks(const QStringList &args);
}
