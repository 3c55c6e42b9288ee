// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Document.h"
#include "core/model/Model.h"

#include <QList>

namespace marginalia {

// What re-importing a document did to its annotations.
struct RevisionSummary {
    int exact = 0;
    int moved = 0;
    int fuzzy = 0;
    int orphaned = 0;
    int mentionsDropped = 0;   // register mentions whose passage is gone (undo brings them back)
    int rejectionsDropped = 0; // rejected suggestions whose passage is gone
    QList<Annotation> orphans; // as they are kept: old quote and note, no range
};

struct DocumentRevision {
    DocumentVersion version; // what the document becomes
    RevisionSummary summary;
};

// The document `current` replaced by `newDocument` (a new import of a revised file): the new text,
// blocks and metadata, and every annotation moved onto the new text (see Reanchoring) with its status and
// score; an annotation that cannot be placed is kept as an orphan (its quote, context and note as they
// were), and orphans of an earlier revision are looked for again. Register mentions and rejected
// suggestions move the same way; those that cannot be placed are dropped (undo restores them).
DocumentRevision reviseDocument(const DocumentVersion &current, const ImportedDocument &newDocument);

} // namespace marginalia
