// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Stage.h"

namespace marginalia::analysis {

// Numbers, dates, times and money: marks their tokens as used, so that no name takes them.
class NumberStage final : public Stage {
public:
    QLatin1StringView name() const override { return QLatin1StringView("numbers-dates-money"); }
    void run(AnalysisContext &ctx) const override;
};

} // namespace marginalia::analysis
