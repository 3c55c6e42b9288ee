// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Error.h"
#include "core/model/Model.h"

#include <functional>
#include <optional>

class QSqlQuery;

namespace marginalia {

class Database;
class DocumentTable;
class RowValues;

// Annotations. Every statement that reads or writes their rows is built from one column list, and
// every row read becomes an Annotation through one mapper (columns() and fromRow()).
class AnnotationTable final {
public:
    AnnotationTable(Database &database, DocumentTable &documents);

    // The column list for a SELECT, each prefixed with `alias` and a dot when one is given.
    static QString columns(const QString &alias = QString());
    // The annotation in a row selected with columns().
    static Annotation fromRow(const QSqlQuery &row);
    static Annotation fromValues(const RowValues &row);

    Result<QList<Annotation>> list(std::optional<qint64> documentId) const; // by document, then start
    // Those with one of the tags (through the tag index), by document then start; at most `limit` (< 0:
    // all), so a panel reads a page, not the project. taggedCount() counts them all.
    Result<QList<Annotation>> listTagged(const QList<qint64> &tagIds, int limit) const;
    Result<int> taggedCount(const QList<qint64> &tagIds) const;
    // Those of one kind (the accepted claims, say), by document then start.
    Result<QList<Annotation>> listOfKind(AnnotationKind kind) const;
    // The same rows, read one at a time from the query and handed to `visit` (false from it stops).
    Result<int> forEach(std::optional<qint64> documentId,
                        const std::function<Result<bool>(const Annotation &)> &visit) const;
    Result<Annotation> get(qint64 id) const;
    Result<Annotation> add(const Annotation &annotation);       // sets id; created/modified when empty
    // Many at once, in one transaction (all or none), each checked like add(); the first bad one is named
    // by its position in the list. Returns them with their ids, quotes and context.
    Result<QList<Annotation>> addMany(const QList<Annotation> &annotations);
    Result<void> restore(const Annotation &annotation);         // re-inserts with its old id
    Result<void> update(const Annotation &annotation);          // sets modified
    Result<void> remove(qint64 id);
    // All of a document's annotations become `annotations` (ids kept; quote and context as given, so the
    // caller fills them from the document's text), in one transaction: for replacing the document's text.
    Result<void> replaceForDocument(qint64 documentId, const QList<Annotation> &annotations);

    // Claim review. checkClaimReview() refuses a status or URL that is not one; setClaimReview() writes.
    static Result<void> checkClaimReview(const QString &status, const QString &evidenceUrl);
    Result<void> setClaimReview(qint64 id, const QString &status, const QString &evidence, const QString &evidenceUrl,
                                qint64 sourceEntityId);

    // For merges: every annotation with the tag (claim attributed to the entity) moves to the other.
    Result<void> moveToTag(qint64 fromTagId, qint64 toTagId);
    Result<void> moveClaimsToEntity(qint64 fromEntityId, qint64 toEntityId);
    // Whether the document has an annotation on exactly [start, end) with the tag (0: untagged).
    Result<bool> hasTagAt(qint64 documentId, int start, int end, qint64 tagId) const;

private:
    // The annotation with its range checked against its document and its quote and context filled in.
    Result<Annotation> checked(const Annotation &input) const;
    // A range inside a text of `length` code points: non-empty, or empty for an orphan.
    static Result<void> checkRange(const Annotation &input, int length);
    static QString insertStatement(bool withId);
    Result<qint64> insert(const Annotation &annotation, bool withId); // the new id

    Database &m_database;
    DocumentTable &m_documents;
};

} // namespace marginalia
