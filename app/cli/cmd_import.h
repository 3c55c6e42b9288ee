// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// marginalia-cli import commands. `args` are the arguments after the command word.
// Exit status: 0 success, 1 the input could not be imported, 2 usage error. Messages go to stderr.
//
//   text [--content-only] FILE          the normalized text exactly (no newline added); with --content-only
//                                       the content blocks (no boilerplate, no duplicates) joined by blank lines
//   info FILE [--field NAME]            metadata as "name: value" lines, or one field's value; NAME is one of
//                                       title author date site url language format hash source
//   blocks [--format jsonl] FILE        one JSON object per block: index, start, end (code points, end
//                                       exclusive), kind, and duplicate_of / page when set

#include <QIODevice>
#include <QStringList>

// Write to stdout/stderr. Declared at global scope and also reachable as marginalia::runText and
// marginalia::cli::runText, so the CLI main can call them either way.
int runText(const QStringList &args);
int runInfo(const QStringList &args);
int runBlocks(const QStringList &args);

namespace marginalia {
using ::runBlocks;
using ::runInfo;
using ::runText;
} // namespace marginalia

namespace marginalia::cli {

using ::runBlocks;
using ::runInfo;
using ::runText;

// The same, writing to the given devices (for tests).
int runText(const QStringList &args, QIODevice &out, QIODevice &err);
int runInfo(const QStringList &args, QIODevice &out, QIODevice &err);
int runBlocks(const QStringList &args, QIODevice &out, QIODevice &err);

} // namespace marginalia::cli
