// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What an EPUB's package document (the OPF) says: the reading order (spine) as paths inside the ZIP, and
// the Dublin Core metadata.

#include "core/model/Document.h"
#include "core/model/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace marginalia::importdetail::epub {

struct EpubSpine {
    QStringList chapters; // ZIP paths of the XHTML documents in reading order (the navigation page left out)
    DocumentMetadata meta;
};

// From META-INF/container.xml: the path of the package document, or empty.
QString packageDocumentPath(const QByteArray &containerXml);
// The spine of the package document at `opfPath`; fails when the XML cannot be read.
Result<EpubSpine> readSpine(const QByteArray &opfXml, const QString &opfPath);
// True when META-INF/encryption.xml encrypts a document (not only fonts, which readers may obfuscate).
bool encryptsDocuments(const QByteArray &encryptionXml);

} // namespace marginalia::importdetail::epub
