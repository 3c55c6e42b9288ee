// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// SHA-256 (FIPS 180-4) of a whole buffer, for the content hash of every import. QCryptographicHash gives the same
// digest but copies its input into its block buffer one byte at a time: on a 10 MB text that was a sixth of the
// import's processor time. This one compresses the 64-byte blocks where they lie.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace marginalia::importdetail {

// The 32-byte digest.
QByteArray sha256(QByteArrayView data);
// The digest in lower-case hex, as documents store it.
QString sha256Hex(QByteArrayView data);

} // namespace marginalia::importdetail
