#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Scores HTML reader mode against Mozilla Readability's test pages with /work/shared/eval/score_html.py,
# running the built marginalia-cli directly inside the build root (much faster than `scripts/dev cli` per
# page). Needs a marginalia-cli whose main dispatches `text` and `info` to app/cli/cmd_import.
#   tests/import/score-readability.sh [--show N]
# Environment: MARGINALIA_BUILD_DIR (as for scripts/dev), MARGINALIA_EVAL (default /work/shared/eval).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${MARGINALIA_BUILD_DIR:-$repo/build/dev}
eval_dir=${MARGINALIA_EVAL:-/work/shared/eval}
"$repo/scripts/dev" build >/dev/null
# The build root sees /tmp but not necessarily the eval folder: work on a copy.
copy=$(mktemp -d /tmp/marginalia-eval.XXXXXX)
trap 'rm -rf "$copy"' EXIT
cp -r "$eval_dir"/score_html.py "$eval_dir"/readability-pages "$copy"/
echo "cd '$copy' && python3 score_html.py --cli '$build/bin/marginalia-cli' --pages '$copy/readability-pages' $*" |
  MARGINALIA_BUILD_DIR="$build" "$repo/scripts/dev" shell
