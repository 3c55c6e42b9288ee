// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/panels/TagTreeModel.h"

#include "core/codebook/Codebook.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "gui/panels/FlatTableModel.h"
#include "gui/panels/PanelParts.h"

#include <QApplication>
#include <QIcon>
#include <QMimeData>
#include <QPalette>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

const QString kTagMime = u"application/x-marginalia-tag-id"_s;

} // namespace

TagTreeModel::TagTreeModel(ProjectEditor &editor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_editor(editor)
{
    reload();
}

void TagTreeModel::reload()
{
    beginResetModel();
    m_tags.clear();
    m_children.clear();
    m_counts.clear();
    for (const Tag &t : tagsInTreeOrder(m_editor.tags())) {
        m_tags.insert(t.id, t);
        m_children[t.parentId].append(t.id);
    }
    if (auto counts = m_editor.store().tagCounts()) {
        for (const TagCount &c : std::as_const(*counts))
            m_counts.insert(c.tagId, c);
    }
    endResetModel();
}

QModelIndex TagTreeModel::indexForTag(qint64 tagId) const
{
    const auto it = m_tags.constFind(tagId);
    if (it == m_tags.constEnd())
        return {};
    const int row = int(m_children.value(it->parentId).indexOf(tagId));
    return createIndex(row, 0, quintptr(tagId));
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const qint64 parentId = parent.isValid() ? qint64(parent.internalId()) : 0;
    const QList<qint64> &children = m_children[parentId];
    if (row < 0 || row >= children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const qint64 parentId = m_tags.value(qint64(child.internalId())).parentId;
    return parentId ? indexForTag(parentId) : QModelIndex();
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_children.value(parent.isValid() ? qint64(parent.internalId()) : 0).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const qint64 id = qint64(index.internalId());
    const Tag tag = m_tags.value(id);
    const TagCount count = m_counts.value(id);
    const bool hasChildren = !m_children.value(id).isEmpty();
    switch (role) {
    case TagIdRole:
        return id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return tag.key > 0 ? u"%1  [%2]"_s.arg(tag.name).arg(tag.key) : tag.name;
        case AnnotationsColumn:
            // With children, the count includes theirs: that is what filtering by the tag shows.
            return hasChildren ? count.annotationsWithChildren : count.annotations;
        case DocumentsColumn:
            return hasChildren ? count.documentsWithChildren : count.documents;
        }
        break;
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(tag.name) : QVariant();
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(colourSwatch(tag.color, 14, 140)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tag.description.isEmpty() ? tagPath(m_tags, id)
                                             : u"%1\n%2"_s.arg(tagPath(m_tags, id), tag.description);
        if (hasChildren)
            return tr("%1 directly, %2 with the tags below it")
                .arg(index.column() == AnnotationsColumn ? count.annotations : count.documents)
                .arg(index.column() == AnnotationsColumn ? count.annotationsWithChildren : count.documentsWithChildren);
        break;
    case Qt::ForegroundRole:
        // Unused tags recede, so the ones that carry the analysis stand out.
        if (index.column() != NameColumn && (hasChildren ? count.annotationsWithChildren : count.annotations) == 0)
            return QApplication::palette().color(QPalette::PlaceholderText);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle({tr("Tag"), tr("Uses"), tr("Docs")}, section, orientation, role);
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drop on the empty area: to the top level
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != NameColumn)
        return false;
    auto tag = m_editor.tag(qint64(index.internalId()));
    const QString name = value.toString().trimmed();
    if (!tag || name.isEmpty() || name == tag->name)
        return false;
    tag->name = name;
    return m_editor.updateTag(*tag); // tagsChanged reloads this model
}

QStringList TagTreeModel::mimeTypes() const
{
    return {kTagMime};
}

QMimeData *TagTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (index.isValid()) {
            auto *mime = new QMimeData;
            mime->setData(kTagMime, QByteArray::number(qint64(index.internalId())));
            return mime;
        }
    }
    return nullptr;
}

bool TagTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data->hasFormat(kTagMime))
        return false;
    const qint64 id = data->data(kTagMime).toLongLong();
    const qint64 target = parent.isValid() ? qint64(parent.internalId()) : 0;
    return target == 0 || !tagAndDescendants(m_editor.tags(), id).contains(target);
}

bool TagTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 id = data->data(kTagMime).toLongLong();
    const qint64 target = parent.isValid() ? qint64(parent.internalId()) : 0;
    // Queued: the view is still inside its drag handling, and the move resets this model.
    QTimer::singleShot(0, this, [this, id, target] { m_editor.moveTag(id, target); });
    return false; // the view must not remove the source row itself
}

} // namespace marginalia
