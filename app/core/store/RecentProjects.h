// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace marginalia {

// The rules of File ▸ Open Recent, apart from where the list is kept (QSettings in the GUI): the most
// recently opened project first, each project once (compared by its absolute, cleaned path), at most
// kRecentProjectLimit entries, and projects whose file is gone dropped when the list is shown.
constexpr int kRecentProjectLimit = 10;

// `path` moved (or added) to the front of `recent`, the oldest entries beyond `limit` dropped.
QStringList withRecentProject(const QStringList &recent, const QString &path, int limit = kRecentProjectLimit);
// `recent` without `path` (a project that could not be opened).
QStringList withoutRecentProject(const QStringList &recent, const QString &path);
// `recent` without the projects whose file no longer exists, in the same order.
QStringList existingRecentProjects(const QStringList &recent);

} // namespace marginalia
