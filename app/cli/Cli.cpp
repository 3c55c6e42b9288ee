#include "cli/Cli.h"

#include <cstdio>

namespace marginalia::cli {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printError(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int parseCommand(QCommandLineParser &parser, const QString &command, const QString &synopsis,
                 const QStringList &args)
{
    parser.setApplicationDescription(synopsis);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("marginalia-cli ") + command} + args)) {
        printError(QStringLiteral("marginalia-cli %1: %2 (see --help)").arg(command, parser.errorText()));
        return Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("Usage: marginalia-cli %1 [options]").arg(command),
                     QStringLiteral("Usage: marginalia-cli %1 [options]").arg(command));
        printOut(text);
        return Ok;
    }
    return -1;
}

int exitCodeFor(const Error &error)
{
    return error.kind == Error::Kind::Usage ? Usage : BadInput;
}

} // namespace marginalia::cli
