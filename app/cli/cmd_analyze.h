// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// `marginalia-cli analyze [--format jsonl|csv] FILE`: prints the entity and claim spans the analysis
// engine finds in a UTF-8 text file. args are the arguments after the word "analyze".
// Exit status: 0 ok, 1 unreadable input, 2 usage error.
int runAnalyze(const QStringList &args);
