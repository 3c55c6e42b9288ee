// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// EPUB books to typed blocks: the ZIP package with KF6 Archive, container.xml and the package document
// (EpubPackage) with QXmlStreamReader, and each chapter of the spine, in reading order, through the HTML
// block emitter without reader-mode scoring (html/WholeBody: all of a book is content). Notes marked as
// footnotes or endnotes follow the whole book as Footnote blocks. Metadata comes from the package document.
// Books with DRM (encryption.xml encrypting documents, not only fonts) are refused with a clear message.

#include "core/import/DocumentFormat.h"
#include "core/import/ImportUtil.h"
#include "core/import/epub/EpubPackage.h"
#include "core/import/html/HtmlDecoding.h"
#include "core/import/html/WholeBody.h"
#include "core/import/office/OfficePackage.h"
#include "core/import/office/ZipDocumentFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace importdetail;
using namespace importdetail::office;
using namespace importdetail::epub;

namespace {

const QString kRepairAdvice = u"Check that the book was downloaded completely, or export it again from the tool "
                              "that made it."_s;

Result<ImportedDocument> readEpub(OfficePackage &package, const ReadContext &context)
{
    const Result<QByteArray> encryption = package.readOptional(u"META-INF/encryption.xml"_s);
    if (!encryption)
        return std::unexpected(encryption.error());
    if (encryptsDocuments(*encryption))
        return failure(Error::Kind::BadInput,
                       u"%1 is protected by DRM (its chapters are encrypted): Marginalia cannot read it. Import "
                       "a DRM-free copy of the book."_s.arg(nameForMessages(context.fileName)));
    const Result<QByteArray> container = package.read(u"META-INF/container.xml"_s);
    if (!container)
        return std::unexpected(container.error());
    const QString opfPath = packageDocumentPath(*container);
    if (opfPath.isEmpty())
        return std::unexpected(package.damaged(u"META-INF/container.xml names no package document"_s));
    const Result<QByteArray> opf = package.read(opfPath);
    if (!opf)
        return std::unexpected(opf.error());
    const Result<EpubSpine> spine = readSpine(*opf, opfPath);
    if (!spine)
        return std::unexpected(package.damaged(spine.error().message));

    DocumentBuilder builder;
    QStringList notes;
    for (qsizetype chapter = 0; chapter < spine->chapters.size(); ++chapter) {
        if (isCancelled(context.options))
            return std::unexpected(cancelledError());
        const Result<QByteArray> xhtml = package.read(spine->chapters.at(chapter));
        if (!xhtml)
            return std::unexpected(xhtml.error());
        notes += html::emitWholeBody(decodeHtml(*xhtml), builder, context.options);
        if (context.options.progress)
            context.options.progress(0.9 * double(chapter + 1) / double(spine->chapters.size()));
    }
    for (const QString &note : std::as_const(notes))
        builder.add(BlockKind::Footnote, note);

    return finishDocument(builder, spine->meta);
}

} // namespace

// EPUB (2 and 3): the chapters of the spine, all as content.
FormatPointer makeEpubFormat()
{
    return makeZipDocumentFormat(
        {u"epub"_s, QT_TRANSLATE_NOOP("DocumentFormat", "EPUB"), {u"application/epub+zip"_s}, {u"epub"_s}},
        {u"EPUB book"_s,
         u"an EPUB book"_s,
         kRepairAdvice,
         u"%1 has no text: its chapters are empty or hold only pictures."_s,
         mimetypeSniff("application/epub+zip"),
         {},
         readEpub});
}

} // namespace marginalia
