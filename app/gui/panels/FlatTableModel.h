#pragma once

#include <QAbstractItemModel>
#include <QStringList>

namespace marginalia {

// The index bookkeeping of the panels' flat, multi-column list models (claims, entities, mentions,
// search hits, a tag's annotations): subclasses say how many rows they have and fill data().
class FlatTableModel : public QAbstractItemModel {
    Q_OBJECT

public:
    FlatTableModel(int columnCount, QObject *parent);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &) const override { return {}; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    virtual int rows() const = 0;

private:
    int m_columnCount;
};

// The header of a model whose columns carry these titles, in column order; nothing for rows or other roles.
QVariant columnTitle(const QStringList &titles, int section, Qt::Orientation orientation, int role);

} // namespace marginalia
