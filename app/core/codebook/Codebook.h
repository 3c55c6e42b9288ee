// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QSet>
#include <QStringList>

namespace marginalia {

class ProjectStore;

// The codebook is the project's tag tree. In files a tag is named by its path, "Parent/Child"; a "/" or
// "\" inside a tag's name is written "\/" or "\\".

struct CodebookEntry {
    QStringList path;      // tag names from the top
    QString description;
    QColor color;          // invalid: not given
    int shortcut = 0;      // 1..9, 0 for none
    bool details = false;  // description, color and shortcut were given (CSV), not just the path (outline)
    friend bool operator==(const CodebookEntry &, const CodebookEntry &) = default;
};

QString joinTagPath(const QStringList &path);
QStringList splitTagPath(const QString &path);

// The names from the top-level tag down to `id`.
QStringList tagPathNames(const QHash<qint64, Tag> &tags, qint64 id);
// "Parent/Child" for display and CSV (names joined as they are, no escaping); empty for 0.
QString tagPath(const QHash<qint64, Tag> &tags, qint64 id);
// Depth first, parents before their children, siblings in creation order (by id).
QList<Tag> tagsInTreeOrder(const QList<Tag> &tags);
// `id` and every tag below it.
QSet<qint64> tagAndDescendants(const QList<Tag> &tags, qint64 id);

QList<CodebookEntry> codebookEntries(const QList<Tag> &tags); // tree order
QStringList codebookColumns();                               // path, description, color, shortcut
// RFC 4180, UTF-8, CRLF. Text fields that start with a formula character or an apostrophe get a
// leading apostrophe, which parseCodebookCsv() takes off again, so the file round-trips exactly.
QByteArray codebookCsv(const QList<CodebookEntry> &entries, bool byteOrderMark = true);
Result<int> exportCodebookCsv(const ProjectStore &store, QIODevice &out, bool byteOrderMark = true);

// A codebook CSV: a header naming the columns (path or tag or name; description; color or colour;
// shortcut or key; in any order, others ignored), one row per tag.
Result<QList<CodebookEntry>> parseCodebookCsv(const QByteArray &data);
// A plain outline, one tag per line, as QualCoder or Taguette users keep them: "Parent/Child" paths,
// or names indented under their parent (spaces or tabs), or both. Blank lines, lines starting with
// "#", and list bullets ("- ", "* ") are skipped.
Result<QList<CodebookEntry>> parseCodebookOutline(const QString &text);
// CSV when the first line is a header with a path/tag/name column, an outline otherwise.
Result<QList<CodebookEntry>> parseCodebook(const QByteArray &data);

// Creates the tags the entries name (and their missing parents) and, for entries with details, sets
// description, color and shortcut of existing ones. One transaction. Returns how many tags were created.
Result<int> importCodebook(ProjectStore &store, const QList<CodebookEntry> &entries);

// The tag a person means by "Parent/Child" or "Child": the tag with that path, else the tag with that name
// (case-insensitive, top-level first), else a new one at that path (with its missing parents). Never makes a
// second tag beside an existing one.
Result<qint64> findOrCreateTag(ProjectStore &store, const QString &nameOrPath);

} // namespace marginalia
