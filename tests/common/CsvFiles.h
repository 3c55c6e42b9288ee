// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// CSV exports read back by a real parser (Python's csv module, strict), so that a test checks what a
// spreadsheet or a statistics tool would read, not what our own parser thinks.

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CsvTable {
    QStringList header;
    QList<QStringList> rows; // without the header
    bool read = false;       // false: python3 is missing or refused the file

    // The cell of a row under a column of the header; empty when there is none.
    QString cell(qsizetype row, const QString &column) const
    {
        const qsizetype at = header.indexOf(column);
        return at < 0 || row >= rows.size() ? QString() : rows.at(row).value(at);
    }
};

// The file at `path` (UTF-8, a BOM allowed) as Python's csv.reader(strict=True) reads it.
inline CsvTable readCsvWithPython(const QString &path)
{
    const QString script = QStringLiteral("import csv, json, sys\n"
                                          "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                          "    print(json.dumps(list(csv.reader(f, strict=True))))\n");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    CsvTable table;
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return table;
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    for (const QJsonValue &row : rows) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cell.toString());
        if (table.read)
            table.rows.append(cells);
        else
            table.header = cells;
        table.read = true;
    }
    return table;
}
