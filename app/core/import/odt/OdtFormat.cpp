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

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace importdetail;
using namespace importdetail::office;
using namespace importdetail::odt;

namespace {

// OpenDocument text: headings, paragraphs, lists, tables, quotes, notes, accepted tracked changes.
class OdtFormat final : public DocumentFormat {
public:
    OdtFormat()
        : DocumentFormat({u"odt"_s,
                          QT_TRANSLATE_NOOP("DocumentFormat", "OpenDocument text"),
                          {u"application/vnd.oasis.opendocument.text"_s},
                          {u"odt"_s},
                          true})
    {
    }
    int sniff(const QByteArray &bytes) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &context) const override;
    QString notThisFormatMessage(const QString &name, const QString &looksLike) const override;
    QString nothingReadMessage(const QString &name) const override;
};

} // namespace

FormatPointer makeOdtFormat()
{
    return std::make_shared<OdtFormat>();
}

namespace {

bool manifestListsEncryption(const QByteArray &manifest)
{
    XmlCursor cursor(manifest);
    while (cursor.next())
        if (cursor.isStart(u"encryption-data"))
            return true;
    return false;
}

} // namespace

int OdtFormat::sniff(const QByteArray &bytes) const
{
    return startsWithMimetype(bytes, "application/vnd.oasis.opendocument.text") ? kCertain : kNotThisFormat;
}

QString OdtFormat::notThisFormatMessage(const QString &name, const QString &looksLike) const
{
    return notThisPackageMessage(name, u"an OpenDocument text"_s, looksLike, saveAgainAdvice(u"odt"_s));
}

QString OdtFormat::nothingReadMessage(const QString &name) const
{
    return u"%1 has no text: the document is empty or holds only pictures."_s.arg(name);
}

Result<ImportedDocument> OdtFormat::read(const QByteArray &bytes, const ReadContext &context) const
{
    const QString kindName = u"OpenDocument text"_s;
    auto opened = OfficePackage::open(bytes, context.fileName, kindName, saveAgainAdvice(u"odt"_s));
    if (!opened)
        return std::unexpected(opened.error());
    OfficePackage &package = **opened;
    const Result<QByteArray> manifest = package.readOptional(u"META-INF/manifest.xml"_s);
    if (!manifest)
        return std::unexpected(manifest.error());
    if (manifestListsEncryption(*manifest))
        return std::unexpected(passwordProtectedError(context.fileName, kindName));

    OdfStyles styles;
    const Result<QByteArray> stylesXml = package.readOptional(u"styles.xml"_s);
    if (!stylesXml)
        return std::unexpected(stylesXml.error());
    styles.add(*stylesXml);
    const Result<QByteArray> content = package.read(u"content.xml"_s);
    if (!content)
        return std::unexpected(content.error());
    styles.add(*content); // its automatic styles ("P1" based on "Quotations")
    Result<OdtBody> body = OdtBodyReader(styles, &context.options).read(*content);
    if (!body)
        return std::unexpected(package.damaged(body.error().message));
    if (isCancelled(context.options))
        return std::unexpected(cancelledError());

    DocumentBuilder builder;
    for (const OdtItem &item : std::as_const(body->items))
        builder.add(item.kind, item.text, item.level);
    for (const QString &note : std::as_const(body->footnotes) + std::as_const(body->endnotes))
        builder.add(BlockKind::Footnote, note);

    ImportedDocument document;
    document.meta = readDublinCore(package.readOptional(u"meta.xml"_s).value_or(""));
    if (document.meta.language.isEmpty())
        document.meta.language = styles.defaultLanguage();
    builder.finish(document);
    document.format = id();
    return document;
}

} // namespace marginalia
