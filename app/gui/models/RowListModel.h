// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <concepts>
#include <functional>
#include <optional>
#include <utility>

namespace marginalia {

// Rows found by id: annotations, documents, entities. Search hits and suggestions have none.
template<typename Row>
concept RowWithId = requires(const Row &row) {
    { row.id } -> std::convertible_to<qint64>;
};

// The rows of a flat model (a list, or a table when Base is FlatTableModel) and, for rows with an id, a hash
// from id to row number: a document can carry 100k annotations, and the window looks them up by id on every
// edit, so a lookup must not walk the list. The rows change only through the protected functions, which keep
// the hash and the attached views in step; subclasses fill data().
template<typename Row, typename Base = QAbstractListModel> class RowListModel : public Base {
public:
    using Base::Base;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    // The number of the row with this id, or -1.
    int rowOfId(qint64 id) const
        requires RowWithId<Row>
    {
        return m_rowOfId.value(id, -1);
    }
    std::optional<Row> rowWithId(qint64 id) const
        requires RowWithId<Row>
    {
        const int row = rowOfId(id);
        return row < 0 ? std::nullopt : std::optional<Row>(m_rows.at(row));
    }
    QModelIndex indexOfId(qint64 id) const
        requires RowWithId<Row>
    {
        const int row = rowOfId(id);
        return row < 0 ? QModelIndex() : this->index(row, 0);
    }

protected:
    // Replaces every row; `alongside` changes the subclass's own state inside the same reset.
    void resetRows(QList<Row> rows, const std::function<void()> &alongside = {})
    {
        this->beginResetModel();
        m_rows = std::move(rows);
        if (alongside)
            alongside();
        reindexFrom(0);
        this->endResetModel();
    }

    void appendRow(const Row &row)
    {
        const int number = int(m_rows.size());
        this->beginInsertRows({}, number, number);
        m_rows.append(row);
        reindexFrom(number);
        this->endInsertRows();
    }

    // A changed row in place (same id); `roles` as for dataChanged().
    void replaceRow(int row, const Row &value, const QList<int> &roles = {})
    {
        if constexpr (RowWithId<Row>)
            m_rowOfId.remove(m_rows.at(row).id);
        m_rows[row] = value;
        reindexFrom(row, row + 1);
        emit this->dataChanged(this->index(row, 0), this->index(row, lastColumn()), roles);
    }

    void removeRowAt(int row)
    {
        this->beginRemoveRows({}, row, row);
        if constexpr (RowWithId<Row>)
            m_rowOfId.remove(m_rows.at(row).id);
        m_rows.removeAt(row);
        reindexFrom(row); // the rows after it moved up by one
        this->endRemoveRows();
    }

    // Every row's data may have changed (a new theme, new tag colours).
    void rowsRestyled()
    {
        if (!m_rows.isEmpty())
            emit this->dataChanged(this->index(0, 0), this->index(int(m_rows.size()) - 1, lastColumn()));
    }

private:
    // QAbstractListModel hides columnCount(); through the base class it answers for lists and tables.
    int lastColumn() const { return static_cast<const QAbstractItemModel *>(this)->columnCount() - 1; }

    // Renumbers the rows from `first` up to `end` (the last row when -1); a reset starts from an empty hash.
    void reindexFrom(int first, int end = -1)
    {
        if constexpr (RowWithId<Row>) {
            if (first == 0 && end < 0)
                m_rowOfId.clear();
            const int stop = end < 0 ? int(m_rows.size()) : end;
            for (int row = first; row < stop; ++row)
                m_rowOfId.insert(m_rows.at(row).id, row);
        }
    }

    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfId;
};

} // namespace marginalia
