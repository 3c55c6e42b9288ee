// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"

#include <optional>

namespace marginalia {

class ProjectStore;

// A name written in capitals ("NASA", "U.N.") is an acronym: matched case-sensitively, so that the
// word "nasa" or "un" in running text is not taken for it.
bool isAcronym(const QString &name);

// Places in `text` where a name or alias of a known entity occurs as whole words, that are not yet a
// mention, not covered by an entity annotation or an annotation of exactly that range, and not rejected
// (a rejection of that range, whatever its label). Where names overlap the longest wins. Sorted by start.
QList<MentionSuggestion> findMentionCandidates(qint64 documentId, const QString &text, const QList<Entity> &entities,
                                               const QList<Annotation> &annotations, const QList<Mention> &mentions,
                                               const QList<Rejection> &rejections);

// The register's rules for what accepting a suggestion adds to it.

// The key two spellings of one name share: whitespace collapsed, case folded, a possessive "'s" and
// surrounding quotes or punctuation dropped ("Ada  Lovelace's" and "ada lovelace" are one name).
QString normalizedEntityName(const QString &name);

// The name as the register shows it: the written form, whitespace collapsed, without possessive or
// surrounding punctuation. Empty when nothing of a name is left.
QString registerName(const QString &written);

// Whether an accepted entity suggestion of `label` names something the register keeps: people,
// organisations and places. Dates, amounts and quantities are annotated but are not entities to merge.
bool isRegisterLabel(const QString &label);

// The entity `name` refers to: one whose name or an alias normalizes the same. With a `type`, only
// entities of that type (case-insensitive) count; without, any type, the first by register order.
std::optional<Entity> findRegisterEntity(const QList<Entity> &entities, const QString &name,
                                         const QString &type = QString());

// The register name of a claim's source as analysis wrote it: "he (Ahmed Shah)" is Ahmed Shah; a bare
// pronoun ("they", "it") names nobody and gives an empty name.
QString claimSourceName(const QString &source);

// findMentionCandidates() for one document of the project, or for every document.
Result<QList<MentionSuggestion>> recommendMentions(const ProjectStore &store,
                                                   std::optional<qint64> documentId = std::nullopt);

} // namespace marginalia
