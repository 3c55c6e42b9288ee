// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Span.h"
#include "core/model/Error.h"
#include "core/model/Model.h"

namespace marginalia {

class ProjectStore;

// One suggestion to accept, and the tag its annotation gets (0: untagged).
struct SuggestionToAccept {
    Span span;
    qint64 tagId = 0;
};

// What accepting suggestions added to the project: exactly these rows, so that undo removes them and
// nothing else (an entity that was already in the register stays).
struct AcceptedSuggestions {
    QList<Entity> entities;        // created for a name the register did not know
    QList<Mention> mentions;       // new mentions of register entities
    QList<Annotation> annotations; // one per suggestion, in the order given
};

// Accepts `suggestions` of one document in one transaction. Each becomes an annotation keeping its
// provenance. An entity suggestion naming a person, organisation or place also becomes a mention of the
// register entity of that normalized name and type, created when there is none. A claim is attributed to
// the register entity its source names (typed like an entity suggestion of the same name among `found`,
// the document's analysis results, when there is one), created when needed. The annotations carry `author`.
Result<AcceptedSuggestions> acceptSuggestionsInStore(ProjectStore &store, qint64 documentId,
                                                     const QString &documentText,
                                                     const QList<SuggestionToAccept> &suggestions,
                                                     const QList<Span> &found, const QString &author = QString());

} // namespace marginalia
