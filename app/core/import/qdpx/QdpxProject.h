// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace marginalia::qdpx {

// What a REFI-QDA project.qde (QDA-XML 1.0) holds that Marginalia can take in, as read by
// parseProjectXml. Every GUID here is normalized (normalizedGuid), so that references match whatever case
// or braces the writing tool used.

struct Code {
    QString guid;
    QString name;
    QString color; // "#rrggbb" or "#rgb" as written; may be empty
    QString description;
    QList<Code> children;
};

struct Coding {
    QString codeGuid;
    QStringList noteGuids;
};

struct Selection {
    QString guid;
    qint64 start = 0; // characters (code points) of the source's plain text; end exclusive
    qint64 end = 0;
    QString userGuid;
    QDateTime created;
    QDateTime modified;
    QString description;
    QList<Coding> codings;
    QStringList noteGuids;
};

struct TextSource {
    QString guid;
    QString name;
    QString plainTextPath;    // internal://…, relative://…, absolute://… or empty
    QString plainTextContent; // the text itself, when the file carries it inline
    bool hasContent = false;
    QList<Selection> selections;
    QList<Coding> codings;    // of the whole source
    QStringList noteGuids;
    QHash<QString, QString> textVariables; // variable GUID -> text value
};

struct Note {
    QString name;
    QString text;
    QString plainTextPath;
    bool hasContent = false;
};

struct Project {
    QString name;
    QHash<QString, QString> users;         // GUID -> name
    QList<Code> codes;                     // the code tree
    QHash<QString, QString> variableNames; // GUID -> name
    QList<TextSource> textSources;
    QHash<QString, Note> notes;            // GUID -> note
    QStringList projectNoteGuids;
    QStringList skipped;                   // what is not imported, one line each ("PDF source “x.pdf”")
};

// "{0A1B…}" and "0a1b…" alike: without braces, lower case.
QString normalizedGuid(QStringView guid);

// Reads project.qde. Unknown elements are passed over; sources other than text are listed in `skipped`.
// Fails on XML that is not well-formed, a root that is not a QDA-XML Project, a selection without integer
// positions, and codes nested deeper than Marginalia's tag tree goes.
Result<Project> parseProjectXml(const QByteArray &xml);

} // namespace marginalia::qdpx
