// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/dialogs/ShortcutsDialog.h"

#include "core/model/Model.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return text;
}

// A menu's path from the menu bar ("Edit ▸ Annotation").
QString menuPath(const QMenu *menu)
{
    QStringList titles;
    for (const QMenu *level = menu; level; level = qobject_cast<const QMenu *>(level->parent()))
        titles.prepend(withoutMnemonic(level->title()));
    return titles.join(u" ▸ "_s);
}

// True for a menu of the menu bar or one of their submenus (not a panel's own "More" menu).
bool inMenuBar(const QMenu *menu)
{
    for (const QObject *owner : menu->menuAction()->associatedObjects()) {
        if (qobject_cast<const QMenuBar *>(owner))
            return true;
        if (const auto *parentMenu = qobject_cast<const QMenu *>(owner); parentMenu && inMenuBar(parentMenu))
            return true;
    }
    return false;
}

// Where an action works: its menu in the menu bar, else the dock or named pane its widget sits in.
QString placeOf(const QAction *action)
{
    const QList<QObject *> owners = action->associatedObjects();
    for (const QObject *owner : owners)
        if (const auto *menu = qobject_cast<const QMenu *>(owner); menu && inMenuBar(menu))
            return menuPath(menu);
    for (const QObject *owner : owners) {
        for (const QObject *level = owner; level; level = level->parent()) {
            if (const auto *dock = qobject_cast<const QDockWidget *>(level))
                return withoutMnemonic(dock->windowTitle());
            if (const auto *widget = qobject_cast<const QWidget *>(level);
                widget && !widget->accessibleName().isEmpty())
                return widget->accessibleName();
        }
    }
    return QDialog::tr("Main window");
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, const QList<Tag> &tags)
    : QDialog(window)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(u"shortcutFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by action, key or place…"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    fill(window, tags);
    m_list->sortByColumn(2, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

void ShortcutsDialog::fill(QWidget *window, const QList<Tag> &tags)
{
    QSet<const QAction *> seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->isSeparator() || seen.contains(action))
            continue;
        seen.insert(action);
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        auto *row = new QTreeWidgetItem(m_list, {withoutMnemonic(action->text()), keys.join(u", "_s), placeOf(action)});
        row->setToolTip(0, action->toolTip());
    }
    // Tag keys are the codebook's data, not actions: read from the tags as they are now.
    for (const Tag &tag : tags)
        if (tag.key > 0)
            new QTreeWidgetItem(m_list, {tr("Tag the selection as %1").arg(tag.name), QString::number(tag.key),
                                         tr("Reading view")});
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int index = 0; index < m_list->topLevelItemCount(); ++index) {
        QTreeWidgetItem *row = m_list->topLevelItem(index);
        bool match = needle.isEmpty();
        for (int column = 0; column < m_list->columnCount() && !match; ++column)
            match = row->text(column).contains(needle, Qt::CaseInsensitive);
        row->setHidden(!match);
    }
}

void ShortcutsDialog::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

int ShortcutsDialog::visibleRowCount() const
{
    int visible = 0;
    for (int index = 0; index < m_list->topLevelItemCount(); ++index)
        visible += m_list->topLevelItem(index)->isHidden() ? 0 : 1;
    return visible;
}

} // namespace marginalia
