// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/text/Text.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace marginalia {

// Full-text search helpers shared by the store (which asks SQLite FTS5 for candidate rows) and by the
// offset computation (FTS5 reports rows, not where in them). Both fold the same way as FTS5's
// "unicode61 remove_diacritics 2" tokenizer: tokens are runs of letters, digits and marks, compared
// case-insensitively and without diacritics, so "cafe" finds "Café".

// One search term: a word (one token), or a phrase (several tokens in a row). With `prefix` the last
// token matches any token that starts with it ("word*").
struct SearchTerm {
    QStringList tokens; // folded
    bool prefix = false;
};

// A query is terms that must all occur (AND).
struct SearchQuery {
    QList<SearchTerm> terms;
};

// Parses `word`, `word*`, `"a phrase"` and `"a phrase"*`, separated by spaces. Bare words in a row are
// one phrase (`Loya Jirga` is `"loya jirga"`: the words in order, whatever whitespace or punctuation is
// between them in the text); a word ending in `*` ends its phrase. Separate quoted phrases must all occur
// (`"red" "pears"` finds texts with both). Punctuation inside a bare word splits it, as the tokenizer
// would ("e-mail" is the phrase "e mail").
Result<SearchQuery> parseSearchQuery(const QString &query);

// The FTS5 MATCH expression for `query`. Tokens are letters and digits only, each term is quoted, so
// the expression carries no operators from the user's text.
QString ftsMatchExpression(const SearchQuery &query);

// Lower case, diacritics removed.
QString foldForSearch(QStringView text);

// A token of a text: UTF-16 range and folded form.
struct SearchToken {
    int start = 0;
    int end = 0;
    QString folded;
};
QList<SearchToken> searchTokens(const QString &text);

// Every place where a term of `query` occurs in `text`, as code point ranges sorted by start; places
// where terms overlap are one. Empty unless each term occurs at least once (the query's AND).
QList<std::pair<int, int>> findSearchHits(const QString &text, const SearchQuery &query);

// A one-line excerpt around [start, end) (code points), cut at about `context` code points each side.
QString searchSnippet(const QString &text, int start, int end, int context = 40);
// The same with the text's index at hand (many hits in one text).
QString searchSnippet(const QString &text, const CodePointIndex &index, int start, int end, int context = 40);

} // namespace marginalia
