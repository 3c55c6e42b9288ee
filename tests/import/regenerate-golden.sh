#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites tests/import/data/*.blocks.jsonl and *.text from the importer's current output.
# To add a fixture: put FILE in tests/import/data, `touch FILE.blocks.jsonl`, run this, review `git diff`.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${MARGINALIA_BUILD_DIR:-$repo/build/dev}
"$repo/scripts/dev" build >/dev/null
echo "cd '$build' && MARGINALIA_REGENERATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen ./tests/tst_import goldenBlocks" |
  MARGINALIA_BUILD_DIR="$build" "$repo/scripts/dev" shell
git -C "$repo" status --short tests/import/data
