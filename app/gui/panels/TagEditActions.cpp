// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/panels/TagEditActions.h"

#include "core/edit/ProjectEditor.h"
#include "gui/panels/CodebookPanel.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

QAction *treeAction(QTreeView *tree, const QString &text, const QKeySequence &shortcut, const QString &objectName)
{
    auto *action = new QAction(text, tree);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only where the tree has the focus
    tree->addAction(action);
    return action;
}

} // namespace

TagEditActions::TagEditActions(CodebookPanel &panel, ProjectEditor &editor)
    : QObject(&panel)
    , m_panel(panel)
    , m_editor(editor)
    , m_describe(
          treeAction(panel.tree(), tr("&Description…"), QKeySequence(Qt::CTRL | Qt::Key_D), u"describeTagAction"_s))
    , m_delete(treeAction(panel.tree(), tr("De&lete Tag…"), QKeySequence::Delete, u"deleteTagAction"_s))
{
    connect(m_describe, &QAction::triggered, this, &TagEditActions::editDescription);
    connect(m_delete, &QAction::triggered, this, &TagEditActions::deleteTag);
    connect(panel.tree()->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagEditActions::updateEnabled);
    updateEnabled();
}

void TagEditActions::updateEnabled()
{
    const bool hasTag = m_panel.currentTagId() > 0;
    m_describe->setEnabled(hasTag);
    m_delete->setEnabled(hasTag);
}

void TagEditActions::editDescription()
{
    auto tag = m_editor.tag(m_panel.currentTagId());
    if (!tag)
        return;
    QInputDialog dialog(&m_panel);
    dialog.setObjectName(u"tagDescriptionDialog"_s);
    dialog.setWindowTitle(tr("Tag Description"));
    dialog.setLabelText(tr("What “%1” means and when to use it (shown when hovering the tag):").arg(tag->name));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(tag->description);
    if (dialog.exec() != QDialog::Accepted)
        return;
    tag->description = dialog.textValue().trimmed();
    m_editor.updateTag(*tag);
}

void TagEditActions::deleteTag()
{
    const auto tag = m_editor.tag(m_panel.currentTagId());
    if (!tag)
        return;
    const int annotations = int(m_editor.annotationsUnderTag(tag->id).value_or(QList<qint64>()).size());
    const bool hasChildren = std::ranges::any_of(m_editor.tags(), [&](const Tag &t) { return t.parentId == tag->id; });
    QMessageBox question(QMessageBox::Question, tr("Delete Tag"), tr("Delete the tag “%1”?").arg(tag->name),
                         QMessageBox::Cancel, &m_panel);
    question.setObjectName(u"deleteTagQuestion"_s);
    QString details = hasChildren ? tr("The tags below it are deleted with it. ") : QString();
    details += tr("%n annotation(s) carry it. Edit ▸ Undo brings everything back.", nullptr, annotations);
    question.setInformativeText(details);
    QPushButton *keep = nullptr;
    QPushButton *withAnnotations = nullptr;
    if (annotations > 0) {
        keep = question.addButton(tr("Delete Tag, &Keep Annotations"), QMessageBox::AcceptRole);
        withAnnotations = question.addButton(tr("Delete Tag &and Annotations"), QMessageBox::DestructiveRole);
    } else {
        keep = question.addButton(tr("&Delete Tag"), QMessageBox::AcceptRole);
    }
    question.setDefaultButton(keep);
    question.exec();
    if (question.clickedButton() == keep)
        m_editor.deleteTag(tag->id, ProjectEditor::TagDeletion::KeepAnnotationsUntagged);
    else if (withAnnotations && question.clickedButton() == withAnnotations)
        m_editor.deleteTag(tag->id, ProjectEditor::TagDeletion::DeleteAnnotations);
}

} // namespace marginalia
