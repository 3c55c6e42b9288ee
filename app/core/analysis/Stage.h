// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLatin1StringView>

namespace marginalia::analysis {

struct AnalysisContext;

// One step of the analysis. Line stages run once per line of text, document stages once per call, in the
// order Analyzer lists them. Stages keep no state of their own: one set serves every thread.
class Stage {
public:
    virtual ~Stage() = default;
    virtual QLatin1StringView name() const = 0;
    virtual void run(AnalysisContext &ctx) const = 0;
};

} // namespace marginalia::analysis
