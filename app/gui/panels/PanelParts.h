// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHeaderView>
#include <QIcon>
#include <QList>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <initializer_list>
#include <utility>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;
class QLineEdit;
class QListView;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QToolBar;
class QToolButton;
class QTreeView;

namespace marginalia {

class ProjectEditor;

// Pieces the panels and the main window build the same way.

// A bold title above `content`, which takes the rest of the height (the main window's left panes).
QWidget *titledPane(const QString &title, QWidget *content, QWidget *parent);

// A tag's colour as a small rounded square of `size` pixels with a darker outline (darker(outline)).
QIcon colourSwatch(const QColor &color, int size, int outline);

// A filter line: clear button, placeholder.
void setUpFilter(QLineEdit *filter, const QString &objectName, const QString &placeholder);

// A flat list of rows with columns, one line per row.
void setUpFlatList(QTreeView *list, const QString &objectName, QAbstractItemModel *model);

// A list of annotation cards (annotations, suggestions): one selected at a time, rows as wide as the view.
void setUpCardList(QListView *list, const QString &objectName, QAbstractItemModel *model);

// Column sizing: the given modes, and the last column does not stretch on its own.
void setColumnModes(QHeaderView *header, std::initializer_list<std::pair<int, QHeaderView::ResizeMode>> modes);

// The status bar's part of a background job (import, analysis): a progress bar counting to 1000 and the
// button that stops the job, both hidden until a job runs.
void setUpJobProgress(QProgressBar *progress, const QString &objectName, int maximumWidth);
void setUpJobStopButton(QToolButton *button, const QString &objectName, const QString &text, const QString &toolTip);

// A checkable menu entry that starts checked.
QAction *addToggle(QMenu *menu, const QString &text, const QString &objectName = QString());

// A panel toolbar of text buttons.
QToolBar *panelToolBar(const QString &objectName, QWidget *parent);

// Lays out `panel` as an upper and a lower part, one above the other in a splitter; the last widget of
// each part takes its spare height. Returns the splitter, for the stretch factors.
QSplitter *splitUpperLower(QWidget *panel, const QList<QWidget *> &upper, const QList<QWidget *> &lower);

// Rows of a view that carry their id at `role`. The id of the current row (0 for none), and of the selected rows.
qint64 currentRowId(const QAbstractItemView *view, int role);
QList<qint64> selectedRowIds(const QAbstractItemView *view, int role);
// Makes the row at `sourceIndex` (of the proxy's source model) current; false when it is invalid or filtered out.
bool setCurrentSourceIndex(QAbstractItemView *view, const QSortFilterProxyModel *proxy, const QModelIndex &sourceIndex);
// After a reload: the row at `sourceIndex` again when it is still shown, else the first row when none is current.
void restoreCurrentRow(QAbstractItemView *view, const QSortFilterProxyModel *proxy, const QModelIndex &sourceIndex);

// Asks `panel` to run `reload` once after the edits that call this: a bulk edit reports each annotation, and one
// reload serves them all. A hidden panel does nothing; it reloads in its showEvent(). `reload` clears `pending`.
template<typename Panel> void scheduleReloadWhenShown(Panel *panel, bool &pending, void (Panel::*reload)())
{
    if (pending || !panel->isVisible())
        return;
    pending = true;
    QTimer::singleShot(0, panel, reload);
}

// A dock panel over the project: it edits through the ProjectEditor and asks the window to open a passage or
// show a message. A panel that rebuilds its view from the store (reload()) calls reloadOnChanges() with the
// editor signals it depends on: it then reloads once after a burst of them while shown (a bulk edit reports
// each annotation), and on every show, since analysis and imports write to the store without telling the editor.
class ProjectPanel : public QWidget {
    Q_OBJECT

public:
    explicit ProjectPanel(ProjectEditor &editor, QWidget *parent = nullptr);

signals:
    // Offsets are code points into the document text.
    void openRequested(qint64 documentId, int start, int end);
    void message(const QString &text);

protected:
    template<typename... Changes> void reloadOnChanges(Changes... changes)
    {
        m_reloadsWhenShown = true;
        (connect(&m_editor, changes, this, &ProjectPanel::scheduleReload), ...);
    }
    virtual void reload() { }
    void showEvent(QShowEvent *event) override;

    // Reloads once the current burst of edits is over, or at the next show when hidden.
    void scheduleReload();

    ProjectEditor &m_editor;

private:
    void reloadNow();

    bool m_reloadsWhenShown = false;
    bool m_reloadPending = false;
};

} // namespace marginalia
