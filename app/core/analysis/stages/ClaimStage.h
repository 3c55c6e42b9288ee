// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Stage.h"

namespace marginalia::analysis {

// Claims: statements attributed to a source (reporting verbs, "according to"), quotations, and
// sentences stating figures with no source.
class ClaimStage final : public Stage {
public:
    QLatin1StringView name() const override { return QLatin1StringView("claims"); }
    void run(AnalysisContext &ctx) const override;
};

} // namespace marginalia::analysis
