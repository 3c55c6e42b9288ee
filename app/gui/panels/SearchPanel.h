// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Model.h"
#include "core/text/Search.h"

#include "gui/models/RowListModel.h"
#include "gui/panels/FlatTableModel.h"
#include "gui/panels/PanelParts.h"
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace marginalia {

class ProjectEditor;

// Search hits: document title, what matched (text, quote, note) and the snippet.
class SearchResultModel final : public RowListModel<SearchHit, FlatTableModel> {
    Q_OBJECT

public:
    enum Column { DocumentColumn, KindColumn, SnippetColumn, ColumnCount };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits, const QHash<qint64, QString> &titles, const SearchQuery &query = {});
    const SearchHit &hitAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, QString> m_titles;
    SearchQuery m_query;
};

// Full-text search over the project: words, "phrases" and prefixes (word*), all required. Typing searches
// after a short pause; Enter searches at once and, from the query, moves to the first hit; activating a
// hit asks to open its passage.
class SearchPanel final : public ProjectPanel {
    Q_OBJECT

public:
    SearchPanel(ProjectEditor &editor, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QTreeView *resultView() const { return m_results; }
    const SearchResultModel *resultModel() const { return m_model; }
    void focusQuery();
    void search();

private:
    void activate(const QModelIndex &index);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QLineEdit *m_query;
    QComboBox *m_scope;
    QLabel *m_status;
    QTreeView *m_results;
    SearchResultModel *m_model;
    QTimer *m_debounce;
};

} // namespace marginalia
