// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/CommandId.h"
#include "core/edit/ProjectEditor.h"
#include "core/model/Error.h"
#include "core/store/ProjectStore.h"

#include <QUndoCommand>

namespace marginalia {

// Base of every undoable edit. The edit is applied before the command is pushed (so a failure never
// reaches the undo stack), which makes the push's redo a no-op; later redos and undos write through the
// store. A failure then is reported through the editor and makes the command obsolete, so the stack
// drops it instead of leaving a step that cannot be replayed.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(ProjectEditor &editor, const QString &text)
        : QUndoCommand(text)
        , m_editor(editor)
    {
    }

    void redo() final
    {
        if (m_alreadyDone) {
            m_alreadyDone = false;
            return;
        }
        finish(apply());
    }

    void undo() final { finish(revert()); }

protected:
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;

    // Commands write; everyone else reads through ProjectEditor::store().
    ProjectStore &store() const { return m_editor.m_store; }

    // Put an item (annotation, tag, rejection) back under its id, or take it out, and tell the editor's
    // listeners; overloaded so that PresenceCommand<Item> serves every kind of item.
    Result<void> putBack(const Annotation &annotation)
    {
        auto restored = store().restoreAnnotation(annotation);
        if (restored)
            m_editor.notifyAnnotationAdded(annotation);
        return restored;
    }
    Result<void> takeOut(const Annotation &annotation)
    {
        auto removed = store().removeAnnotation(annotation.id);
        if (removed)
            m_editor.notifyAnnotationRemoved(annotation);
        return removed;
    }
    // The cached tag list is reloaded even after a failure: the store may hold part of the change.
    Result<void> putBack(const Tag &tag)
    {
        auto restored = store().restoreTag(tag);
        m_editor.reloadTags();
        return restored;
    }
    Result<void> takeOut(const Tag &tag)
    {
        auto removed = store().removeTag(tag.id);
        m_editor.reloadTags();
        return removed;
    }
    Result<void> putBack(const Rejection &rejection)
    {
        auto added = store().addRejection(rejection);
        if (added)
            m_editor.notifyRejectionsChanged(rejection.documentId);
        return added;
    }
    Result<void> takeOut(const Rejection &rejection)
    {
        auto removed = store().removeRejection(rejection);
        if (removed)
            m_editor.notifyRejectionsChanged(rejection.documentId);
        return removed;
    }

    ProjectEditor &m_editor;

private:
    void finish(const Result<void> &result)
    {
        if (!result) {
            m_editor.reportError(result.error().message);
            setObsolete(true);
        }
    }

    bool m_alreadyDone = true;
};

} // namespace marginalia
