// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Runs the marginalia-cli built with the tests (MARGINALIA_CLI) the way a user or a script calls it.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

struct CliRun {
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.start(QStringLiteral(MARGINALIA_CLI), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The objects of JSON Lines output (blocks, analyze, search), blank lines skipped.
inline QList<QJsonObject> jsonLines(const QByteArray &output)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : output.split('\n'))
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    return objects;
}
