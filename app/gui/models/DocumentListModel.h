// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Model.h"
#include "gui/models/RowListModel.h"

namespace marginalia {

// The project's documents for the library list, newest import last.
class DocumentListModel final : public RowListModel<DocumentRecord> {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SubtitleRole, AnnotationCountRole };

    using RowListModel::RowListModel;

    void setDocuments(const QList<DocumentRecord> &documents) { resetRows(documents); }
    void addAnnotationCount(qint64 documentId, int delta);
    QModelIndex indexOfDocument(qint64 documentId) const { return indexOfId(documentId); }
    int documentCount() const { return int(rows().size()); }

    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace marginalia
