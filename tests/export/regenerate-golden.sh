#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites the golden files of tests/export/data from the current CLI. Run from the repository after an
# intended change to the annotation CSV, matrix or co-occurrence exports, then read `git diff tests/export/data`.
set -e
cd "$(dirname "$0")/../.."
scripts/dev shell -c 'cd build/dev && ninja marginalia-cli tst_matrices tst_annotationcsv && for test in tst_matrices tst_annotationcsv; do MARGINALIA_REGENERATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen ./tests/$test || exit 1; done'
