// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/reader/HighlightSpans.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <memory>

namespace marginalia {

class DocumentView;
class FindBar;

// Find in the open document: highlights every match of the find bar's text, selects the current one and
// steps through them. The matching runs off the GUI thread; each keystroke cancels the search before it,
// and matches arrive in batches, so typing in a 5 MB text never waits for the whole text to be read.
class DocumentFind final : public QObject {
    Q_OBJECT

public:
    DocumentFind(DocumentView *view, FindBar *bar);
    ~DocumentFind() override; // cancels the running search and waits for it

    void findText(const QString &text);
    void findNext(int step); // +1 next, -1 previous
    int matchCount() const { return int(m_starts.size()); }
    bool isSearching() const;

private:
    struct Search;
    // Moves what the running search found so far into the list, the highlights and the count.
    void takeFound(const std::shared_ptr<Search> &search);
    void cancelSearch();
    void selectCurrent();

    DocumentView *m_view;
    FindBar *m_bar;
    std::shared_ptr<Search> m_search;
    QFuture<void> m_running;
    QList<int> m_starts; // UTF-16 positions of the matches
    int m_length = 0;
    int m_current = -1;
    int m_from = 0; // the first match at or after this (the top of the view) becomes current
};

} // namespace marginalia
