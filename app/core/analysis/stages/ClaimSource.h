// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/AnalysisContext.h"

namespace marginalia::analysis {

// The source of a claim as a noun phrase headed by a noun or a name, cut out of the words a claim rule
// found before or after its reporting verb: no opening conjunction or adverb, no appositive ("Masoud
// Andarabi, acting Minister …" → the person), the agent of a vehicle ("a report by the BBC" → "the BBC").
// Pronouns and documents ("he", "it", "the report") are resolved to the nearest compatible earlier source
// and written "he (Name)"; what cannot be a source (a lone determiner, a first-person clause) gives "".
class ClaimSource : ContextAccess {
public:
    explicit ClaimSource(AnalysisContext &context)
        : ContextAccess(context)
    {
    }

    // The source within tokens [from, to); rule becomes PronounSource or DocumentSource when resolved
    QString phrase(int from, int to, Rule &rule);

private:
    bool trim(int &from, int &to);
    bool looksHeaded(int from, int to);
    QString nearest(bool person, bool group, int before) const;
    QString resolvePronoun(int at, Rule &rule);
    void remember(int from, int to, bool viaVehicle);
};

} // namespace marginalia::analysis
