// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/FormatRegistry.h"

#include <QFileInfo>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace marginalia {

// The built-in formats come from import.cmake (one line each there): BuiltinFormats.inc holds one
// MARGINALIA_FORMAT(Name) per format, in listing order; make<Name>Format() is defined in the format's folder.
#define MARGINALIA_FORMAT(Name) FormatPointer make##Name##Format();
#include "BuiltinFormats.inc"
#undef MARGINALIA_FORMAT

FormatRegistry::FormatRegistry()
{
#define MARGINALIA_FORMAT(Name) m_formats.append(make##Name##Format());
#include "BuiltinFormats.inc"
#undef MARGINALIA_FORMAT
}

FormatRegistry &FormatRegistry::instance()
{
    static FormatRegistry registry;
    return registry;
}

QList<FormatPointer> FormatRegistry::formats() const
{
    const QMutexLocker lock(&m_mutex);
    return m_formats;
}

void FormatRegistry::add(FormatPointer format)
{
    if (!format)
        return;
    const QMutexLocker lock(&m_mutex);
    for (FormatPointer &existing : m_formats) {
        if (existing->id() == format->id()) {
            existing = std::move(format);
            return;
        }
    }
    m_formats.append(std::move(format));
}

bool FormatRegistry::remove(const QString &id)
{
    const QMutexLocker lock(&m_mutex);
    return m_formats.removeIf([&](const FormatPointer &format) { return format->id() == id; }) > 0;
}

FormatPointer FormatRegistry::byId(const QString &id) const
{
    for (const FormatPointer &format : formats())
        if (format->id() == id)
            return format;
    return {};
}

FormatPointer FormatRegistry::byExtension(const QString &extension) const
{
    const QString lower = extension.toLower();
    if (lower.isEmpty())
        return {};
    for (const FormatPointer &format : formats())
        if (format->extensions().contains(lower))
            return format;
    return {};
}

FormatPointer FormatRegistry::byMimeType(const QString &mimeType) const
{
    const QString lower = mimeType.trimmed().toLower();
    for (const FormatPointer &format : formats())
        if (format->mimeTypes().contains(lower))
            return format;
    return {};
}

FormatPointer FormatRegistry::byName(const QString &name) const
{
    const QString lower = name.toLower();
    if (FormatPointer format = byId(lower))
        return format;
    return byExtension(lower);
}

FormatPointer FormatRegistry::forPath(const QString &path) const
{
    return byExtension(QFileInfo(path).suffix());
}

FormatPointer FormatRegistry::sniff(const QByteArray &bytes, bool binary) const
{
    FormatPointer best;
    int bestConfidence = DocumentFormat::kNotThisFormat;
    for (const FormatPointer &format : formats()) {
        if (format->isBinary() != binary)
            continue;
        const int confidence = format->sniff(bytes);
        if (confidence > bestConfidence) {
            best = format;
            bestConfidence = confidence;
        }
    }
    return best;
}

QString FormatRegistry::nameFilterPatterns() const
{
    QStringList patterns;
    for (const FormatPointer &format : formats())
        for (const QString &extension : format->extensions())
            patterns.append(u"*."_s + extension);
    return patterns.join(u' ');
}

QString FormatRegistry::usualExtensions() const
{
    QStringList usual;
    for (const FormatPointer &format : formats())
        if (!format->extensions().isEmpty())
            usual.append(u'.' + format->extensions().first());
    return usual.join(u' ');
}

QString FormatRegistry::formatNames() const
{
    QStringList names;
    for (const FormatPointer &format : formats())
        names.append(QString::fromUtf8(format->sourceName()));
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return names.join(u", "_s) + u" and "_s + last;
}

} // namespace marginalia
