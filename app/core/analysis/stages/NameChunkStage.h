// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Stage.h"

namespace marginalia::analysis {

// Name chunker: finds runs of capitalised words (with connectors such as "of", "&", initials) that may
// name something, for the entity typer.
class NameChunkStage final : public Stage {
public:
    QLatin1StringView name() const override { return QLatin1StringView("name-chunker"); }
    void run(AnalysisContext &ctx) const override;
};

} // namespace marginalia::analysis
