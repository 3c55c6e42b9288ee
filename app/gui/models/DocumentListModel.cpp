// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/models/DocumentListModel.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace marginalia {

void DocumentListModel::addAnnotationCount(qint64 documentId, int delta)
{
    const int row = rowOfId(documentId);
    if (row < 0)
        return;
    DocumentRecord document = rowAt(row);
    document.annotationCount += delta;
    replaceRow(row, document, {SubtitleRole, AnnotationCountRole});
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentRecord &document = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        if (!document.title.isEmpty())
            return document.title;
        return QFileInfo(document.sourcePath).fileName();
    }
    case Qt::ToolTipRole: {
        QStringList lines{document.title.toHtmlEscaped()};
        if (!document.meta.author.isEmpty())
            lines.append(tr("by %1").arg(document.meta.author.toHtmlEscaped()));
        if (!document.meta.site.isEmpty())
            lines.append(document.meta.site.toHtmlEscaped());
        lines.append(u"<i>"_s + document.sourcePath.toHtmlEscaped() + u"</i>"_s);
        return lines.join(u"<br>"_s);
    }
    case SubtitleRole: {
        QStringList parts;
        parts.append(document.format.toUpper());
        parts.append(tr("%n annotation(s)", nullptr, document.annotationCount));
        if (document.importedAt.isValid())
            parts.append(QLocale().toString(document.importedAt.toLocalTime().date(), QLocale::ShortFormat));
        return parts.join(u" · "_s);
    }
    case IdRole:
        return document.id;
    case AnnotationCountRole:
        return document.annotationCount;
    default:
        return {};
    }
}

} // namespace marginalia
