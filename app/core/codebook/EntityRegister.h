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

// findMentionCandidates() for one document of the project, or for every document.
Result<QList<MentionSuggestion>> recommendMentions(const ProjectStore &store,
                                                   std::optional<qint64> documentId = std::nullopt);

} // namespace marginalia
