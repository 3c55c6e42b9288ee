// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/export/CsvExporter.h"
#include "core/model/Error.h"

#include <QByteArray>
#include <QIODevice>

namespace marginalia {

class ProjectStore;

// REFI-QDA project exchange (QDA-XML 1.0, the schema Project-mrt2019.xsd): what ATLAS.ti, MAXQDA, NVivo and
// QualCoder read. A .qdpx file is a ZIP holding project.qde and sources/<guid>.txt, each document's
// normalized text in UTF-8. In project.qde: the authors as Users, the tag tree as the CodeBook (colours,
// descriptions), one TextSource per document (plainTextPath internal://<guid>.txt), one PlainTextSelection
// per annotation with its Coding and its note as a NoteRef, memos and notes as Notes, and the document's
// source path as the text variable "Source file". Positions are counted in characters (Unicode code points)
// of the source's plain text, as the standard defines them and as Marginalia's offsets already are. GUIDs
// are derived (QdpxGuids), so every export of a project names the same objects alike.
//
// The options' document and tag filters limit the sources and selections; the code book is always whole.

// project.qde alone.
Result<QByteArray> qdpxProjectXml(const ProjectStore &store, const CsvExportOptions &options);
// The whole .qdpx. Returns the number of annotations (PlainTextSelections) written.
Result<int> exportQdpx(const ProjectStore &store, const CsvExportOptions &options, QIODevice &out);

} // namespace marginalia
