// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/exchange/AnnotationReaders.h"
#include "core/model/Error.h"
#include "core/model/Model.h"

#include <QList>
#include <QString>

#include <optional>

namespace marginalia {

class ProjectStore;

struct AnnotationImportOptions {
    // Every annotation goes to this document; else each names its own (document id, the document's IRI
    // or web address, source path or title), and a project of one document takes them all.
    std::optional<qint64> documentId;
    // For annotations that name no document of the project (the window passes the open one).
    std::optional<qint64> fallbackDocumentId;
};

struct AnnotationImportSummary {
    QList<Annotation> added; // with their new ids, in file order
    int tagsCreated = 0;
};

// Bulk import of annotations from another tool or a Marginalia export: each is placed in its document
// (AnnotationPlacement), its tag found by path or created (findOrCreateTag), and all are written in one
// transaction through the store, all or none: the first annotation that cannot be placed is named
// ("line 1234: end 90 beyond the document's 80 characters") and nothing, not even a new tag, is kept.
//
// This is a bulk path beside the undo history: a window that imports this way must say so and reload.
Result<AnnotationImportSummary> importAnnotations(ProjectStore &store, const QList<IncomingAnnotation> &incoming,
                                                  const AnnotationImportOptions &options = {});
// Reads the file (CSV, W3C or Hypothesis JSON, JSON Lines; see detectAnnotationFormat) and imports it.
Result<AnnotationImportSummary> importAnnotationFile(ProjectStore &store, const QString &path,
                                                     const AnnotationImportOptions &options = {});

} // namespace marginalia
