// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUuid>

namespace marginalia {

class ProjectStore;

// The GUIDs of a REFI-QDA export: UUID v5 of the project's own UUID (kept in the project, see
// ProjectStore::projectUuid) and the object's kind and id, so that two exports of the same project give
// every code, source, selection, note and user the same GUID and another tool can match them up.
class QdpxGuids final {
public:
    explicit QdpxGuids(const QUuid &projectNamespace);
    // The project's namespace; a project from before project UUIDs were kept, only read since, falls back to
    // one derived from its file path (stable while the file stays where it is).
    static QdpxGuids forProject(const ProjectStore &store);

    // Lower case, without braces: "kind/id" (code/12, source/3, selection/40, coding/40, note/annotation/40,
    // note/document/3, note/project, user/<name>).
    QString guid(const QString &kind, const QString &id = {}) const;
    QString guid(const QString &kind, qint64 id) const { return guid(kind, QString::number(id)); }

private:
    QUuid m_namespace;
};

} // namespace marginalia
