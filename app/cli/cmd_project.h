// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"

#include <QCommandLineOption>
#include <QStringList>

#include <memory>

#include "core/store/ProjectStore.h"

namespace marginalia::cli {
// --project P, shared by the commands that work on a project.
QCommandLineOption projectOption();
// Opens an existing project; commands other than import never create one by accident, and commands that
// only read open it read-only, so that they change no file.
Result<std::unique_ptr<ProjectStore>> openExistingProject(const QString &path,
                                                          ProjectAccess access = ProjectAccess::ReadOnly);

int runImport(const QStringList &args);
int runList(const QStringList &args);
int runTag(const QStringList &args);
int runExport(const QStringList &args);
int runCodebook(const QStringList &args);
int runMemo(const QStringList &args);
int runCheck(const QStringList &args);
} // namespace marginalia::cli
