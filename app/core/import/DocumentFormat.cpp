// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/DocumentFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace marginalia {

DocumentFormat::DocumentFormat(FormatDescription description)
    : m_description(std::move(description))
{
}

QString DocumentFormat::displayName() const
{
    return QCoreApplication::translate("DocumentFormat", sourceName());
}

QString DocumentFormat::notThisFormatMessage(const QString &name, const QString &looksLike) const
{
    return u"%1 is not a %2 file%3."_s.arg(name, QString::fromUtf8(sourceName()),
                                           looksLike.isEmpty() ? QString() : u" (it looks like %1)"_s.arg(looksLike));
}

QString DocumentFormat::nothingReadMessage(const QString &name) const
{
    return u"%1 contains only white space: there is no text to import."_s.arg(name);
}

namespace {

class FunctionFormat final : public DocumentFormat {
public:
    FunctionFormat(FormatDescription description, FormatFunctions functions)
        : DocumentFormat(std::move(description))
        , m_functions(std::move(functions))
    {
    }
    int sniff(const QByteArray &bytes) const override { return m_functions.sniff(bytes); }
    Result<ImportedDocument> read(const QByteArray &bytes, const ReadContext &context) const override
    {
        Result<ImportedDocument> document = m_functions.read(bytes, context);
        if (document)
            document->format = id();
        return document;
    }
    QString notThisFormatMessage(const QString &name, const QString &looksLike) const override
    {
        return m_functions.notThisFormatMessage ? m_functions.notThisFormatMessage(name, looksLike)
                                                : DocumentFormat::notThisFormatMessage(name, looksLike);
    }
    QString nothingReadMessage(const QString &name) const override
    {
        return m_functions.nothingReadMessage ? m_functions.nothingReadMessage(name)
                                              : DocumentFormat::nothingReadMessage(name);
    }

private:
    FormatFunctions m_functions;
};

} // namespace

FormatPointer makeFormat(FormatDescription description, FormatFunctions functions)
{
    return std::make_shared<FunctionFormat>(std::move(description), std::move(functions));
}

} // namespace marginalia
