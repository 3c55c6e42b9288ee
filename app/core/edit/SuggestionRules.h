// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Span.h"
#include "core/model/Model.h"

#include <optional>

namespace marginalia {

// Review rules for analysis suggestions, shared by every view of them.

// The suggestions the reader still has to decide on, in the order found: those without an annotation over
// the same range (accepted, or annotated by hand) and without a Rejection of the same range and label.
QList<Span> openSuggestions(const QList<Span> &found, const QList<Annotation> &annotations,
                            const QList<Rejection> &rejections);

// The key (as in defaultTags()) of the default tag a suggestion of `label` is accepted as: Person 1,
// Organisation 2, Place 3, Date 4, Figure 5, Claim 6. 0 for a label without one.
int defaultTagKeyForLabel(const QString &label);

// The project's tag an accepted suggestion of `label` gets: the one with the label's default key, so that
// renaming or translating the tag does not break the link. nullopt when no tag has that key.
std::optional<Tag> tagForSuggestionLabel(const QList<Tag> &tags, const QString &label);

} // namespace marginalia
