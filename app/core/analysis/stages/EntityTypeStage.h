// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Stage.h"

namespace marginalia::analysis {

// Entity typer: decides what each name chunk is (person, organisation, place) from word lists, cue
// words, titles and the shape of the words; chunks with no cue stay untyped for the consistency stage.
class EntityTypeStage final : public Stage {
public:
    QLatin1StringView name() const override { return QLatin1StringView("entity-typer"); }
    void run(AnalysisContext &ctx) const override;
};

} // namespace marginalia::analysis
