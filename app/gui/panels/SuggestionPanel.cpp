// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/panels/SuggestionPanel.h"

#include "gui/models/SuggestionModel.h"
#include "gui/panels/PanelParts.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace marginalia {

SuggestionPanel::SuggestionPanel(SuggestionListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_status(new QLabel(this))
    , m_list(new QListView(this))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_reject(new QPushButton(tr("&Reject"), this))
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_next(new QPushButton(tr("&Next"), this))
{
    setObjectName(QStringLiteral("suggestionPanel"));
    m_status->setObjectName(QStringLiteral("suggestionStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    setUpCardList(m_list, QStringLiteral("suggestionList"), &m_model);
    m_list->installEventFilter(this);

    m_accept->setObjectName(QStringLiteral("acceptSuggestionButton"));
    m_accept->setToolTip(tr("Make the suggestion an annotation (A)"));
    m_reject->setObjectName(QStringLiteral("rejectSuggestionButton"));
    m_reject->setToolTip(tr("Never suggest this again (R)"));
    m_previous->setToolTip(tr("Previous suggestion (P)"));
    m_next->setToolTip(tr("Next suggestion (N)"));
    for (QPushButton *button : {m_accept, m_reject, m_previous, m_next})
        button->setFocusPolicy(Qt::NoFocus); // keys go on working in the list and the text

    auto *decide = new QHBoxLayout;
    decide->addWidget(m_accept);
    decide->addWidget(m_reject);
    decide->addStretch();
    decide->addWidget(m_previous);
    decide->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addLayout(decide);

    connect(m_accept, &QPushButton::clicked, this, &SuggestionPanel::acceptRequested);
    connect(m_reject, &QPushButton::clicked, this, &SuggestionPanel::rejectRequested);
    connect(m_previous, &QPushButton::clicked, this, &SuggestionPanel::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &SuggestionPanel::nextRequested);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        updateButtons();
        if (current.isValid())
            emit suggestionActivated(current.row());
    });
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { emit suggestionActivated(index.row()); });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &SuggestionPanel::updateButtons);
    updateButtons();
}

int SuggestionPanel::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SuggestionPanel::setCurrentRow(int row)
{
    const QModelIndex index = m_model.index(row);
    const QSignalBlocker blocker(m_list->selectionModel());
    if (index.isValid()) {
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index);
    } else {
        m_list->selectionModel()->clear();
    }
    // With the selection model's signals blocked the view never hears that the old row was deselected and
    // would keep painting it highlighted next to the new one.
    m_list->viewport()->update();
    updateButtons();
}

void SuggestionPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void SuggestionPanel::updateButtons()
{
    const bool current = m_list->currentIndex().isValid();
    const bool any = m_model.rowCount() > 0;
    m_accept->setEnabled(current);
    m_reject->setEnabled(current);
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
}

bool SuggestionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier) {
            // Review from the keyboard: Accept, Reject, Next, Previous.
            static constexpr std::pair<int, void (SuggestionPanel::*)()> kKeys[] = {
                {Qt::Key_A, &SuggestionPanel::acceptRequested},
                {Qt::Key_R, &SuggestionPanel::rejectRequested},
                {Qt::Key_N, &SuggestionPanel::nextRequested},
                {Qt::Key_P, &SuggestionPanel::previousRequested},
            };
            for (const auto &[code, signal] : kKeys) {
                if (key->key() == code) {
                    emit(this->*signal)();
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace marginalia
