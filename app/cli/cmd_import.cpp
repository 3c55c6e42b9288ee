#include "cli/cmd_import.h"

#include "cli/Cli.h"

namespace marginalia::cli {
int runText(const QStringList &) { printError(QStringLiteral("text: not implemented yet")); return BadInput; }
int runInfo(const QStringList &) { printError(QStringLiteral("info: not implemented yet")); return BadInput; }
int runBlocks(const QStringList &) { printError(QStringLiteral("blocks: not implemented yet")); return BadInput; }
}
