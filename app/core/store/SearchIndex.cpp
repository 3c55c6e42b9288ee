// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/SearchIndex.h"

#include "core/store/AnnotationTable.h"
#include "core/text/Search.h"
#include "core/text/Text.h"

namespace marginalia {

namespace {

// Collects hits up to the limit, for the kinds asked for.
class HitList {
public:
    HitList(int limit, const QStringList &kinds)
        : m_limit(limit)
        , m_kinds(kinds)
    {
    }
    bool wants(const QString &kind) const { return m_kinds.isEmpty() || m_kinds.contains(kind); }
    bool full() const { return m_hits.size() >= m_limit; }
    void append(const SearchHit &hit) { m_hits.append(hit); }
    QList<SearchHit> hits() const { return m_hits; }

private:
    int m_limit;
    QStringList m_kinds;
    QList<SearchHit> m_hits;
};

const QString kDocumentKind = QStringLiteral("document");
const QString kQuoteKind = QStringLiteral("quote");
const QString kNoteKind = QStringLiteral("note");

void addDocumentHits(HitList &hits, qint64 documentId, const QString &text, const SearchQuery &query)
{
    const auto found = findSearchHits(text, query);
    if (found.isEmpty())
        return;
    const CodePointIndex index(text);
    for (const auto &[start, end] : found) {
        if (hits.full())
            break;
        hits.append({documentId, start, end, kDocumentKind, 0, searchSnippet(text, index, start, end)});
    }
}

void addAnnotationHits(HitList &hits, const Annotation &annotation, const SearchQuery &query)
{
    if (hits.wants(kQuoteKind)) {
        for (const auto &[from, to] : findSearchHits(annotation.quote, query)) {
            if (hits.full())
                break;
            hits.append({annotation.documentId, annotation.start + from, annotation.start + to, kQuoteKind,
                         annotation.id, searchSnippet(annotation.quote, from, to)});
        }
    }
    if (hits.wants(kNoteKind) && !hits.full()) {
        const auto found = findSearchHits(annotation.note, query);
        if (!found.isEmpty())
            hits.append({annotation.documentId, annotation.start, annotation.end, kNoteKind, annotation.id,
                         searchSnippet(annotation.note, found.first().first, found.first().second)});
    }
}

} // namespace

SearchIndex::SearchIndex(Database &database)
    : m_database(database)
{
}

Result<void> SearchIndex::open()
{
    auto fullText = m_database.openFullTextIndex();
    if (!fullText)
        return std::unexpected(fullText.error());
    m_fullText = *fullText;
    return {};
}

Result<QList<SearchHit>> SearchIndex::search(const QString &queryText, int limit, const QStringList &kinds) const
{
    auto query = parseSearchQuery(queryText);
    if (!query)
        return std::unexpected(query.error());
    HitList hits(limit, kinds);
    const QVariantList match = m_fullText ? QVariantList{m_fullText->matchExpression(*query)} : QVariantList{};
    if (hits.wants(kDocumentKind) && !hits.full()) {
        const QString from = m_fullText ? m_fullText->documents : QStringLiteral("FROM documents d ORDER BY d.id");
        auto rows = m_database.query(QStringLiteral("SELECT d.id, d.text ") + from, match,
                                     QStringLiteral("search the documents"));
        if (!rows)
            return std::unexpected(rows.error());
        while (!hits.full() && rows->next())
            addDocumentHits(hits, rows->value(0).toLongLong(), rows->value(1).toString(), *query);
    }
    if ((hits.wants(kQuoteKind) || hits.wants(kNoteKind)) && !hits.full()) {
        const QString from = m_fullText ? m_fullText->annotations
                                        : QStringLiteral("FROM annotations a ORDER BY a.document_id, a.start, a.id");
        auto rows = m_database.query(QStringLiteral("SELECT %1 ").arg(AnnotationTable::columns(QStringLiteral("a")))
                                         + from,
                                     match, QStringLiteral("search the annotations"));
        if (!rows)
            return std::unexpected(rows.error());
        while (!hits.full() && rows->next())
            addAnnotationHits(hits, AnnotationTable::fromRow(*rows), *query);
    }
    return hits.hits();
}

} // namespace marginalia
