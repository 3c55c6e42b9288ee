#include "cli/cmd_analyze.h"

#include "cli/Cli.h"

namespace marginalia::cli {
int runAnalyze(const QStringList &) { printError(QStringLiteral("analyze: not implemented yet")); return BadInput; }
}
