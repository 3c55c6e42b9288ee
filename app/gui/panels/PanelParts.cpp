// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/panels/PanelParts.h"

#include "core/edit/ProjectEditor.h"
#include "gui/models/ItemDelegates.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace marginalia {

namespace {

QWidget *stacked(QWidget *parent, const QList<QWidget *> &widgets, int topMargin)
{
    auto *part = new QWidget(parent);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, topMargin, 0, 0);
    layout->setSpacing(4);
    for (QWidget *widget : widgets)
        layout->addWidget(widget, widget == widgets.last() ? 1 : 0);
    return part;
}

} // namespace

QWidget *titledPane(const QString &title, QWidget *content, QWidget *parent)
{
    auto *pane = new QWidget(parent);
    auto *label = new QLabel(title, pane);
    QFont titleFont = label->font();
    titleFont.setWeight(QFont::DemiBold);
    label->setFont(titleFont);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 8, 0, 6);
    layout->setSpacing(6);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return pane;
}

QIcon colourSwatch(const QColor &color, int size, int outline)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(outline));
    painter.setBrush(color);
    const qreal inset = (size - 11) / 2.0; // an 11-pixel square, centred
    painter.drawRoundedRect(QRectF(inset, inset, 11, 11), 3, 3);
    return QIcon(pixmap);
}

void setUpFilter(QLineEdit *filter, const QString &objectName, const QString &placeholder)
{
    filter->setObjectName(objectName);
    filter->setPlaceholderText(placeholder);
    filter->setClearButtonEnabled(true);
}

void setUpFlatList(QTreeView *list, const QString &objectName, QAbstractItemModel *model)
{
    list->setObjectName(objectName);
    list->setModel(model);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
}

void setUpCardList(QListView *list, const QString &objectName, QAbstractItemModel *model)
{
    list->setObjectName(objectName);
    list->setModel(model);
    list->setItemDelegate(new AnnotationItemDelegate(list));
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setResizeMode(QListView::Adjust);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setLayoutMode(QListView::Batched); // long documents have thousands of rows
    list->setBatchSize(200);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setFrameShape(QFrame::NoFrame);
}

void setColumnModes(QHeaderView *header, std::initializer_list<std::pair<int, QHeaderView::ResizeMode>> modes)
{
    header->setStretchLastSection(false);
    for (const auto &[column, mode] : modes)
        header->setSectionResizeMode(column, mode);
}

void setUpJobProgress(QProgressBar *progress, const QString &objectName, int maximumWidth)
{
    progress->setObjectName(objectName);
    progress->setRange(0, 1000);
    progress->setMaximumWidth(maximumWidth);
    progress->hide();
}

void setUpJobStopButton(QToolButton *button, const QString &objectName, const QString &text, const QString &toolTip)
{
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->hide();
}

QAction *addToggle(QMenu *menu, const QString &text, const QString &objectName)
{
    QAction *toggle = menu->addAction(text);
    if (!objectName.isEmpty())
        toggle->setObjectName(objectName);
    toggle->setCheckable(true);
    toggle->setChecked(true);
    return toggle;
}

QToolBar *panelToolBar(const QString &objectName, QWidget *parent)
{
    auto *toolbar = new QToolBar(parent);
    toolbar->setObjectName(objectName);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return toolbar;
}

QSplitter *splitUpperLower(QWidget *panel, const QList<QWidget *> &upper, const QList<QWidget *> &lower)
{
    auto *splitter = new QSplitter(Qt::Vertical, panel);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(stacked(panel, upper, 0));
    splitter->addWidget(stacked(panel, lower, 4));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);
    return splitter;
}

qint64 currentRowId(const QAbstractItemView *view, int role)
{
    return view->currentIndex().data(role).toLongLong();
}

QList<qint64> selectedRowIds(const QAbstractItemView *view, int role)
{
    QList<qint64> ids;
    for (const QModelIndex &row : view->selectionModel()->selectedRows())
        ids.append(row.data(role).toLongLong());
    return ids;
}

bool setCurrentSourceIndex(QAbstractItemView *view, const QSortFilterProxyModel *proxy, const QModelIndex &sourceIndex)
{
    const QModelIndex index = proxy->mapFromSource(sourceIndex);
    if (!index.isValid())
        return false;
    view->setCurrentIndex(index);
    return true;
}

void restoreCurrentRow(QAbstractItemView *view, const QSortFilterProxyModel *proxy, const QModelIndex &sourceIndex)
{
    if (!setCurrentSourceIndex(view, proxy, sourceIndex) && !view->currentIndex().isValid() && proxy->rowCount() > 0)
        view->setCurrentIndex(proxy->index(0, 0));
}

ProjectPanel::ProjectPanel(ProjectEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
}

void ProjectPanel::showEvent(QShowEvent *event)
{
    if (m_reloadsWhenShown)
        reloadNow();
    QWidget::showEvent(event);
}

void ProjectPanel::scheduleReload()
{
    scheduleReloadWhenShown(this, m_reloadPending, &ProjectPanel::reloadNow);
}

void ProjectPanel::reloadNow()
{
    m_reloadPending = false;
    reload();
}

} // namespace marginalia
