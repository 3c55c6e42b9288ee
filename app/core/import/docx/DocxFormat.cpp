// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Word documents (.docx, Office Open XML) to typed blocks: the ZIP package with KF6 Archive, its XML parts
// with QXmlStreamReader (office/). The main part is found through the package relationships; paragraph
// kinds come from outline levels, styles (with inheritance, WordStyles) and numbering (WordPartReader).
// Footnotes and endnotes follow the body as Footnote blocks, in the order the body refers to them.
// Metadata: docProps/core.xml, the language falling back to the styles' default.
//
// Files Word cannot give us as .docx are recognised here so that the GUI and the CLI say what to do: a
// password-protected .docx (an OLE2 compound file holding "EncryptedPackage"), a Word 97-2003 .doc (OLE2
// holding "WordDocument") and RTF ("{\rtf") are refused with a message suggesting "save as .docx".

#include "core/import/DocumentFormat.h"
#include "core/import/ImportUtil.h"
#include "core/import/docx/WordPartReader.h"
#include "core/import/docx/WordStyles.h"
#include "core/import/office/OfficePackage.h"
#include "core/import/office/OfficeXml.h"
#include "core/import/office/ZipDocumentFormat.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace marginalia {

using namespace importdetail;
using namespace importdetail::office;
using namespace importdetail::docx;

