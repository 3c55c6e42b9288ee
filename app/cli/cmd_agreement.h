// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace marginalia::cli {
// agreement --project P [--coders a,b] [--tags x,y] [--document ID] [--format text|csv|json] [--table tags|confusion]
int runAgreement(const QStringList &args);
} // namespace marginalia::cli
