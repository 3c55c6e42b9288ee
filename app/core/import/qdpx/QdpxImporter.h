// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace marginalia {

class ProjectStore;

// What a REFI-QDA import brought in, and what it left out.
struct QdpxImportReport {
    int documentsAdded = 0;
    int documentsFound = 0; // the same text was in the project already: its annotations join that document
    int tagsAdded = 0;
    int annotationsAdded = 0;
    int annotationsAlreadyThere = 0; // same document, range and tag: not added twice
    int memosSet = 0;
    QStringList skipped; // one line each: sources that are not text, things Marginalia has no place for
};

// Brings a REFI-QDA project exchange file (.qdpx, QDA-XML 1.0) written by another tool into a project: each
// TextSource (its plainTextPath inside the ZIP, or its inline PlainTextContent) becomes a document, the
// code tree becomes tags (nested; a code whose name and parent match a tag reuses it), each Coding on a
// PlainTextSelection an annotation (a selection without codings an untagged one) with its notes and its
// author, the notes on sources and on the project become memos. PDF, picture, audio and video sources are
// listed as skipped. All of it is written in one transaction, or nothing when anything is wrong, and the
// error names the source, selection or code. GUIDs match whatever their case or braces.
//
// Positions count characters (Unicode code points) of the source's plain text, as Marginalia's offsets do;
// where normalisation changes the text (CR LF to LF, NFC) they are mapped onto the normalized text.
//
// A project exchange, not a document format: it writes tags, documents, annotations and memos at once, so
// it lives beside the importers (in import/qdpx, next to the ZIP reader it shares) but is not registered in
// the FormatRegistry, which turns one file into one document.
Result<QdpxImportReport> importQdpx(ProjectStore &store, const QString &path);
Result<QdpxImportReport> importQdpxBytes(ProjectStore &store, const QByteArray &bytes, const QString &fileName);

} // namespace marginalia
