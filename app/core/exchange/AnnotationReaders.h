// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace marginalia {

// An annotation read from another tool's file (or a Marginalia export), before it is placed in a document.
struct IncomingAnnotation {
    QString where;                   // how messages name it: "line 12", "annotation 3"
    std::optional<qint64> documentId; // a project document id (JSONL, CSV)
    QString documentIri;             // W3C target.source, Hypothesis uri, CSV document_source
    QString documentTitle;           // CSV document_title
    bool hasPosition = false;        // annotation.start/end were given (a hint, checked against the quote)
    QString tagPath;                 // "Parent/Child"; empty: untagged
    Annotation annotation;           // quote, prefix, suffix, note, author, times and provenance as read
};

enum class AnnotationFileFormat { Csv, WebAnnotation, Jsonl };

// CSV as Marginalia writes it (header names the columns; the formula guard's apostrophe is taken off).
Result<QList<IncomingAnnotation>> readAnnotationCsv(const QByteArray &data);
// W3C Web Annotation JSON: an AnnotationCollection (items in "first" and its pages), an AnnotationPage, an
// array of annotations or one; and Hypothesis' export JSON (annotations with target selectors, tags and
// text, bare or under "rows"/"annotations").
Result<QList<IncomingAnnotation>> readWebAnnotations(const QByteArray &data);
// One JSON object per line: {document_id, start, end, tag, note} (also quote, prefix, suffix, author).
Result<QList<IncomingAnnotation>> readAnnotationJsonl(const QByteArray &data);

// The format by extension (.csv, .json/.jsonld, .jsonl/.ndjson), else by content.
AnnotationFileFormat detectAnnotationFormat(const QString &fileName, const QByteArray &data);
Result<QList<IncomingAnnotation>> readAnnotations(AnnotationFileFormat format, const QByteArray &data);

} // namespace marginalia
