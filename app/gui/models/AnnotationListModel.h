// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Model.h"
#include "gui/models/RowListModel.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace marginalia {

// The annotations of the document being read. Kept in step by the editor's signals, not by re-reading.
class AnnotationListModel final : public RowListModel<Annotation> {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StartRole,
        QuoteRole,
        NoteRole,
        TagIdRole,
        TagNameRole,
        TagColorRole,
        CreatedRole,
        KindRole,
        DetailRole, // the quiet text at the right of a row's header
    };

    using RowListModel::RowListModel;

    void setAnnotations(qint64 documentId, const QList<Annotation> &annotations);
    void setTags(const QList<Tag> &tags);
    qint64 documentId() const { return m_documentId; }
    const QList<Annotation> &annotations() const { return rows(); }
    std::optional<Annotation> annotation(qint64 id) const { return rowWithId(id); }
    QModelIndex indexOfAnnotation(qint64 id) const { return indexOfId(id); }

    // From the editor; ignored when about another document.
    void addAnnotation(const Annotation &annotation);
    void updateAnnotation(const Annotation &annotation);
    void removeAnnotation(const Annotation &annotation);

    QVariant data(const QModelIndex &index, int role) const override;

private:
    qint64 m_documentId = 0;
    QHash<qint64, Tag> m_tags;
};

// Sorted by position in the text; filtered by tag and by words in quote, note or tag name.
class AnnotationFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setTagFilter(qint64 tagId); // 0: every tag
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    qint64 m_tagId = 0;
    QString m_text;
};

} // namespace marginalia
