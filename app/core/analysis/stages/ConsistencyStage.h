// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Stage.h"

namespace marginalia::analysis {

// Document consistency: the same name gets the same type throughout (strongest cue wins), abbreviations
// follow their long form, surnames follow the person, national teams in match reports, leftovers typed.
class ConsistencyStage final : public Stage {
public:
    QLatin1StringView name() const override { return QLatin1StringView("document-consistency"); }
    void run(AnalysisContext &ctx) const override;
};

} // namespace marginalia::analysis
