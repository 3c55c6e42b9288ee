// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/edit/StoreCommand.h"

namespace marginalia {

// Everything of one document that removing it takes away: the document (text, blocks, metadata) and what
// refers to it (annotations with their notes and claim reviews, rejected suggestions, register mentions,
// its memo). Entities and tags stay: other documents may use them.
struct DocumentContents {
    DocumentRecord document;
    QList<Annotation> annotations;
    QList<Rejection> rejections;
    QList<Mention> mentions;
    QString memo;
};

Result<DocumentContents> readDocumentContents(const ProjectStore &store, qint64 documentId);

// A removed document: undo puts it and all its contents back under their old ids, in one transaction.
class RemoveDocumentCommand final : public StoreCommand {
public:
    RemoveDocumentCommand(ProjectEditor &editor, DocumentContents contents);

private:
    Result<void> apply() override;
    Result<void> revert() override;

    DocumentContents m_contents;
};

} // namespace marginalia
