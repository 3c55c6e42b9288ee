#pragma once

#include "core/model/Model.h"

#include <QAbstractListModel>

namespace marginalia {

// The project's documents for the library list, newest import last.
class DocumentListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SubtitleRole, AnnotationCountRole };

    using QAbstractListModel::QAbstractListModel;

    void setDocuments(const QList<DocumentRecord> &documents);
    void addAnnotationCount(qint64 documentId, int delta);
    QModelIndex indexOfDocument(qint64 documentId) const;
    int documentCount() const { return int(m_documents.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<DocumentRecord> m_documents;
};

} // namespace marginalia
