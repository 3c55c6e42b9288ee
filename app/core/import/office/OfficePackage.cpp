// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/office/OfficePackage.h"

#include <KZip>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::office {

namespace {

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString nameForMessages(const QString &name)
{
    return name.isEmpty() ? u"The input"_s : name;
}

bool startsWithMimetype(const QByteArray &bytes, const QByteArray &mimeType)
{
    // The local header is 30 bytes, then the name "mimetype", then (stored) the value.
    return bytes.startsWith("PK\x03\x04") && bytes.mid(30, 8) == "mimetype"
           && bytes.left(38 + mimeType.size() + 64).contains(mimeType);
}

QString notThisPackageMessage(const QString &name, const QString &what, const QString &looksLike, const QString &advice)
{
    return u"%1 is not %2%3. Nothing was imported. %4"_s.arg(
        name, what, looksLike.isEmpty() ? QString() : u" (it looks like %1)"_s.arg(looksLike), advice);
}

QString saveAgainAdvice(const QString &extension)
{
    return u"Open it in Word or LibreOffice Writer and save it again as .%1, or check that it was copied or "
           "downloaded completely."_s.arg(extension);
}

Error passwordProtectedError(const QString &name, const QString &kindName)
{
    return Error{Error::Kind::BadInput,
                 u"%1 is a password-protected %2: Marginalia cannot read encrypted files. Open it with its "
                 "password, save a copy without protection, and import that copy."_s.arg(nameForMessages(name),
                                                                                         kindName)};
}

OfficePackage::OfficePackage(const QByteArray &bytes, QString name, QString kindName, QString advice)
    : m_bytes(bytes)
    , m_name(std::move(name))
    , m_kindName(std::move(kindName))
    , m_advice(std::move(advice))
{
    m_buffer.setBuffer(&m_bytes);
    m_zip = std::make_unique<KZip>(&m_buffer);
}

OfficePackage::~OfficePackage() = default;

Result<std::unique_ptr<OfficePackage>> OfficePackage::open(const QByteArray &bytes, const QString &name,
                                                           const QString &kindName, const QString &advice)
{
    std::unique_ptr<OfficePackage> package(new OfficePackage(bytes, name, kindName, advice));
    if (!package->m_zip->open(QIODevice::ReadOnly) || !package->m_zip->directory())
        return std::unexpected(package->damaged(u"its ZIP container cannot be opened (%1)"_s.arg(
            package->m_zip->errorString().isEmpty() ? u"unknown error"_s : package->m_zip->errorString())));
    return package;
}

Error OfficePackage::damaged(const QString &detail) const
{
    return Error{Error::Kind::BadInput,
                 u"%1 is not a readable %2: %3. Nothing was imported. %4"_s.arg(nameForMessages(m_name), m_kindName,
                                                                                detail, m_advice)};
}

bool OfficePackage::contains(const QString &path) const
{
    return m_zip->directory()->file(path) != nullptr;
}

Result<QByteArray> OfficePackage::readOptional(const QString &path)
{
    if (!contains(path))
        return QByteArray();
    return read(path);
}

Result<QByteArray> OfficePackage::read(const QString &path)
{
    const KArchiveFile *file = m_zip->directory()->file(path);
    if (!file)
        return std::unexpected(damaged(u"the part %1 is missing"_s.arg(path)));
    const auto tooLarge = [&] {
        return Error{Error::Kind::BadInput,
                     u"%1 unpacks to more than %2 (part %3): it is too large to import, or built to exhaust "
                     "memory. Nothing was imported. Split the document or save a smaller copy."_s.arg(
                         nameForMessages(m_name), humanSize(std::min(kMaxMemberBytes, kMaxTotalBytes - m_totalRead)),
                         path)};
    };
    // The declared size can lie: the limit is checked again on the bytes actually unpacked.
    const qint64 limit = std::min(kMaxMemberBytes, kMaxTotalBytes - m_totalRead);
    if (file->size() > limit)
        return std::unexpected(tooLarge());
    const std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly)))
        return std::unexpected(damaged(u"the part %1 cannot be unpacked"_s.arg(path)));
    QByteArray data;
    const qint64 chunk = 1024 * 1024;
    while (true) {
        const QByteArray part = device->read(std::min(chunk, limit + 1 - data.size()));
        if (part.isEmpty())
            break;
        data += part;
        if (data.size() > limit)
            return std::unexpected(tooLarge());
    }
    if (data.size() < file->size())
        return std::unexpected(damaged(u"the part %1 is truncated"_s.arg(path)));
    m_totalRead += data.size();
    return data;
}

} // namespace marginalia::importdetail::office
