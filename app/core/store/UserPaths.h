// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace marginalia {

// Where Marginalia keeps a user's own files, the same for the window and the command line:
// ~/.local/share/Marginalia on Linux (the default project and the user's rule files).
QString userDataFolder();
QString defaultProjectPath();
// Folders whose syntax definition files add to or override the bundled analysis rules.
QStringList userRuleFolders();

} // namespace marginalia
