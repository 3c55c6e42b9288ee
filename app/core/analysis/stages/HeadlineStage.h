// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Stage.h"

namespace marginalia::analysis {

// Headline casing: in a title-case headline, capitalised everyday words are taken as lower case.
class HeadlineStage final : public Stage {
public:
    QLatin1StringView name() const override { return QLatin1StringView("headline-casing"); }
    void run(AnalysisContext &ctx) const override;
};

} // namespace marginalia::analysis
