#include "gui/models/DocumentListModel.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace marginalia {

void DocumentListModel::setDocuments(const QList<DocumentRecord> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

void DocumentListModel::addAnnotationCount(qint64 documentId, int delta)
{
    const QModelIndex index = indexOfDocument(documentId);
    if (!index.isValid())
        return;
    m_documents[index.row()].annotationCount += delta;
    emit dataChanged(index, index, {SubtitleRole, AnnotationCountRole});
}

QModelIndex DocumentListModel::indexOfDocument(qint64 documentId) const
{
    for (qsizetype row = 0; row < m_documents.size(); ++row)
        if (m_documents[row].id == documentId)
            return index(int(row));
    return {};
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentRecord &document = m_documents[index.row()];
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
