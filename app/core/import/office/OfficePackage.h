// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A ZIP package (Word, OpenDocument, EPUB) read with KF6 Archive, with limits that keep a hostile file
// ("ZIP bomb") from filling the memory: no member may unpack to more than kMaxMemberBytes, and all members
// read from one package together to no more than kMaxTotalBytes.

#include "core/model/Error.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>

#include <memory>

class KZip;

namespace marginalia::importdetail::office {

class OfficePackage final {
public:
    static constexpr qint64 kMaxMemberBytes = 256LL * 1024 * 1024;
    static constexpr qint64 kMaxTotalBytes = 512LL * 1024 * 1024;

    // `name` is the file name for messages ("report.docx"), `kindName` what the file should be ("Word
    // document"), `advice` what to do about a damaged one. Fails with a message a person can act on when the
    // bytes are no readable ZIP archive.
    static Result<std::unique_ptr<OfficePackage>> open(const QByteArray &bytes, const QString &name,
                                                       const QString &kindName, const QString &advice);
    ~OfficePackage();
    OfficePackage(const OfficePackage &) = delete;
    OfficePackage &operator=(const OfficePackage &) = delete;

    bool contains(const QString &path) const;
    // The member's uncompressed bytes. A missing member, a damaged one or one over the limits is an error.
    Result<QByteArray> read(const QString &path);
    // The same, but a missing member gives empty bytes (optional parts such as footnotes).
    Result<QByteArray> readOptional(const QString &path);

    // "<name> is damaged: <detail>. ..." — for a package that opens but lacks what the format needs.
    Error damaged(const QString &detail) const;

    // A member just read (`xml`) parsed by `parse` (a part reader's read()): a read error stays as it is, a
    // parse error is reported as damage to the package.
    template<typename Parse> auto parsePart(const Result<QByteArray> &xml, Parse &&parse) const -> decltype(parse(*xml))
    {
        if (!xml)
            return std::unexpected(xml.error());
        auto parsed = parse(*xml);
        if (!parsed) // a stop (cancel or time limit) is not damage
            return parsed.error().kind == Error::Kind::Cancelled ? parsed
                                                                 : std::unexpected(damaged(parsed.error().message));
        return parsed;
    }

private:
    OfficePackage(const QByteArray &bytes, QString name, QString kindName, QString advice);

    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<KZip> m_zip;
    QString m_name;
    QString m_kindName;
    QString m_advice;
    qint64 m_totalRead = 0;
};

// True when the package starts with the uncompressed "mimetype" member holding `mimeType` (OpenDocument, EPUB).
bool startsWithMimetype(const QByteArray &bytes, const QByteArray &mimeType);
// "<name> is not <what> (it looks like <looksLike>). Nothing was imported. <advice>"
QString notThisPackageMessage(const QString &name, const QString &what, const QString &looksLike,
                              const QString &advice);

// Messages shared by the formats, named after the file (`name`, "The input" when empty).
QString nameForMessages(const QString &name);
Error passwordProtectedError(const QString &name, const QString &kindName);
// "Open it in Word or LibreOffice Writer and save it again as .<extension>".
QString saveAgainAdvice(const QString &extension);

} // namespace marginalia::importdetail::office
