// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/UserPaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace marginalia {

// Named explicitly rather than through AppDataLocation, which depends on the organisation and application
// names: the GUI and the CLI have different application names but must share one folder.
QString userDataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"Marginalia"_s);
}

QString defaultProjectPath()
{
    return QDir(userDataFolder()).filePath(u"default.marginalia"_s);
}

QStringList userRuleFolders()
{
    return {QDir(userDataFolder()).filePath(u"rules"_s)};
}

} // namespace marginalia
