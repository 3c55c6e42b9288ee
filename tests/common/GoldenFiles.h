// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Golden files: output compared byte for byte with a file in the repository, rewritten instead when the
// test runs with MARGINALIA_REGENERATE_GOLDEN=1 (then read `git diff` line by line before committing).

#include <QFile>
#include <QTest>

inline bool regeneratingGolden()
{
    return qEnvironmentVariableIntValue("MARGINALIA_REGENERATE_GOLDEN") == 1;
}

// Call from a test function: fails it when `actual` differs from the file at `path`.
inline void compareWithGolden(const QByteArray &actual, const QString &path, const QString &regenerate)
{
    QFile file(path);
    if (regeneratingGolden()) {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual);
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(": run ") + regenerate));
    QCOMPARE(actual, file.readAll()); // bytes: a BOM and CR LF count
}
