// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace marginalia {

class ProjectEditor;
class ProjectStore;

// The entity-register part of ProjectEditor: each edit records the register rows it touches before and
// after, and pushes one RegisterCommand that switches between the two. Use it through ProjectEditor.
class RegisterEdits final {
public:
    RegisterEdits(ProjectEditor &editor, ProjectStore &store);

    bool renameEntity(qint64 entityId, const QString &name, const QString &type, const QStringList &aliases);
    bool mergeEntities(qint64 sourceId, qint64 targetId);
    bool splitMention(qint64 mentionId, const QString &name);

private:
    // Runs `change` (a store write), records the given rows around it and pushes the command; `change`
    // returns the ids of entities it created.
    bool record(const QString &text, const QList<qint64> &entityIds, const QList<qint64> &mentionIds,
                const QList<qint64> &annotationIds, const std::function<Result<QList<qint64>>()> &change);

    ProjectEditor &m_editor;
    ProjectStore &m_store;
};

} // namespace marginalia
