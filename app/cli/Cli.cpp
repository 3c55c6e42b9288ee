// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/Cli.h"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <utility>

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

bool readDocumentOption(const QCommandLineParser &parser, const QString &command, std::optional<qint64> &documentId)
{
    if (!parser.isSet(QStringLiteral("document")))
        return true;
    bool numeric = false;
    const qint64 id = parser.value(QStringLiteral("document")).toLongLong(&numeric);
    if (!numeric || id <= 0) {
        printError(QStringLiteral("marginalia-cli %1: --document takes a document id (see list)").arg(command));
        return false;
    }
    documentId = id;
    return true;
}

int parseCommand(QCommandLineParser &parser, const QString &command, const QString &synopsis, const QStringList &args)
{
    parser.setApplicationDescription(synopsis);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("marginalia-cli ") + command} + args)) {
        printError(QStringLiteral("marginalia-cli %1: %2 (see --help)").arg(command, parser.errorText()));
        return Usage;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path; users call it by name, followed by the command.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QStringLiteral(" [options]"));
        if (text.startsWith(QStringLiteral("Usage: ")) && options > 0)
            text.replace(7, options - 7, QStringLiteral("marginalia-cli ") + command);
        printOut(text);
        return Ok;
    }
    return -1;
}

void appendJsonString(QString &out, const QString &value)
{
    // The characters JSON has a short escape for; other control characters become \uXXXX.
    using Escape = std::pair<char16_t, std::u16string_view>;
    static constexpr Escape kShortEscapes[] = {
        {u'"', u"\\\""}, {u'\\', u"\\\\"}, {u'\n', u"\\n"}, {u'\r', u"\\r"}, {u'\t', u"\\t"},
    };
    out += u'"';
    for (QChar c : value) {
        const Escape *escape = std::ranges::find(kShortEscapes, c.unicode(), &Escape::first);
        if (escape != std::end(kShortEscapes))
            out += QStringView(escape->second);
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    out += u'"';
}

QString jsonString(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    appendJsonString(out, value);
    return out;
}

int exitCodeFor(const Error &error)
{
    return error.kind == Error::Kind::Usage ? Usage : BadInput;
}

int fail(const Error &error)
{
    printError(error.message);
    return exitCodeFor(error);
}

} // namespace marginalia::cli
