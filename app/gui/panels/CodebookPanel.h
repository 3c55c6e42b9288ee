#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace marginalia {

class ProjectEditor;
class TagPicker;

// The tag tree with how often each tag is used. Rows are keyed by tag id (internalId). Names are editable
// (rename), and a tag can be dragged onto another (move); both go through ProjectEditor.
class TagTreeModel final : public QAbstractItemModel
{
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

// Annotations carrying one tag (or any tag below it), across documents; several can be selected for bulk
// retag, untag or delete.
class TagAnnotationsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { QuoteColumn, TagColumn, DocumentColumn, ColumnCount };
    static constexpr int AnnotationIdRole = Qt::UserRole + 1;

    explicit TagAnnotationsModel(ProjectEditor &editor, QObject *parent = nullptr);

    void setTag(qint64 tagId);
    void reload();
    qint64 tagId() const { return m_tagId; }
    const Annotation &annotationAt(int row) const { return m_rows.at(row); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &) const override { return {}; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProjectEditor &m_editor;
    qint64 m_tagId = 0;
    QList<Annotation> m_rows;
    QHash<qint64, QString> m_documentTitles;
};

// The codebook dock: the tag tree (create child, rename, recolour, move, merge, import/export CSV) and,
// under it, the current tag's annotations with bulk retag/untag/delete.
class CodebookPanel final : public QWidget
{
    Q_OBJECT

public:
    CodebookPanel(ProjectEditor &editor, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QTreeView *annotationList() const { return m_annotations; }
    TagPicker *picker() const { return m_picker; }
    qint64 currentTagId() const;
    void selectTag(qint64 tagId);
    QList<qint64> selectedAnnotationIds() const;

    // What the actions do once their dialog has answered; public for tests and scripting.
    Result<int> importCodebookFrom(const QString &path);
    Result<int> exportCodebookTo(const QString &path);

signals:
    void openRequested(qint64 documentId, int start, int end);
    void message(const QString &text);

private:
    QAction *addPanelAction(const QString &text, const QKeySequence &shortcut, const QString &objectName,
                            QWidget *scope, void (CodebookPanel::*slot)());
    void showEvent(QShowEvent *event) override;
    void scheduleRefresh();
    void refresh();
    void newChildTag();
    void newTopLevelTag();
    void renameTag();
    void recolourTag();
    void moveTag();
    void mergeTag();
    void importCodebook();
    void exportCodebook();
    void retagSelected();
    void untagSelected();
    void deleteSelected();
    void openCurrentAnnotation();
    void showCurrentTagAnnotations();
    void updateActions();

    ProjectEditor &m_editor;
    TagTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    TagAnnotationsModel *m_annotationModel;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QLabel *m_annotationsTitle;
    QTreeView *m_annotations;
    TagPicker *m_picker;
    QList<QAction *> m_tagActions;
    QList<QAction *> m_bulkActions;
    bool m_refreshPending = false;
    bool m_stale = false; // changed while hidden
    qint64 m_pendingTagId = 0; // to select once the tree has it
};

} // namespace marginalia
