// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/export/qdpx/QdpxGuids.h"

#include "core/store/ProjectStore.h"

#include <QFileInfo>

namespace marginalia {

namespace {
// Marginalia's namespace for the fallback project UUID (fixed once; never change it).
const QUuid kMarginaliaNamespace = QUuid::fromString(u"e1c97ba6-6ad6-470b-8af7-adb11ea251b0");
} // namespace

QdpxGuids::QdpxGuids(const QUuid &projectNamespace)
    : m_namespace(projectNamespace)
{
}

QdpxGuids QdpxGuids::forProject(const ProjectStore &store)
{
    if (auto uuid = store.projectUuid(); uuid && !uuid->isNull())
        return QdpxGuids(*uuid);
    const QString path = QFileInfo(store.path()).canonicalFilePath();
    return QdpxGuids(QUuid::createUuidV5(kMarginaliaNamespace, path.toUtf8()));
}

QString QdpxGuids::guid(const QString &kind, const QString &id) const
{
    const QString name = id.isEmpty() ? kind : kind + u'/' + id;
    return QUuid::createUuidV5(m_namespace, name.toUtf8()).toString(QUuid::WithoutBraces);
}

} // namespace marginalia
