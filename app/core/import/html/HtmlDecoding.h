// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace marginalia::importdetail {

// WHATWG order: BOM, <meta charset> (or the XML declaration) in the first 1024 bytes, UTF-8 if valid, else
// windows-1252; valid multi-byte UTF-8 wins over a stale legacy declaration.
QString decodeHtml(const QByteArray &bytes);

} // namespace marginalia::importdetail
