// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Stage.h"

namespace marginalia::analysis {

// Span ordering: spans of user definitions win where they overlap; all spans sorted (by start, claim
// first, longer first), offsets turned into code points, claims linked to the entities inside them.
class SpanOrderStage final : public Stage {
public:
    QLatin1StringView name() const override { return QLatin1StringView("span-ordering"); }
    void run(AnalysisContext &ctx) const override;
};

} // namespace marginalia::analysis
