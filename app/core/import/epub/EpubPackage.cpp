// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/epub/EpubPackage.h"

#include "core/import/office/OfficeXml.h"

#include <QDir>
#include <QHash>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::epub {

using namespace office;

QString packageDocumentPath(const QByteArray &containerXml)
{
    XmlCursor cursor(containerXml);
    while (cursor.next())
        if (cursor.isStart(u"rootfile"))
            return cursor.attribute(u"full-path");
    return {};
}

Result<EpubSpine> readSpine(const QByteArray &opfXml, const QString &opfPath)
{
    struct Item {
        QString href;
        QString mediaType;
        QString properties;
    };
    QHash<QString, Item> manifest;
    QStringList order;
    XmlCursor cursor(opfXml);
    while (cursor.next()) {
        if (cursor.isStart(u"item"))
            manifest.insert(cursor.attribute(u"id"), Item{cursor.attribute(u"href"), cursor.attribute(u"media-type"),
                                                          cursor.attribute(u"properties")});
        else if (cursor.isStart(u"itemref"))
            order.append(cursor.attribute(u"idref"));
    }
    if (const QString problem = cursor.error(); !problem.isEmpty())
        return failure(Error::Kind::BadInput, problem);
    EpubSpine spine;
    const QString folder = opfPath.contains(u'/') ? opfPath.section(u'/', 0, -2) + u'/' : QString();
    for (const QString &id : std::as_const(order)) {
        const Item item = manifest.value(id);
        const bool document = item.mediaType.contains(u"html"_s);
        if (!document || item.properties.split(u' ').contains(u"nav"_s) || item.href.isEmpty())
            continue;
        // Hrefs are URLs relative to the package document.
        const QString href = QUrl::fromPercentEncoding(item.href.section(u'#', 0, 0).toUtf8());
        const QString path = QDir::cleanPath(folder + href);
        if (!path.startsWith(u"../"_s) && !spine.chapters.contains(path))
            spine.chapters.append(path);
    }
    spine.meta = readDublinCore(opfXml);
    return spine;
}

bool encryptsDocuments(const QByteArray &encryptionXml)
{
    XmlCursor cursor(encryptionXml);
    while (cursor.next()) {
        if (!cursor.isStart(u"CipherReference"))
            continue;
        const QString uri = cursor.attribute(u"URI").toLower();
        if (!(uri.endsWith(u".otf") || uri.endsWith(u".ttf") || uri.endsWith(u".woff") || uri.endsWith(u".woff2")))
            return true;
    }
    return false;
}

} // namespace marginalia::importdetail::epub
