// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Model.h"

#include "gui/models/RowListModel.h"
#include "gui/panels/FlatTableModel.h"
#include "gui/panels/PanelParts.h"
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace marginalia {

class ProjectEditor;
class TagPicker;

// The register's canonical entities: name (editable: rename), type (editable), aliases (editable, "; "
// separated) and the number of mentions.
class EntityListModel final : public RowListModel<Entity, FlatTableModel> {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, AliasesColumn, MentionsColumn, ColumnCount };
    static constexpr int EntityIdRole = Qt::UserRole + 1;

    EntityListModel(ProjectEditor &editor, QObject *parent = nullptr);

    void reload();
    QModelIndex indexFor(qint64 entityId) const { return indexOfId(entityId); }
    std::optional<Entity> entity(qint64 id) const { return rowWithId(id); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    ProjectEditor &m_editor;
    QHash<qint64, int> m_mentionCounts;
};

// One entity's mentions across documents, with the text around each.
class MentionListModel final : public RowListModel<MentionInContext, FlatTableModel> {
    Q_OBJECT

public:
    enum Column { ContextColumn, DocumentColumn, ColumnCount };
    static constexpr int MentionIdRole = Qt::UserRole + 1;

    explicit MentionListModel(ProjectEditor &editor, QObject *parent = nullptr);

    void setEntity(qint64 entityId);
    const MentionInContext &mentionAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    ProjectEditor &m_editor;
};

// The entity register: entities (filter, rename with F2, merge the selected ones into the current one,
// tag all mentions of the current one) and the current entity's mentions (Enter opens the passage,
// "Split" gives a mention an entity of its own).
class EntityRegisterPanel final : public ProjectPanel {
    Q_OBJECT

public:
    EntityRegisterPanel(ProjectEditor &editor, QWidget *parent = nullptr);

    QTreeView *entityList() const { return m_entities; }
    QTreeView *mentionList() const { return m_mentions; }
    TagPicker *picker() const { return m_picker; }
    qint64 currentEntityId() const;
    void selectEntity(qint64 entityId);
    QList<qint64> selectedEntityIds() const;

private:
    void reload() override;
    void showMentions();
    void mergeSelected();
    void tagAllMentions();
    void splitCurrentMention();

    EntityListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    MentionListModel *m_mentionModel;
    QLineEdit *m_filter;
    QTreeView *m_entities;
    QLabel *m_mentionsTitle;
    QTreeView *m_mentions;
    TagPicker *m_picker;
};

} // namespace marginalia