namespace {

const QByteArray kOle2Signature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// A name stored in an OLE2 directory (UTF-16LE).
bool ole2Holds(const QByteArray &bytes, QStringView streamName)
{
    QByteArray utf16;
    for (QChar c : streamName) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    return bytes.contains(utf16);
}

enum class Legacy { None, Encrypted, Doc, Rtf };

Legacy legacyKind(const QByteArray &bytes)
{
    if (bytes.startsWith("{\\rtf"))
        return Legacy::Rtf;
    if (!bytes.startsWith(kOle2Signature))
        return Legacy::None;
    if (ole2Holds(bytes, u"EncryptedPackage"))
        return Legacy::Encrypted;
    if (ole2Holds(bytes, u"WordDocument"))
        return Legacy::Doc;
    return Legacy::None;
}

QString saveAsDocx(const QString &name, const QString &what)
{
    return u"%1 is %2, which Marginalia does not read. Open it in Word or LibreOffice Writer, save it as .docx "
           "(Word document), and import that file."_s.arg(nameForMessages(name), what);
}

// Relationship type (its last path segment: "officeDocument", "styles", "footnotes") -> target.
QHash<QString, QString> readRelationships(const QByteArray &xml)
{
    QHash<QString, QString> targets;
    XmlCursor cursor(xml);
    while (cursor.next()) {
        if (!cursor.isStart(u"Relationship"))
            continue;
        const QString type = cursor.attribute(u"Type").section(u'/', -1);
        if (!targets.contains(type) && cursor.attribute(u"TargetMode") != u"External")
            targets.insert(type, cursor.attribute(u"Target"));
    }
    return targets;
}

// A relationship target as a path inside the package: relative to `folder`, or absolute ("/word/x.xml").
QString packagePath(const QString &folder, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    return folder.isEmpty() ? target : folder + u'/' + target;
}

// The notes of a notes part in the order the body refers to them (notes never referred to come last).
QStringList orderedNotes(const WordPart &notes, const QStringList &references)
{
    QHash<QString, QStringList> byId;
    QStringList ids;
    for (const BodyItem &item : notes.items) {
        if (item.noteId.isEmpty())
            continue;
        if (!byId.contains(item.noteId))
            ids.append(item.noteId);
        byId[item.noteId].append(item.text);
    }
    QStringList ordered;
    for (const QString &id : references)
        if (byId.contains(id))
            ordered.append(byId.take(id).join(u'\n'));
    for (const QString &id : std::as_const(ids))
        if (byId.contains(id))
            ordered.append(byId.take(id).join(u'\n'));
    return ordered;
}

// Word's older formats, recognised so that the message says what to do.
std::optional<Error> refuseLegacy(const QByteArray &bytes, const QString &name)
{
    switch (legacyKind(bytes)) {
    case Legacy::Rtf:
        return Error{Error::Kind::BadInput, saveAsDocx(name, u"an RTF (Rich Text Format) document"_s)};
    case Legacy::Doc:
        return Error{Error::Kind::BadInput, saveAsDocx(name, u"a Word 97-2003 document (.doc)"_s)};
    case Legacy::Encrypted:
        return passwordProtectedError(name, u"Office document"_s);
    case Legacy::None:
        break;
    }
    return std::nullopt;
}

int sniffDocx(const QByteArray &bytes)
{
    if (legacyKind(bytes) != Legacy::None)
        return DocumentFormat::kCertain; // refused before reading, with a message saying what to do
    if (bytes.startsWith("PK\x03\x04") && bytes.contains("word/document.xml"))
        return DocumentFormat::kCertain;
    return DocumentFormat::kNotThisFormat;
}

Result<ImportedDocument> readDocx(OfficePackage &package, const ReadContext &context)
{
    const QHash<QString, QString> packageParts = readRelationships(package.readOptional(u"_rels/.rels"_s).value_or(""));
    const QString mainPath = packagePath({}, packageParts.value(u"officeDocument"_s, u"word/document.xml"_s));
    if (!package.contains(mainPath))
        return std::unexpected(package.damaged(u"the document part %1 is missing"_s.arg(mainPath)));
    const QString folder = mainPath.section(u'/', 0, -2);
    const QHash<QString, QString> parts = readRelationships(
        package.readOptional(folder + u"/_rels/"_s + mainPath.section(u'/', -1) + u".rels"_s).value_or(""));
    const auto partBytes = [&](const QString &type) -> Result<QByteArray> {
        return parts.contains(type) ? package.readOptional(packagePath(folder, parts.value(type))) : QByteArray();
    };
    const Result<QByteArray> stylesXml = partBytes(u"styles"_s);
    if (!stylesXml)
        return std::unexpected(stylesXml.error());
    const WordStyles styles(*stylesXml);
    const auto readWordPart = [&styles, &context](const QByteArray &xml) {
        return WordPartReader(styles, &context.options).read(xml);
    };

    const Result<WordPart> body = package.parsePart(package.read(mainPath), readWordPart);
    if (!body)
        return std::unexpected(body.error());
    Result<DocumentBuilder> builder = startWithBody(body->items, context.options);
    if (!builder)
        return std::unexpected(builder.error());
    for (const auto &[type, references] :
         {std::pair{u"footnotes"_s, body->footnoteReferences}, std::pair{u"endnotes"_s, body->endnoteReferences}}) {
        const Result<WordPart> notes = package.parsePart(partBytes(type), readWordPart);
        if (!notes)
            return std::unexpected(notes.error());
        for (const QString &note : orderedNotes(*notes, references))
            builder->add(BlockKind::Footnote, note);
    }
    if (isCancelled(context.options))
        return std::unexpected(cancelledError());

    const QString corePath = packagePath({}, packageParts.value(u"core-properties"_s, u"docProps/core.xml"_s));
    return finishDocument(*builder, readDublinCore(package.readOptional(corePath).value_or("")),
                          styles.defaultLanguage());
}

} // namespace

// Word (.docx): paragraphs, headings, lists, tables, quotes, footnotes, accepted tracked changes.
FormatPointer makeDocxFormat()
{
    return makeZipDocumentFormat({u"docx"_s,
                                  QT_TRANSLATE_NOOP("DocumentFormat", "Word"),
                                  {u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s},
                                  {u"docx"_s}},
                                 {u"Word document"_s, u"a Word document"_s, saveAgainAdvice(u"docx"_s),
                                  u"%1 has no text: the Word document is empty or holds only pictures."_s, sniffDocx,
                                  refuseLegacy, readDocx});
}

} // namespace marginalia
