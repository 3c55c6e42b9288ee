#pragma once

#include <QHeaderView>
#include <QIcon>
#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

class QAbstractItemModel;
class QAction;
class QLineEdit;
class QListView;
class QMenu;
class QSplitter;
class QToolBar;
class QTreeView;
class QWidget;

namespace marginalia {

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

// A checkable menu entry that starts checked.
QAction *addToggle(QMenu *menu, const QString &text, const QString &objectName = QString());

// A panel toolbar of text buttons.
QToolBar *panelToolBar(const QString &objectName, QWidget *parent);

// Lays out `panel` as an upper and a lower part, one above the other in a splitter; the last widget of
// each part takes its spare height. Returns the splitter, for the stretch factors.
QSplitter *splitUpperLower(QWidget *panel, const QList<QWidget *> &upper, const QList<QWidget *> &lower);

} // namespace marginalia
