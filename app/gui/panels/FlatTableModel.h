// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Model.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

#include <functional>

namespace marginalia {

class ProjectStore;

// The index bookkeeping of the panels' flat, multi-column list models (claims, entities, mentions,
// search hits, a tag's annotations): the base of RowListModel<Row, FlatTableModel>, which holds the rows.
class FlatTableModel : public QAbstractItemModel {
    Q_OBJECT

public:
    // One column for each title, in order.
    FlatTableModel(const QStringList &columnTitles, QObject *parent);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &) const override { return {}; }
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_columnTitles;
};

// The header of a model whose columns carry these titles, in column order; nothing for rows or other roles.
QVariant columnTitle(const QStringList &titles, int section, Qt::Orientation orientation, int role);

// What the panels' models read from the store; empty when it cannot be read (the panel then shows nothing).
// The titles of the project's documents by id.
QHash<qint64, QString> documentTitles(const ProjectStore &store);

} // namespace marginalia
