// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/panels/SearchPanel.h"

#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"
#include "gui/models/SnippetDelegate.h"
#include "gui/panels/PanelParts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace marginalia {

// ---- SearchResultModel ----------------------------------------------------------------------------------------

SearchResultModel::SearchResultModel(QObject *parent)
    : RowListModel({tr("Document"), tr("In"), tr("Passage")}, parent)
{
}

void SearchResultModel::setHits(const QList<SearchHit> &hits, const QHash<qint64, QString> &titles,
                                const SearchQuery &query)
{
    resetRows(hits, [&] {
        m_titles = titles;
        m_query = query;
    });
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const SearchHit &hit = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DocumentColumn:
            return m_titles.value(hit.documentId);
        case KindColumn:
            if (hit.kind == u"quote")
                return tr("quote");
            if (hit.kind == u"note")
                return tr("note");
            return tr("text");
        case SnippetColumn:
            return hit.snippet.simplified();
        }
    }
    if (role == SnippetDelegate::HighlightRangesRole && index.column() == SnippetColumn) {
        // Each term on its own: a snippet may show only some of the terms the whole text has.
        const QString shown = hit.snippet.simplified();
        const CodePointIndex codePoints(shown);
        QVariantList ranges;
        for (const SearchTerm &term : m_query.terms) {
            for (const auto &[start, end] : findSearchHits(shown, SearchQuery{{term}})) {
                const int from = codePoints.toUtf16(start);
                ranges.append(QPoint(from, codePoints.toUtf16(end) - from));
            }
        }
        return ranges;
    }
    if (role == Qt::ToolTipRole)
        return u"%1\n%2"_s.arg(m_titles.value(hit.documentId), hit.snippet);
    return {};
}

// ---- SearchPanel ------------------------------------------------------------------------------------------------

SearchPanel::SearchPanel(ProjectEditor &editor, QWidget *parent)
    : ProjectPanel(editor, parent)
    , m_query(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_results(new QTreeView(this))
    , m_model(new SearchResultModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"searchPanel"_s);
    setUpFilter(m_query, u"searchQuery"_s, tr("Search: words, \"a phrase\", prefix*"));
    m_query->setToolTip(tr("All terms must occur. Quote a phrase, end a word with * to match its beginning."));
    m_scope->setObjectName(u"searchScope"_s);
    m_scope->addItem(tr("Everything"), QStringList());
    m_scope->addItem(tr("Document text"), QStringList{u"document"_s});
    m_scope->addItem(tr("Quotes"), QStringList{u"quote"_s});
    m_scope->addItem(tr("Notes"), QStringList{u"note"_s});
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setWordWrap(true);
    QPalette quiet = m_status->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    m_status->setPalette(quiet);

    setUpFlatList(m_results, u"searchResults"_s, m_model);
    m_results->setItemDelegateForColumn(SearchResultModel::SnippetColumn, new SnippetDelegate(m_results));
    m_results->setAllColumnsShowFocus(true);
    m_results->header()->setStretchLastSection(true);
    m_results->header()->resizeSection(SearchResultModel::DocumentColumn, 130);
    m_results->header()->setSectionResizeMode(SearchResultModel::KindColumn, QHeaderView::ResizeToContents);

    auto *row = new QHBoxLayout;
    row->addWidget(m_query, 1);
    row->addWidget(m_scope);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    setFocusProxy(m_query);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_query, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SearchPanel::search);
    connect(m_results, &QTreeView::activated, this, &SearchPanel::activate);
    m_query->installEventFilter(this);
    search();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::search()
{
    m_debounce->stop();
    const QString query = m_query->text().trimmed();
    if (query.isEmpty()) {
        m_model->setHits({}, {});
        m_status->setText(m_editor.store().hasSearchIndex() ? tr("Type to search the project.")
                                                            : tr("Type to search the project (no index: slower)."));
        return;
    }
    auto hits = m_editor.store().search(query, 500, m_scope->currentData().toStringList());
    if (!hits) {
        m_model->setHits({}, {});
        m_status->setText(hits.error().message);
        return;
    }
    QSet<qint64> inDocuments;
    for (const SearchHit &h : std::as_const(*hits))
        inDocuments.insert(h.documentId);
    m_model->setHits(*hits, documentTitles(m_editor.store()), parseSearchQuery(query).value_or(SearchQuery{}));
    m_status->setText(hits->isEmpty() ? tr("No matches.")
                                      : tr("%n match(es) in %1", nullptr, int(hits->size()))
                                            .arg(tr("%n document(s)", nullptr, int(inDocuments.size()))));
    if (!hits->isEmpty())
        m_results->setCurrentIndex(m_model->index(0, 0));
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const SearchHit &hit = m_model->hitAt(index.row());
    emit openRequested(hit.documentId, hit.start, hit.end);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter searches; Enter again (nothing typed since) opens the current hit.
            if (m_debounce->isActive() || m_model->rowCount() == 0)
                search();
            else
                activate(m_results->currentIndex());
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace marginalia
