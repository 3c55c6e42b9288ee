// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The blocks of a whole HTML body, without reader-mode scoring: for documents that are all content, such
// as the chapters of an EPUB book. Footnotes and endnotes marked as such (EPUB 3 epub:type, DPUB-ARIA role)
// are left out of the body and returned, one text per note, so that the caller can add them after the whole
// book; note references and back links are dropped. A title page (epub:type="titlepage") gives Title and
// Byline blocks.

#include "core/import/ImportUtil.h"

#include <QString>
#include <QStringList>

namespace marginalia::importdetail::html {

QStringList emitWholeBody(const QString &html, DocumentBuilder &builder, const ImportOptions &options);

} // namespace marginalia::importdetail::html
