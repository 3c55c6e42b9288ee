// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace marginalia::importdetail::html {

// HTML tree building is quadratic in the nesting depth (every start tag checks the stack of open elements),
// so a page with 100,000 nested elements would take hours in gumbo. A cheap tag scan first: when elements
// nest deeper than `limit`, the tags beyond it are left out (their text stays).
QByteArray limitNesting(const QByteArray &html, int limit);

} // namespace marginalia::importdetail::html
