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

} // namespace marginalia
