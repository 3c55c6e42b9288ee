// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/agreement/Agreement.h"

#include <QString>

namespace marginalia {

// An agreement report written out, for the CLI and the agreement dialog's export. Undefined figures are
// "n/a" in text, empty cells in CSV and null in JSON; figures have three decimals.

// A coefficient for people: "0.743", "-0.120" or "n/a".
QString formatCoefficient(double value);

// The report for reading in a terminal: the documents and units compared, the per-tag table and each pair
// of coders' confusion table.
QString agreementText(const AgreementReport &report);

// RFC 4180 CSV (records end in CRLF, user text guarded against formulas). Tags: one row per tag with
// tag, alpha_u, kappa, paragraphs, then paragraphs and characters coded by each coder. Confusion: the
// table of the pair of coders at `pairIndex` in report.confusions, a row per first coder's tag (the last
// "(none)"), a column per second coder's tag.
enum class AgreementTable { Tags, Confusion };
QString agreementCsv(const AgreementReport &report, AgreementTable table, qsizetype pairIndex = 0);

// One JSON object with everything in the report (compact, one line).
QString agreementJson(const AgreementReport &report);

} // namespace marginalia
