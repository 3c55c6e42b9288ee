// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Document.h"

#include <QString>

namespace marginalia::importdetail::html {

class FlatDom;

// The page's metadata: JSON-LD articles first, then <meta> tags (Dublin Core, Open Graph, Twitter,
// Parsely), the cleaned <title> (Readability's _getArticleTitle), the first <h1>; canonical URL; language.
DocumentMetadata readMetadata(const FlatDom &dom);
// A byline from the page ("By Jane Doe - Apr 16, 2015 8:02 pm") reduced to the name(s).
QString cleanByline(const QString &raw);

} // namespace marginalia::importdetail::html
