// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Stage.h"

namespace marginalia::analysis {

// Splits the line into words, numbers and punctuation and marks what the word lists and syntax
// definitions say about each (cues).
class TokenizerStage final : public Stage {
public:
    QLatin1StringView name() const override { return QLatin1StringView("tokenizer"); }
    void run(AnalysisContext &ctx) const override;
};

} // namespace marginalia::analysis
