// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// OpenDocument text (.odt) to typed blocks: the ZIP package with KF6 Archive, content.xml, styles.xml and
// meta.xml with QXmlStreamReader (office/, OdtBodyReader). Footnotes and endnotes follow the body as
// Footnote blocks. A file saved with a password (its manifest lists encryption data) is refused with a
// message saying what to do, before its scrambled content is parsed.

#include "core/import/DocumentFormat.h"
#include "core/import/ImportUtil.h"
#include "core/import/odt/OdfStyles.h"
#include "core/import/odt/OdtBodyReader.h"
#include "core/import/office/OfficePackage.h"
#include "core/import/office/OfficeXml.h"
#include "core/import/office/ZipDocumentFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace importdetail;
using namespace importdetail::office;
using namespace importdetail::odt;

namespace {

bool manifestListsEncryption(const QByteArray &manifest)
{
    XmlCursor cursor(manifest);
    while (cursor.next())
        if (cursor.isStart(u"encryption-data"))
            return true;
    return false;
}

const QString kKindName = u"OpenDocument text"_s;

Result<ImportedDocument> readOdt(OfficePackage &package, const ReadContext &context)
{
    const Result<QByteArray> manifest = package.readOptional(u"META-INF/manifest.xml"_s);
    if (!manifest)
        return std::unexpected(manifest.error());
    if (manifestListsEncryption(*manifest))
        return std::unexpected(passwordProtectedError(context.fileName, kKindName));

    OdfStyles styles;
    const Result<QByteArray> stylesXml = package.readOptional(u"styles.xml"_s);
    if (!stylesXml)
        return std::unexpected(stylesXml.error());
    styles.add(*stylesXml);
    const Result<QByteArray> content = package.read(u"content.xml"_s);
    if (content)
        styles.add(*content); // its automatic styles ("P1" based on "Quotations")
    const Result<OdtBody> body = package.parsePart(content, [&styles, &context](const QByteArray &xml) {
        return OdtBodyReader(styles, &context.options).read(xml);
    });
    if (!body)
        return std::unexpected(body.error());
    Result<DocumentBuilder> builder = startWithBody(body->items, context.options);
    if (!builder)
        return std::unexpected(builder.error());
    for (const QString &note : std::as_const(body->footnotes) + std::as_const(body->endnotes))
        builder->add(BlockKind::Footnote, note);
    return finishDocument(*builder, readDublinCore(package.readOptional(u"meta.xml"_s).value_or("")),
                          styles.defaultLanguage());
}

} // namespace

// OpenDocument text: headings, paragraphs, lists, tables, quotes, notes, accepted tracked changes.
FormatPointer makeOdtFormat()
{
    return makeZipDocumentFormat({u"odt"_s,
                                  QT_TRANSLATE_NOOP("DocumentFormat", "OpenDocument text"),
                                  {u"application/vnd.oasis.opendocument.text"_s},
                                  {u"odt"_s}},
                                 {kKindName,
                                  u"an OpenDocument text"_s,
                                  saveAgainAdvice(u"odt"_s),
                                  u"%1 has no text: the document is empty or holds only pictures."_s,
                                  mimetypeSniff("application/vnd.oasis.opendocument.text"),
                                  {},
                                  readOdt});
}

} // namespace marginalia
