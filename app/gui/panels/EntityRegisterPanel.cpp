// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/panels/EntityRegisterPanel.h"

#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "gui/dialogs/TagPicker.h"
#include "gui/models/SnippetDelegate.h"
#include "gui/panels/PanelParts.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

const QString kAliasSeparator = u"; "_s;

QStringList parseAliases(const QString &text)
{
    QStringList aliases;
    for (const QString &part : text.split(u';')) {
        const QString alias = part.trimmed();
        if (!alias.isEmpty() && !aliases.contains(alias))
            aliases.append(alias);
    }
    return aliases;
}

QAction *scopedAction(QObject *owner, QWidget *scope, const QString &text, const QKeySequence &shortcut,
                      const QString &objectName)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    scope->addAction(action);
    return action;
}

} // namespace

// ---- EntityListModel ----------------------------------------------------------------------------------------

EntityListModel::EntityListModel(ProjectEditor &editor, QObject *parent)
    : RowListModel({tr("Entity"), tr("Type"), tr("Also known as"), tr("Mentions")}, parent)
    , m_editor(editor)
{
}

void EntityListModel::reload()
{
    resetRows(m_editor.store().entities().value_or(QList<Entity>()), [this] {
        m_mentionCounts.clear();
        if (auto mentions = m_editor.store().mentions()) {
            for (const Mention &m : std::as_const(*mentions))
                ++m_mentionCounts[m.entityId];
        }
    });
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Entity &e = rowAt(index.row());
    if (role == EntityIdRole)
        return e.id;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case TypeColumn:
            return e.type;
        case AliasesColumn:
            return e.aliases.join(kAliasSeparator);
        case MentionsColumn:
            return m_mentionCounts.value(e.id);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == MentionsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == AliasesColumn)
        return tr("Other names, separated by “;”");
    return {};
}

Qt::ItemFlags EntityListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != MentionsColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool EntityListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Entity e = rowAt(index.row());
    switch (index.column()) {
    case NameColumn:
        if (value.toString().trimmed().isEmpty())
            return false;
        e.name = value.toString();
        break;
    case TypeColumn:
        e.type = value.toString().trimmed().toUpper();
        break;
    case AliasesColumn:
        e.aliases = parseAliases(value.toString());
        break;
    default:
        return false;
    }
    return m_editor.renameEntity(e.id, e.name, e.type, e.aliases); // entitiesChanged reloads this model
}

// ---- MentionListModel -----------------------------------------------------------------------------------------

MentionListModel::MentionListModel(ProjectEditor &editor, QObject *parent)
    : RowListModel({tr("Mention in context"), tr("Document")}, parent)
    , m_editor(editor)
{
}

void MentionListModel::setEntity(qint64 entityId)
{
    resetRows(entityId > 0 ? m_editor.store().entityMentions(entityId).value_or(QList<MentionInContext>())
                           : QList<MentionInContext>());
}

QVariant MentionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const MentionInContext &m = rowAt(index.row());
    if (role == MentionIdRole)
        return m.mention.id;
    // Line breaks become spaces; the spaces around the quote stay, so words do not run together.
    const auto flat = [](QString text) { return text.replace(u'\n', u' ').replace(u'\t', u' '); };
    if (role == Qt::DisplayRole) {
        if (index.column() == ContextColumn)
            return u"…%1%2%3…"_s.arg(flat(m.prefix), flat(m.quote), flat(m.suffix));
        // (The ellipses stay even at the text's ends: the highlight offsets count on the first one.)
        return m.documentTitle;
    }
    if (role == SnippetDelegate::HighlightRangesRole && index.column() == ContextColumn)
        return QVariantList{QPoint(int(1 + m.prefix.size()), int(m.quote.size()))};
    if (role == Qt::ToolTipRole)
        return m.mention.origin == u"analysis" ? tr("Found by analysis") : tr("Marked by you");
    return {};
}

// ---- EntityRegisterPanel ----------------------------------------------------------------------------------------

