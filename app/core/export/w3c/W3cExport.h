// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/export/CsvExporter.h"

#include <QIODevice>
#include <QJsonObject>
#include <QString>

namespace marginalia {

class ProjectStore;

// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) in JSON-LD, as web annotation tools exchange it.

// The IRI that names a document outside the project: its web address when it came from one, else a URN of
// its content hash (urn:marginalia:sha256:<hex>), which stays the same when the file is imported again, in
// this or another project.
QString documentIri(const DocumentRecord &document);

// One annotation: target.source the document's IRI, a TextQuoteSelector (exact, prefix, suffix) and a
// TextPositionSelector (start, end in code points); bodies the tag path (purpose "tagging") and the note
// (purpose "commenting"); creator, created and modified. `tagPath` is empty for an untagged annotation.
QJsonObject w3cAnnotation(const Annotation &annotation, const QString &documentIri, const QString &tagPath);

// An AnnotationCollection (@context http://www.w3.org/ns/anno.jsonld) with one AnnotationPage holding every
// annotation the options select, written item by item. Returns the number of annotations written.
Result<int> exportW3c(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out);

} // namespace marginalia
