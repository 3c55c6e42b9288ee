// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Model.h"

#include "gui/models/RowListModel.h"
#include "gui/panels/FlatTableModel.h"
#include "gui/panels/PanelParts.h"
#include <QHash>
#include <QSortFilterProxyModel>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace marginalia {

class ProjectEditor;

// Claim annotations of the whole project with their review.
class ClaimListModel final : public RowListModel<Annotation, FlatTableModel> {
    Q_OBJECT

public:
    enum Column { ClaimColumn, StatusColumn, SourceColumn, DocumentColumn, ColumnCount };
    static constexpr int AnnotationIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;
    static constexpr int SortRole = Qt::UserRole + 3;

    explicit ClaimListModel(ProjectEditor &editor, QObject *parent = nullptr);

    void reload();
    std::optional<Annotation> claim(qint64 annotationId) const { return rowWithId(annotationId); }
    QModelIndex indexFor(qint64 annotationId) const { return indexOfId(annotationId); }
    const QHash<qint64, Entity> &entities() const { return m_entities; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    ProjectEditor &m_editor;
    QHash<qint64, QString> m_titles;
    QHash<qint64, Entity> m_entities;
};

// Filters claims by status ("" for all) and by text in the claim, source or evidence.
class ClaimFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStatus(const QString &status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
};

// Claim review: a list of claims filterable by status, and the current claim's review under it: status
// (also keys 1–5 in the list), source entity, evidence note and URL. Every change is one undo step.
class ClaimReviewPanel final : public ProjectPanel {
    Q_OBJECT

public:
    ClaimReviewPanel(ProjectEditor &editor, QWidget *parent = nullptr);

    QTreeView *list() const { return m_list; }
    qint64 currentClaimId() const;
    void selectClaim(qint64 annotationId);

private:
    void reload() override;
    void showCurrent();
    // Writes one field of the review, keeping the others as the store has them.
    void commit(const std::function<void(Annotation &)> &change);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ClaimListModel *m_model;
    ClaimFilterModel *m_proxy;
    QComboBox *m_statusFilter;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTreeView *m_list;
    QLabel *m_quote;
    QComboBox *m_status;
    QComboBox *m_source;
    QLineEdit *m_evidence;
    QLineEdit *m_url;
    bool m_loading = false;
};

} // namespace marginalia
