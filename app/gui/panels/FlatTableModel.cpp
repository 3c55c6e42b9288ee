#include "gui/panels/FlatTableModel.h"

namespace marginalia {

FlatTableModel::FlatTableModel(int columnCount, QObject *parent)
    : QAbstractItemModel(parent)
    , m_columnCount(columnCount)
{
}

QModelIndex FlatTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rows() || column < 0 || column >= m_columnCount)
        return {};
    return createIndex(row, column);
}

int FlatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int FlatTableModel::columnCount(const QModelIndex &) const
{
    return m_columnCount;
}

QVariant columnTitle(const QStringList &titles, int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= titles.size())
        return {};
    return titles.at(section);
}

} // namespace marginalia
