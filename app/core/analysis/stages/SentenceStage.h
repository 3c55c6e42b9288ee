// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Stage.h"

namespace marginalia::analysis {

// Sentence splitter: marks the first token of each sentence of the line.
class SentenceStage final : public Stage {
public:
    QLatin1StringView name() const override { return QLatin1StringView("sentence-splitter"); }
    void run(AnalysisContext &ctx) const override;
};

} // namespace marginalia::analysis