EntityRegisterPanel::EntityRegisterPanel(ProjectEditor &editor, QWidget *parent)
    : ProjectPanel(editor, parent)
    , m_model(new EntityListModel(editor, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_mentionModel(new MentionListModel(editor, this))
    , m_filter(new QLineEdit(this))
    , m_entities(new QTreeView(this))
    , m_mentionsTitle(new QLabel(this))
    , m_mentions(new QTreeView(this))
    , m_picker(new TagPicker(editor, this))
{
    setObjectName(u"entityRegisterPanel"_s);
    m_picker->setObjectName(u"entityTagPicker"_s);
    setUpFilter(m_filter, u"entityFilter"_s, tr("Filter entities and aliases"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    setUpFlatList(m_entities, u"entityList"_s, m_proxy);
    m_entities->setSortingEnabled(true);
    m_entities->sortByColumn(EntityListModel::NameColumn, Qt::AscendingOrder);
    m_entities->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_entities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entities->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_entities->setContextMenuPolicy(Qt::ActionsContextMenu);
    setColumnModes(m_entities->header(), {{EntityListModel::NameColumn, QHeaderView::Stretch},
                                          {EntityListModel::TypeColumn, QHeaderView::ResizeToContents},
                                          {EntityListModel::MentionsColumn, QHeaderView::ResizeToContents}});
    m_entities->header()->resizeSection(EntityListModel::AliasesColumn, 120);

    m_mentionsTitle->setObjectName(u"entityMentionsTitle"_s);
    setUpFlatList(m_mentions, u"entityMentions"_s, m_mentionModel);
    m_mentions->setItemDelegateForColumn(MentionListModel::ContextColumn, new SnippetDelegate(m_mentions));
    m_mentions->setAllColumnsShowFocus(true);
    m_mentions->setContextMenuPolicy(Qt::ActionsContextMenu);
    setColumnModes(m_mentions->header(), {{MentionListModel::ContextColumn, QHeaderView::Stretch}});
    m_mentions->header()->resizeSection(MentionListModel::DocumentColumn, 110);

    QAction *merge = scopedAction(this, m_entities, tr("Merge Selected"), QKeySequence(Qt::CTRL | Qt::Key_M),
                                  u"mergeEntitiesAction"_s);
    merge->setToolTip(tr("Merge the selected entities into the current one"));
    QAction *rename = scopedAction(this, m_entities, tr("Rename"), QKeySequence(Qt::Key_F2), u"renameEntityAction"_s);
    QAction *tagAll = scopedAction(this, m_entities, tr("Tag All Mentions…"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), u"tagAllMentionsAction"_s);
    QAction *split = scopedAction(this, m_mentions, tr("Split Mention"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                  u"splitMentionAction"_s);
    split->setToolTip(tr("This mention is someone else: give it an entity of its own"));
    connect(merge, &QAction::triggered, this, &EntityRegisterPanel::mergeSelected);
    connect(rename, &QAction::triggered, this, [this] {
        const QModelIndex current = m_entities->currentIndex();
        if (current.isValid())
            m_entities->edit(current.siblingAtColumn(EntityListModel::NameColumn));
    });
    connect(tagAll, &QAction::triggered, this, &EntityRegisterPanel::tagAllMentions);
    connect(split, &QAction::triggered, this, &EntityRegisterPanel::splitCurrentMention);

    QToolBar *toolbar = panelToolBar(u"entityToolbar"_s, this);
    toolbar->addActions({merge, tagAll, split});
    splitUpperLower(this, {toolbar, m_filter, m_entities}, {m_mentionsTitle, m_mentions});
    setFocusProxy(m_entities);

    connect(m_entities->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EntityRegisterPanel::showMentions);
    connect(m_mentions, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const Mention &m = m_mentionModel->mentionAt(index.row()).mention;
        emit openRequested(m.documentId, m.start, m.end);
    });
    reloadOnChanges(&ProjectEditor::entitiesChanged, &ProjectEditor::annotationAdded,
                    &ProjectEditor::annotationRemoved);
    reload();
}

qint64 EntityRegisterPanel::currentEntityId() const
{
    return currentRowId(m_entities, EntityListModel::EntityIdRole);
}

void EntityRegisterPanel::selectEntity(qint64 entityId)
{
    setCurrentSourceIndex(m_entities, m_proxy, m_model->indexFor(entityId));
}

QList<qint64> EntityRegisterPanel::selectedEntityIds() const
{
    return selectedRowIds(m_entities, EntityListModel::EntityIdRole);
}

void EntityRegisterPanel::reload()
{
    const qint64 current = currentEntityId();
    m_model->reload();
    restoreCurrentRow(m_entities, m_proxy, m_model->indexFor(current));
    showMentions();
}

void EntityRegisterPanel::showMentions()
{
    const qint64 id = currentEntityId();
    m_mentionModel->setEntity(id);
    const auto e = m_model->entity(id);
    m_mentionsTitle->setText(e ? tr("Mentions of “%1” (%2)").arg(e->name).arg(m_mentionModel->rowCount())
                               : tr("No entity selected. Entities come from analysis and from the register."));
    if (m_mentionModel->rowCount() > 0)
        m_mentions->setCurrentIndex(m_mentionModel->index(0, 0));
}

void EntityRegisterPanel::mergeSelected()
{
    const qint64 target = currentEntityId();
    QList<qint64> sources = selectedEntityIds();
    sources.removeAll(target);
    if (target <= 0 || sources.isEmpty()) {
        emit message(tr("Select the entities to merge (Shift or Ctrl with the arrows), the current one last: "
                        "the others merge into it."));
        return;
    }
    const auto into = m_model->entity(target);
    // Several merges, one step.
    m_editor.undoStack()->beginMacro(
        tr("Merge %n Entities into “%1”", nullptr, int(sources.size())).arg(into ? into->name : QString()));
    int merged = 0;
    for (qint64 source : std::as_const(sources))
        merged += m_editor.mergeEntities(source, target);
    m_editor.undoStack()->endMacro();
    reload();
    selectEntity(target);
    emit message(tr("Merged %n entities into “%1”. Their names are kept as aliases.", nullptr, merged)
                     .arg(into ? into->name : QString()));
}

void EntityRegisterPanel::tagAllMentions()
{
    const auto e = m_model->entity(currentEntityId());
    if (!e)
        return;
    const qint64 entityId = e->id;
    const QString prompt = tr("Tag every mention of “%1” as:").arg(e->name);
    const TagPicker::Request request{.prompt = prompt, .allowCreate = true};
    m_picker->ask(request, this, [this, entityId](qint64 tagId, const QStringList &path) {
        std::optional<int> count;
        if (tagId > 0) {
            count = m_editor.tagAllMentions(entityId, tagId);
        } else {
            m_editor.undoStack()->beginMacro(tr("Tag All Mentions as a New Tag"));
            if (const auto tag = m_editor.createTagPath(path))
                count = m_editor.tagAllMentions(entityId, tag->id);
            m_editor.undoStack()->endMacro();
        }
        if (count)
            emit message(*count ? tr("Mentions tagged: %1.").arg(*count) : tr("Every mention already has that tag."));
    });
}

void EntityRegisterPanel::splitCurrentMention()
{
    const QModelIndex current = m_mentions->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_mentionModel->mentionAt(current.row()).mention.id;
    if (m_editor.splitMention(id))
        emit message(tr("The mention now has an entity of its own; rename it with F2."));
}

} // namespace marginalia
