// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/RecentProjects.h"

#include <QDir>
#include <QFileInfo>

namespace marginalia {

namespace {

// "~/a/../b.marginalia" and "/home/me/b.marginalia" are the same project.
QString projectKey(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

QStringList withRecentProject(const QStringList &recent, const QString &path, int limit)
{
    QStringList updated = withoutRecentProject(recent, path);
    updated.prepend(projectKey(path));
    while (updated.size() > qMax(limit, 1))
        updated.removeLast();
    return updated;
}

QStringList withoutRecentProject(const QStringList &recent, const QString &path)
{
    const QString key = projectKey(path);
    QStringList kept;
    for (const QString &entry : recent)
        if (!entry.isEmpty() && projectKey(entry) != key && !kept.contains(projectKey(entry)))
            kept.append(projectKey(entry));
    return kept;
}

QStringList existingRecentProjects(const QStringList &recent)
{
    QStringList existing;
    for (const QString &entry : recent)
        if (QFileInfo(entry).isFile())
            existing.append(entry);
    return existing;
}

} // namespace marginalia
