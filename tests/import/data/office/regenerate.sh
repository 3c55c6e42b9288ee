#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites the samples in tests/import/data/office from source.md (make-samples.py, inside the build root,
# where pandoc, LibreOffice and python3-docx are installed). Review with `git status` afterwards: the tools
# stamp dates and ids into their files, so every sample changes in bytes even when nothing else did.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
"$repo/scripts/dev" shell -c "cd '$repo' && python3 tests/import/data/office/make-samples.py"
git -C "$repo" status --short tests/import/data/office
