// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Model.h"

#include <QAbstractItemModel>
#include <QHash>

namespace marginalia {

class ProjectEditor;

// The tag tree with how often each tag is used. Rows are keyed by tag id (internalId). Names are editable
// (rename), and a tag can be dragged onto another (move); both go through ProjectEditor.
class TagTreeModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, AnnotationsColumn, DocumentsColumn, ColumnCount };
    static constexpr int TagIdRole = Qt::UserRole + 1;

    TagTreeModel(ProjectEditor &editor, QObject *parent = nullptr);

    void reload(); // tags and counts from the store
    QModelIndex indexForTag(qint64 tagId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    ProjectEditor &m_editor;
    QHash<qint64, Tag> m_tags;
    QHash<qint64, QList<qint64>> m_children; // parent id (0: top) → children in creation order
    QHash<qint64, TagCount> m_counts;
};

} // namespace marginalia
