// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace marginalia::cli {

// Exit codes of every command.
enum ExitCode { Ok = 0, BadInput = 1, Usage = 2 };

void printOut(const QString &text);   // UTF-8 to stdout, as is
void printError(const QString &text); // UTF-8 to stderr with a trailing newline

// Parses `args` (the words after the command) with `parser`; handles --help. Returns an exit code to
// return at once (help shown: Ok; bad usage: Usage), or -1 to go on.
int parseCommand(QCommandLineParser &parser, const QString &command, const QString &synopsis, const QStringList &args);

// `value` as a JSON string literal, quotes included, appended to `out`. Written by hand so that each output
// line keeps its documented key order, and because QJsonObject costs more than a whole analysis.
void appendJsonString(QString &out, const QString &value);
QString jsonString(const QString &value);

// The --document option: `documentId` stays empty when it is absent. Prints "COMMAND: --document takes a
// document id" and returns false when it is not a positive number.
bool readDocumentOption(const QCommandLineParser &parser, const QString &command, std::optional<qint64> &documentId);

int exitCodeFor(const Error &error);
// Prints the error's message and returns its exit code: `if (!result) return fail(result.error());`.
int fail(const Error &error);

} // namespace marginalia::cli
