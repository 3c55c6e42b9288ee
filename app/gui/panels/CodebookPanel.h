// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"

#include "gui/models/RowListModel.h"
#include "gui/panels/FlatTableModel.h"
#include "gui/panels/PanelParts.h"
#include "gui/panels/TagTreeModel.h"

#include <QHash>
#include <QWidget>

class QAction;
class QFileDialog;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace marginalia {

class ProjectEditor;
class TagPicker;

// Annotations carrying one tag (or any tag below it), across documents; several can be selected for bulk
// retag, untag or delete.
class TagAnnotationsModel final : public RowListModel<Annotation, FlatTableModel> {
    Q_OBJECT

public:
    enum Column { QuoteColumn, TagColumn, DocumentColumn, ColumnCount };
    static constexpr int AnnotationIdRole = Qt::UserRole + 1;

    explicit TagAnnotationsModel(ProjectEditor &editor, QObject *parent = nullptr);

    void setTag(qint64 tagId);
    void reload();
    qint64 tagId() const { return m_tagId; }
    // All annotations with the tag: the list shows the first kPageRows of them.
    int totalCount() const { return m_totalCount; }
    static constexpr int kPageRows = 2000;
    const Annotation &annotationAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    ProjectEditor &m_editor;
    qint64 m_tagId = 0;
    int m_totalCount = 0;
    QHash<qint64, QString> m_documentTitles;
};

// The codebook dock: the tag tree (create child, rename, recolour, move, merge, import/export CSV) and,
// under it, the current tag's annotations with bulk retag/untag/delete.
class CodebookPanel final : public ProjectPanel {
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
    // Runs `action` on the file the dialog gives and says how many tags it read or wrote (`doneMessage`'s %1).
    void openFileDialog(QFileDialog *dialog, Result<int> (CodebookPanel::*action)(const QString &),
                        const QString &doneMessage);
    void retagSelected();
    void untagSelected();
    void deleteSelected();
    void openCurrentAnnotation();
    void showCurrentTagAnnotations();
    void updateActions();

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
