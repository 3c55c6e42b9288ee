// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/SuggestionAcceptance.h"

#include "core/codebook/EntityRegister.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

// Register writes of one accept: the entities known so far (the store's plus those just created) and
// what was added, for the undo step.
class RegisterFeed {
public:
    RegisterFeed(ProjectStore &store, QList<Entity> entities, QList<Mention> mentions, AcceptedSuggestions &added)
        : m_store(store)
        , m_entities(std::move(entities))
        , m_mentions(std::move(mentions))
        , m_added(added)
    {
    }

    // The entity called `name` of `type` (or, `anyType`, of another type when none of `type` is known),
    // made if new.
    Result<Entity> entityNamed(const QString &name, const QString &type, bool anyType)
    {
        auto known = findRegisterEntity(m_entities, name, type);
        if (!known && anyType)
            known = findRegisterEntity(m_entities, name);
        if (!known) {
            // An entity made for a claim's source has no type yet: a typed mention of it is the same one.
            known = findRegisterEntity(m_entities, name);
            if (known && !known->type.isEmpty())
                known.reset();
        }
        if (known)
            return *known;
        Entity draft;
        draft.name = name;
        draft.type = type;
        auto created = m_store.addEntity(draft);
        if (!created)
            return std::unexpected(created.error());
        m_entities.append(*created);
        m_added.entities.append(*created);
        return *created;
    }

    Result<void> mention(qint64 documentId, int start, int end, qint64 entityId)
    {
        const bool already = std::ranges::any_of(m_mentions, [&](const Mention &m) {
            return m.documentId == documentId && m.start == start && m.end == end && m.entityId == entityId;
        });
        if (already)
            return {};
        Mention draft;
        draft.documentId = documentId;
        draft.start = start;
        draft.end = end;
        draft.entityId = entityId;
        draft.origin = u"analysis"_s;
        auto added = m_store.addMention(draft);
        if (!added)
            return std::unexpected(added.error());
        m_mentions.append(*added);
        m_added.mentions.append(*added);
        return {};
    }

private:
    ProjectStore &m_store;
    QList<Entity> m_entities;
    QList<Mention> m_mentions;
    AcceptedSuggestions &m_added;
};

Annotation annotationFor(qint64 documentId, const QString &documentText, const SuggestionToAccept &suggestion)
{
    const Span &span = suggestion.span;
    Annotation draft;
    draft.documentId = documentId;
    draft.start = span.start;
    draft.end = span.end;
    draft.tagId = suggestion.tagId;
    draft.kind = span.kind == SpanKind::Claim ? AnnotationKind::Claim : AnnotationKind::Entity;
    draft.label = span.label;
    draft.confidence = span.confidence;
    draft.source = span.source;
    draft.rule = span.rule;
    if (span.kind == SpanKind::Claim)
        draft.status = u"unreviewed"_s;
    fillContext(draft, documentText);
    return draft;
}

// The type of the person, organisation or place analysis found inside a claim under the name of its
// source ("President Trump said …" holds a PERSON span "President Trump"); empty when there is none.
QString sourceType(const Span &claim, const QString &sourceName, const QString &documentText,
                   const CodePointIndex &index, const QList<Span> &found)
{
    const QString key = normalizedEntityName(sourceName);
    for (int at : claim.entityIndices) {
        if (at < 0 || at >= found.size())
            continue;
        const Span &span = found[at];
        if (span.kind != SpanKind::Entity || !isRegisterLabel(span.label))
            continue;
        const int from = index.toUtf16(span.start);
        if (normalizedEntityName(documentText.mid(from, index.toUtf16(span.end) - from)) == key)
            return span.label;
    }
    return QString();
}

} // namespace

Result<AcceptedSuggestions> acceptSuggestionsInStore(ProjectStore &store, qint64 documentId,
                                                     const QString &documentText,
                                                     const QList<SuggestionToAccept> &suggestions,
                                                     const QList<Span> &found, const QString &author)
{
    AcceptedSuggestions added;
    auto done = store.transaction([&]() -> Result<void> {
        auto entities = store.entities();
        if (!entities)
            return std::unexpected(entities.error());
        auto mentions = store.mentions(documentId);
        if (!mentions)
            return std::unexpected(mentions.error());
        RegisterFeed feed(store, *entities, *mentions, added);
        std::optional<CodePointIndex> index; // built for the first claim only
        for (const SuggestionToAccept &suggestion : suggestions) {
            Annotation draft = annotationFor(documentId, documentText, suggestion);
            draft.author = author;
            const QString entityName = registerName(draft.quote);
            const bool isName = draft.kind == AnnotationKind::Entity && isRegisterLabel(draft.label);
            if (isName && !entityName.isEmpty()) {
                auto entity = feed.entityNamed(entityName, draft.label, false);
                if (!entity)
                    return std::unexpected(entity.error());
                if (auto mentioned = feed.mention(documentId, draft.start, draft.end, entity->id); !mentioned)
                    return mentioned;
            }
            const QString sourceName = claimSourceName(draft.source);
            if (draft.kind == AnnotationKind::Claim && !sourceName.isEmpty()) {
                if (!index)
                    index.emplace(documentText);
                const QString type = sourceType(suggestion.span, sourceName, documentText, *index, found);
                auto source = feed.entityNamed(sourceName, type, true);
                if (!source)
                    return std::unexpected(source.error());
                draft.sourceEntityId = source->id;
            }
            auto stored = store.addAnnotation(draft);
            if (!stored)
                return std::unexpected(stored.error());
            added.annotations.append(*stored);
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return added;
}

} // namespace marginalia
