// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/panels/FlatTableModel.h"

#include "core/store/ProjectStore.h"

namespace marginalia {

FlatTableModel::FlatTableModel(const QStringList &columnTitles, QObject *parent)
    : QAbstractItemModel(parent)
    , m_columnTitles(columnTitles)
{
}

QModelIndex FlatTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

int FlatTableModel::columnCount(const QModelIndex &) const
{
    return int(m_columnTitles.size());
}

QVariant FlatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(m_columnTitles, section, orientation, role);
}

QVariant columnTitle(const QStringList &titles, int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= titles.size())
        return {};
    return titles.at(section);
}

QHash<qint64, QString> documentTitles(const ProjectStore &store)
{
    QHash<qint64, QString> titles;
    if (auto documents = store.documents()) {
        for (const DocumentRecord &d : std::as_const(*documents))
            titles.insert(d.id, d.title);
    }
    return titles;
}

} // namespace marginalia
