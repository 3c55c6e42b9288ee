// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/edit/RemoveDocumentCommand.h"

namespace marginalia {

Result<DocumentContents> readDocumentContents(const ProjectStore &store, qint64 documentId)
{
    DocumentContents contents;
    auto document = store.document(documentId);
    if (!document)
        return std::unexpected(document.error());
    contents.document = *document;
    auto annotations = store.annotations(documentId);
    if (!annotations)
        return std::unexpected(annotations.error());
    contents.annotations = *annotations;
    auto rejections = store.rejections(documentId);
    if (!rejections)
        return std::unexpected(rejections.error());
    contents.rejections = *rejections;
    auto mentions = store.mentions(documentId);
    if (!mentions)
        return std::unexpected(mentions.error());
    contents.mentions = *mentions;
    auto memo = store.documentMemo(documentId);
    if (!memo)
        return std::unexpected(memo.error());
    contents.memo = *memo;
    return contents;
}

RemoveDocumentCommand::RemoveDocumentCommand(ProjectEditor &editor, DocumentContents contents)
    : StoreCommand(editor, ProjectEditor::tr("Delete Document “%1”").arg(contents.document.title))
    , m_contents(std::move(contents))
{
}

Result<void> RemoveDocumentCommand::apply()
{
    auto removed = store().removeDocument(m_contents.document.id);
    if (removed)
        m_editor.notifyDocumentRemoved(m_contents.document.id);
    return removed;
}

Result<void> RemoveDocumentCommand::revert()
{
    auto restored = store().transaction([this]() -> Result<void> {
        if (auto document = store().restoreDocument(m_contents.document); !document)
            return document;
        for (const Annotation &annotation : m_contents.annotations)
            if (auto done = store().restoreAnnotation(annotation); !done)
                return done;
        for (const Rejection &rejection : m_contents.rejections)
            if (auto done = store().addRejection(rejection); !done)
                return done;
        for (const Mention &mention : m_contents.mentions)
            if (auto done = store().restoreMention(mention); !done)
                return done;
        if (m_contents.memo.isEmpty())
            return {};
        return store().setDocumentMemo(m_contents.document.id, m_contents.memo);
    });
    if (restored)
        m_editor.notifyDocumentRestored(m_contents.document.id);
    return restored;
}

} // namespace marginalia
