// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/AcceptSuggestionsCommand.h"

#include <ranges>

namespace marginalia {

AcceptSuggestionsCommand::AcceptSuggestionsCommand(ProjectEditor &editor, AcceptedSuggestions added,
                                                   const QString &text)
    : StoreCommand(editor, text)
    , m_added(std::move(added))
{
}

Result<void> AcceptSuggestionsCommand::apply()
{
    // Entities first, so that mentions and claims find them.
    auto done = store().transaction([this]() -> Result<void> {
        for (const Entity &entity : std::as_const(m_added.entities))
            if (auto restored = store().restoreEntity(entity); !restored)
                return restored;
        for (const Mention &mention : std::as_const(m_added.mentions))
            if (auto restored = store().restoreMention(mention); !restored)
                return restored;
        for (const Annotation &annotation : std::as_const(m_added.annotations))
            if (auto restored = store().restoreAnnotation(annotation); !restored)
                return restored;
        return {};
    });
    if (done)
        notify(true);
    return done;
}

Result<void> AcceptSuggestionsCommand::revert()
{
    auto done = store().transaction([this]() -> Result<void> {
        for (const Annotation &annotation : std::views::reverse(m_added.annotations))
            if (auto removed = store().removeAnnotation(annotation.id); !removed)
                return removed;
        for (const Mention &mention : std::views::reverse(m_added.mentions))
            if (auto removed = store().removeMention(mention.id); !removed)
                return removed;
        for (const Entity &entity : std::views::reverse(m_added.entities))
            if (auto removed = store().removeEntity(entity.id); !removed)
                return removed;
        return {};
    });
    if (done)
        notify(false);
    return done;
}

void AcceptSuggestionsCommand::notify(bool added) const
{
    for (const Annotation &annotation : m_added.annotations) {
        if (added)
            m_editor.notifyAnnotationAdded(annotation);
        else
            m_editor.notifyAnnotationRemoved(annotation);
    }
    if (!m_added.entities.isEmpty() || !m_added.mentions.isEmpty())
        m_editor.notifyEntitiesChanged();
}

} // namespace marginalia
