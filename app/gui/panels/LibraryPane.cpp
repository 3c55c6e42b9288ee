// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/panels/LibraryPane.h"

#include "core/text/Text.h"
#include "gui/models/DocumentListModel.h"
#include "gui/models/ItemDelegates.h"
#include "gui/panels/PanelParts.h"

#include <QAction>
#include <QListView>
#include <QListWidget>

#include <algorithm>

namespace marginalia {

LibraryPane::LibraryPane(QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_model(new DocumentListModel(this))
    , m_library(new QListView(this))
    , m_outline(new QListWidget(this))
{
    setObjectName(QStringLiteral("leftSplitter"));
    m_library->setObjectName(QStringLiteral("documentList"));
    m_library->setAccessibleName(tr("Library"));
    m_library->setModel(m_model);
    m_library->setItemDelegate(new DocumentItemDelegate(m_library));
    m_library->setSelectionMode(QAbstractItemView::SingleSelection);
    m_library->setResizeMode(QListView::Adjust);
    m_library->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_library->setFrameShape(QFrame::NoFrame);
    QWidget *libraryPane = titledPane(tr("Library"), m_library, this);
    libraryPane->setObjectName(QStringLiteral("libraryPane"));

    m_outline->setObjectName(QStringLiteral("outlineList"));
    m_outline->setFrameShape(QFrame::NoFrame);
    m_outline->setWordWrap(true);
    m_outline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_outline->setResizeMode(QListView::Adjust);
    QWidget *outlinePane = titledPane(tr("Outline"), m_outline, this);

    addDocumentActions();

    addWidget(libraryPane);
    addWidget(outlinePane);
    setSizes({420, 380});
    connect(m_outline, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit headingActivated(item->data(Qt::UserRole).toInt()); });
    connect(m_library->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit documentActivated(current.data(DocumentListModel::IdRole).toLongLong());
            });
}

void LibraryPane::addDocumentActions()
{
    // Shown on right-click and active while the list has the focus, so F2 and Delete never act on text.
    m_library->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *rename = new QAction(tr("&Rename…"), m_library);
    rename->setObjectName(QStringLiteral("renameDocumentAction"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetShortcut);
    connect(rename, &QAction::triggered, this, [this] {
        if (const qint64 id = currentDocumentId())
            emit renameRequested(id);
    });
    auto *remove = new QAction(tr("&Delete…"), m_library);
    remove->setObjectName(QStringLiteral("deleteDocumentAction"));
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (const qint64 id = currentDocumentId())
            emit deleteRequested(id);
    });
    m_library->addActions({rename, remove});
}

qint64 LibraryPane::currentDocumentId() const
{
    const QModelIndex current = m_library->currentIndex();
    return current.isValid() ? current.data(DocumentListModel::IdRole).toLongLong() : 0;
}

void LibraryPane::setDocuments(const QList<DocumentRecord> &documents, qint64 currentId)
{
    const QSignalBlocker blocker(m_library->selectionModel());
    m_model->setDocuments(documents);
    const QModelIndex index = m_model->indexOfDocument(currentId);
    if (index.isValid())
        m_library->setCurrentIndex(index);
}

void LibraryPane::setCurrentDocument(qint64 documentId)
{
    const QSignalBlocker blocker(m_library->selectionModel());
    m_library->setCurrentIndex(m_model->indexOfDocument(documentId));
}

void LibraryPane::showOutline(const DocumentRecord &record, const CodePointIndex &index)
{
    m_outline->clear();
    for (const Block &block : record.blocks) {
        if (block.kind != BlockKind::Heading)
            continue;
        const int from = index.toUtf16(block.start);
        auto *item = new QListWidgetItem(record.text.mid(from, index.toUtf16(block.end) - from).simplified(),
                                         m_outline);
        item->setData(Qt::UserRole, block.start);
        item->setToolTip(item->text());
        // Indent by level so that the outline reads as a tree.
        item->setText(QString(2 * std::max(0, block.level - 1), u' ') + item->text());
    }
    if (m_outline->count() == 0) {
        auto *none = new QListWidgetItem(tr("No headings"), m_outline);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace marginalia
