// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"

#include <QList>
#include <QString>

namespace marginalia {

class Database;

// What a copy carried, table by table, and that both sides were then found to hold the same rows.
struct ProjectCopyReport {
    struct Table {
        QString name;
        int rows = 0;
    };
    QList<Table> tables;
};

// Copies a whole project between locations (a file or a postgresql:// address, either way round): every
// row of every table with its id, timestamps and order, so documents, blocks, tags, annotations with their
// notes, created and modified times and anchors, entities and mentions, rejected suggestions, memos and
// settings (the project's UUID among them) are the same on both sides. One write transaction on the
// destination: all is copied or nothing. The destination must be new or hold no documents. Afterwards
// both are read again and compared table by table (a digest of every row); a difference is an error.
class ProjectCopy final {
public:
    static Result<ProjectCopyReport> copy(const QString &from, const QString &to);

private:
    static Result<ProjectCopyReport> copyRows(Database &source, Database &destination);
    static Result<void> compare(const Database &source, const Database &destination);
};

} // namespace marginalia
