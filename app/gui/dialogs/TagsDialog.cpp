// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/dialogs/TagsDialog.h"

#include "core/edit/ProjectEditor.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace marginalia {

namespace {
enum Column { ColorColumn, NameColumn, KeyColumn };
constexpr int kTagIdRole = Qt::UserRole + 1;
// A palette of light colours that keep dark text readable, for new tags.
constexpr QRgb kNewTagColors[] = {0xffadad, 0xffd6a5, 0xfdffb6, 0xcaffbf, 0x9bf6ff, 0xbdb2ff, 0xffc6ff, 0xd8e2dc};
} // namespace

TagsDialog::TagsDialog(ProjectEditor &editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_table(new QTableWidget(0, 3, this))
    , m_colorButton(new QPushButton(tr("&Colour…"), this))
{
    setObjectName(QStringLiteral("tagsDialog"));
    setWindowTitle(tr("Tags"));
    m_table->setObjectName(QStringLiteral("tagsTable"));
    m_table->setHorizontalHeaderLabels({tr("Colour"), tr("Name"), tr("Key")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(ColorColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);

    auto *hint = new QLabel(tr("Select text and press a tag's key (1–9) to annotate. Double-click a name or key "
                               "to change it."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *addButton = new QPushButton(tr("&Add Tag"), this);
    addButton->setObjectName(QStringLiteral("addTagButton"));
    m_colorButton->setObjectName(QStringLiteral("tagColorButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(addButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_colorButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(440, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addButton, &QPushButton::clicked, this, &TagsDialog::addTag);
    connect(m_colorButton, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            chooseColor(m_table->currentRow());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == ColorColumn)
            chooseColor(row);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_reloading)
            commitRow(item->row());
    });
    connect(&m_editor, &ProjectEditor::tagsChanged, this, &TagsDialog::reload);
    reload();
}

void TagsDialog::reload()
{
    m_reloading = true;
    const int currentRow = m_table->currentRow();
    m_table->setRowCount(int(m_editor.tags().size()));
    int row = 0;
    for (const Tag &tag : m_editor.tags()) {
        auto *color = new QTableWidgetItem;
        color->setData(Qt::DecorationRole, tag.color);
        color->setData(kTagIdRole, tag.id);
        color->setToolTip(tag.color.name());
        color->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *name = new QTableWidgetItem(tag.name);
        name->setToolTip(tag.description);
        auto *key = new QTableWidgetItem(tag.key > 0 ? QString::number(tag.key) : QString());
        key->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(row, ColorColumn, color);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, KeyColumn, key);
        ++row;
    }
    if (currentRow >= 0 && currentRow < m_table->rowCount())
        m_table->selectRow(currentRow);
    m_colorButton->setEnabled(m_table->rowCount() > 0);
    m_reloading = false;
}

void TagsDialog::addTag()
{
    Tag tag;
    const auto count = m_editor.tags().size();
    tag.name = tr("New tag %1").arg(count + 1);
    tag.color = QColor::fromRgb(kNewTagColors[count % std::size(kNewTagColors)]);
    // The first free key, if any.
    for (int key = 1; key <= 9 && tag.key == 0; ++key)
        if (!m_editor.tagForKey(key))
            tag.key = key;
    if (const auto added = m_editor.addTag(tag)) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, ColorColumn)->data(kTagIdRole).toLongLong() == added->id) {
                m_table->setCurrentCell(row, NameColumn);
                m_table->editItem(m_table->item(row, NameColumn));
            }
        }
    }
}

void TagsDialog::chooseColor(int row)
{
    const qint64 id = m_table->item(row, ColorColumn)->data(kTagIdRole).toLongLong();
    auto tag = m_editor.tag(id);
    if (!tag)
        return;
    const QColor chosen = QColorDialog::getColor(tag->color, this, tr("Colour of “%1”").arg(tag->name));
    if (!chosen.isValid())
        return;
    tag->color = chosen;
    m_editor.updateTag(*tag);
}

void TagsDialog::commitRow(int row)
{
    const qint64 id = m_table->item(row, ColorColumn)->data(kTagIdRole).toLongLong();
    auto tag = m_editor.tag(id);
    if (!tag)
        return;
    Tag changed = *tag;
    const QString name = m_table->item(row, NameColumn)->text().simplified();
    if (!name.isEmpty())
        changed.name = name;
    bool ok = false;
    const QString keyText = m_table->item(row, KeyColumn)->text().trimmed();
    const int key = keyText.toInt(&ok);
    changed.key = ok && key >= 1 && key <= 9 ? key : 0;
    if (changed == *tag) {
        reload(); // undo an invalid entry in the table
        return;
    }
    // A key belongs to one tag: the tag that had it gives it up, in the same undo step.
    const auto previousOwner = changed.key > 0 ? m_editor.tagForKey(changed.key) : std::nullopt;
    QUndoStack *stack = m_editor.undoStack();
    stack->beginMacro(tr("Edit Tag"));
    if (previousOwner && previousOwner->id != changed.id) {
        Tag freed = *previousOwner;
        freed.key = 0;
        m_editor.updateTag(freed);
    }
    m_editor.updateTag(changed);
    stack->endMacro();
}

} // namespace marginalia
