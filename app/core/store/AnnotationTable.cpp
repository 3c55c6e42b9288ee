// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/AnnotationTable.h"

#include "core/store/Database.h"
#include "core/store/DocumentTable.h"
#include "core/store/SqlValues.h"
#include "core/text/Text.h"

#include <QHash>
#include <QUrl>

namespace marginalia {

namespace {

// The one column list, in the order of rowValues() and AnnotationTable::fromRow().
const QStringList kColumns = {
    QStringLiteral("id"),       QStringLiteral("document_id"),  QStringLiteral("start"),
    QStringLiteral("end"),      QStringLiteral("quote"),        QStringLiteral("prefix"),
    QStringLiteral("suffix"),   QStringLiteral("tag_id"),       QStringLiteral("note"),
    QStringLiteral("author"),   QStringLiteral("created"),      QStringLiteral("modified"),
    QStringLiteral("kind"),     QStringLiteral("label"),        QStringLiteral("confidence"),
    QStringLiteral("source"),   QStringLiteral("rule"),         QStringLiteral("status"),
    QStringLiteral("evidence"), QStringLiteral("evidence_url"), QStringLiteral("source_entity_id"),
    QStringLiteral("anchor"),   QStringLiteral("anchor_score"),
};
// What an update leaves as it was.
const QStringList kFixedColumns = {QStringLiteral("id"), QStringLiteral("document_id"), QStringLiteral("created")};

QVariantList rowValues(const Annotation &a)
{
    return {a.id,
            a.documentId,
            a.start,
            a.end,
            a.quote,
            a.prefix,
            a.suffix,
            nullableId(a.tagId),
            a.note,
            a.author,
            isoUtc(a.created),
            isoUtc(a.modified),
            nameOf(a.kind),
            a.label,
            nullableNumber(a.confidence),
            a.source,
            a.rule,
            a.status,
            a.evidence,
            a.evidenceUrl,
            nullableId(a.sourceEntityId),
            nameOf(a.anchor),
            nullableNumber(a.anchorScore)};
}

QString missing(qint64 id)
{
    return QStringLiteral("There is no annotation %1 in the project.").arg(id);
}

} // namespace

AnnotationTable::AnnotationTable(Database &database, DocumentTable &documents)
    : m_database(database)
    , m_documents(documents)
{
}

QString AnnotationTable::columns(const QString &alias)
{
    if (alias.isEmpty())
        return kColumns.join(QStringLiteral(", "));
    const QString prefix = alias + u'.';
    return prefix + kColumns.join(QStringLiteral(", ") + prefix);
}

Annotation AnnotationTable::fromRow(const QSqlQuery &row)
{
    return fromValues(QueryRowValues(row));
}

Annotation AnnotationTable::fromValues(const RowValues &row)
{
    Annotation a;
    RowReader columns(row);
    columns >> a.id >> a.documentId >> a.start >> a.end >> a.quote >> a.prefix >> a.suffix >> a.tagId >> a.note
        >> a.author >> a.created >> a.modified;
    // Rows written before kinds were checked may hold anything; they read as the user's highlights.
    a.kind = fromName<AnnotationKind>(columns.nextText()).value_or(AnnotationKind::Highlight);
    columns >> a.label >> a.confidence >> a.source >> a.rule >> a.status >> a.evidence >> a.evidenceUrl
        >> a.sourceEntityId;
    a.anchor = fromName<AnchorStatus>(columns.nextText()).value_or(AnchorStatus::Placed);
    columns >> a.anchorScore;
    return a;
}

Result<QList<Annotation>> AnnotationTable::list(std::optional<qint64> documentId) const
{
    QList<Annotation> annotations;
    auto listed = forEach(documentId, [&](const Annotation &annotation) -> Result<bool> {
        annotations.append(annotation);
        return true;
    });
    if (!listed)
        return std::unexpected(listed.error());
    return annotations;
}

namespace {

// "?, ?, ?" for an IN list of `count` bound values.
QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QVariantList boundIds(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    return values;
}

} // namespace

Result<QList<Annotation>> AnnotationTable::listTagged(const QList<qint64> &tagIds, int limit) const
{
    if (tagIds.isEmpty())
        return QList<Annotation>();
    QVariantList values = boundIds(tagIds);
    values.append(limit);
    return m_database.list<Annotation>(QStringLiteral("SELECT %1 FROM annotations WHERE tag_id IN (%2)"
                                                      " ORDER BY document_id, start, end, id LIMIT ?")
                                           .arg(columns(), placeholders(tagIds.size())),
                                       values, QStringLiteral("list a tag's annotations"), fromRow);
}

Result<int> AnnotationTable::taggedCount(const QList<qint64> &tagIds) const
{
    if (tagIds.isEmpty())
        return 0;
    auto count = m_database.first<int>(
        QStringLiteral("SELECT count(*) FROM annotations WHERE tag_id IN (%1)").arg(placeholders(tagIds.size())),
        boundIds(tagIds), QStringLiteral("count a tag's annotations"),
        [](const QSqlQuery &row) { return row.value(0).toInt(); });
    if (!count)
        return std::unexpected(count.error());
    return count->value_or(0);
}

Result<QList<Annotation>> AnnotationTable::listOfKind(AnnotationKind kind) const
{
    return m_database.list<Annotation>(
        QStringLiteral("SELECT %1 FROM annotations WHERE kind = ? ORDER BY document_id, start, end, id").arg(columns()),
        {nameOf(kind)}, QStringLiteral("list annotations of a kind"), fromRow);
}

Result<int> AnnotationTable::forEach(std::optional<qint64> documentId,
                                     const std::function<Result<bool>(const Annotation &)> &visit) const
{
    QString sql = QStringLiteral("SELECT %1 FROM annotations").arg(columns());
    QVariantList values;
    if (documentId) {
        sql += QStringLiteral(" WHERE document_id = ? ORDER BY start, end, id");
        values.append(*documentId);
    } else {
        sql += QStringLiteral(" ORDER BY document_id, start, end, id");
    }
    return m_database.forEachRow(sql, values, QStringLiteral("list annotations"),
                                 [&](const RowValues &row) { return visit(fromValues(row)); });
}

Result<Annotation> AnnotationTable::get(qint64 id) const
{
    std::optional<Annotation> found;
    auto read = m_database.forEachRow(QStringLiteral("SELECT %1 FROM annotations WHERE id = ?").arg(columns()), {id},
                                      QStringLiteral("read an annotation"), [&](const RowValues &row) -> Result<bool> {
                                          found = fromValues(row);
                                          return false;
                                      });
    if (!read)
        return std::unexpected(read.error());
    if (!found)
        return failure(Error::Kind::NotFound, missing(id));
    return *found;
}

Result<Annotation> AnnotationTable::checked(const Annotation &input) const
{
    auto text = m_documents.text(input.documentId);
    if (!text)
        return std::unexpected(text.error());
    auto index = m_documents.textIndex(input.documentId);
    if (!index)
        return std::unexpected(index.error());
    if (auto valid = checkRange(input, (*index)->codePointCount()); !valid)
        return std::unexpected(valid.error());
    Annotation annotation = input;
    // An orphan keeps the quote and context it had in the old version of the text. The index kept with the
    // text spares building one of the whole text for every annotation.
    if (!annotation.isOrphan())
        fillContext(annotation, *text, **index);
    return annotation;
}

Result<void> AnnotationTable::checkRange(const Annotation &input, int length)
{
    if (input.start < 0 || input.end < input.start || input.end > length)
        return failure(Error::Kind::BadInput,
                       QStringLiteral("The range %1–%2 is outside document %3, which has %4 characters.")
                           .arg(input.start)
                           .arg(input.end)
                           .arg(input.documentId)
                           .arg(length));
    if (input.start == input.end && !input.isOrphan())
        return failure(Error::Kind::BadInput, QStringLiteral("An annotation needs at least one character."));
    if (input.isOrphan() && input.start != input.end)
        return failure(Error::Kind::BadInput, QStringLiteral("An orphaned annotation has no range in the text."));
    return {};
}

QString AnnotationTable::insertStatement(bool withId)
{
    const QStringList names = withId ? kColumns : kColumns.mid(1);
    return QStringLiteral("INSERT INTO annotations (%1) VALUES (?%2)")
        .arg(names.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(names.size() - 1));
}

Result<qint64> AnnotationTable::insert(const Annotation &annotation, bool withId)
{
    QVariantList values = rowValues(annotation);
    if (!withId)
        values.removeFirst();
    return m_database.insert(insertStatement(withId), values, QStringLiteral("save an annotation"));
}

Result<Annotation> AnnotationTable::add(const Annotation &input)
{
    auto checkedInput = checked(input);
    if (!checkedInput)
        return checkedInput;
    Annotation a = *checkedInput;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!a.created.isValid())
        a.created = now;
    if (!a.modified.isValid())
        a.modified = a.created;
    return m_database.transactionReturning([&]() -> Result<Annotation> {
        auto id = insert(a, false);
        if (!id)
            return std::unexpected(id.error());
        a.id = *id;
        return a;
    });
}

Result<QList<Annotation>> AnnotationTable::addMany(const QList<Annotation> &input)
{
    // One code point index per document instead of one per annotation: a bulk import of 100k annotations
    // on a long document would otherwise scan the text 100k times.
    QHash<qint64, std::pair<QString, CodePointIndex>> texts;
    QList<Annotation> added = input;
    QList<QVariantList> rows;
    rows.reserve(added.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype position = 0; position < added.size(); ++position) {
        Annotation &a = added[position];
        auto text = texts.find(a.documentId);
        if (text == texts.end()) {
            auto read = m_documents.text(a.documentId);
            if (!read)
                return std::unexpected(read.error());
            text = texts.insert(a.documentId, {*read, CodePointIndex(*read)});
        }
        const int length = text->second.codePointCount();
        if (a.start < 0 || a.end <= a.start || a.end > length)
            return failure(Error::Kind::BadInput,
                           QStringLiteral("Annotation %1 of %2: the range %3–%4 is outside document %5, which has "
                                          "%6 characters, or empty.")
                               .arg(position + 1)
                               .arg(added.size())
                               .arg(a.start)
                               .arg(a.end)
                               .arg(a.documentId)
                               .arg(length));
        fillContext(a, text->first, text->second);
        if (!a.created.isValid())
            a.created = now;
        if (!a.modified.isValid())
            a.modified = a.created;
        QVariantList values = rowValues(a);
        values.removeFirst(); // the id is the database's
        rows.append(values);
    }
    QStringList names = kColumns;
    names.removeFirst();
    const QString sql = QStringLiteral("INSERT INTO annotations (%1) VALUES (?%2)")
                            .arg(names.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(names.size() - 1));
    auto done = m_database.transaction([&]() -> Result<void> {
        auto ids = m_database.insertAnnotations(sql, rows, QStringLiteral("save the annotations"));
        if (!ids)
            return std::unexpected(ids.error());
        for (qsizetype position = 0; position < added.size(); ++position)
            added[position].id = ids->at(position);
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return added;
}

Result<void> AnnotationTable::restore(const Annotation &annotation)
{
    auto checkedInput = checked(annotation);
    if (!checkedInput)
        return std::unexpected(checkedInput.error());
    return m_database.transaction([&]() -> Result<void> {
        if (auto inserted = insert(*checkedInput, true); !inserted)
            return std::unexpected(inserted.error());
        return {};
    });
}

Result<void> AnnotationTable::replaceForDocument(qint64 documentId, const QList<Annotation> &annotations)
{
    auto text = m_documents.text(documentId);
    if (!text)
        return std::unexpected(text.error());
    const int length = codePointLength(*text);
    QList<QVariantList> rows;
    rows.reserve(annotations.size());
    for (const Annotation &annotation : annotations) {
        if (annotation.documentId != documentId)
            return failure(Error::Kind::BadInput, QStringLiteral("Annotation %1 belongs to document %2, not %3.")
                                                      .arg(annotation.id)
                                                      .arg(annotation.documentId)
                                                      .arg(documentId));
        if (auto valid = checkRange(annotation, length); !valid)
            return valid;
        rows.append(rowValues(annotation));
    }
    return m_database.transaction([&]() -> Result<void> {
        if (auto removed = m_database.execute(QStringLiteral("DELETE FROM annotations WHERE document_id = ?"),
                                              {documentId}, QStringLiteral("replace a document's annotations"));
            !removed)
            return removed;
        return m_database.executeForEach(insertStatement(true), rows, QStringLiteral("save an annotation"));
    });
}

Result<void> AnnotationTable::update(const Annotation &input)
{
    auto checkedInput = checked(input);
    if (!checkedInput)
        return std::unexpected(checkedInput.error());
    Annotation a = *checkedInput;
    a.modified = QDateTime::currentDateTimeUtc();
    const QVariantList all = rowValues(a);
    QStringList assignments;
    QVariantList values;
    for (qsizetype column = 0; column < kColumns.size(); ++column) {
        if (kFixedColumns.contains(kColumns.at(column)))
            continue;
        assignments.append(kColumns.at(column) + QStringLiteral(" = ?"));
        values.append(all.at(column));
    }
    values.append(a.id);
    const QString sql =
        QStringLiteral("UPDATE annotations SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", ")));
    return m_database.transaction([&] {
        return m_database.executeExpectingRow(sql, values, QStringLiteral("change an annotation"), missing(a.id));
    });
}

Result<void> AnnotationTable::remove(qint64 id)
{
    return m_database.transaction([&] {
        return m_database.executeExpectingRow(QStringLiteral("DELETE FROM annotations WHERE id = ?"), {id},
                                              QStringLiteral("remove an annotation"), missing(id));
    });
}

Result<void> AnnotationTable::checkClaimReview(const QString &status, const QString &evidenceUrl)
{
    if (!isClaimStatus(status))
        return failure(Error::Kind::BadInput, QStringLiteral("“%1” is not a review status; use one of: %2.")
                                                  .arg(status, claimStatuses().join(QStringLiteral(", "))));
    if (!evidenceUrl.isEmpty()) {
        const QUrl url(evidenceUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return failure(Error::Kind::BadInput,
                           QStringLiteral("“%1” is not a full URL (like https://example.org/page).").arg(evidenceUrl));
    }
    return {};
}

Result<void> AnnotationTable::setClaimReview(qint64 id, const QString &status, const QString &evidence,
                                             const QString &evidenceUrl, qint64 sourceEntityId)
{
    return m_database.transaction([&] {
        return m_database.executeExpectingRow(
            QStringLiteral("UPDATE annotations SET status = ?, evidence = ?, evidence_url = ?, source_entity_id = ?,"
                           " modified = ? WHERE id = ?"),
            {status, evidence, evidenceUrl, nullableId(sourceEntityId), isoUtc(QDateTime::currentDateTimeUtc()), id},
            QStringLiteral("save a claim review"), missing(id));
    });
}

Result<void> AnnotationTable::moveToTag(qint64 fromTagId, qint64 toTagId)
{
    return m_database.transaction([&] {
        return m_database.execute(QStringLiteral("UPDATE annotations SET tag_id = ?, modified = ? WHERE tag_id = ?"),
                                  {toTagId, isoUtc(QDateTime::currentDateTimeUtc()), fromTagId},
                                  QStringLiteral("move annotations to a tag"));
    });
}

Result<void> AnnotationTable::moveClaimsToEntity(qint64 fromEntityId, qint64 toEntityId)
{
    return m_database.transaction([&] {
        return m_database.execute(QStringLiteral(
                                      "UPDATE annotations SET source_entity_id = ? WHERE source_entity_id = ?"),
                                  {toEntityId, fromEntityId}, QStringLiteral("merge two entities"));
    });
}

Result<bool> AnnotationTable::hasTagAt(qint64 documentId, int start, int end, qint64 tagId) const
{
    return m_database.exists(QStringLiteral(
                                 "SELECT count(*) FROM annotations WHERE document_id = ? AND start = ? AND end = ?"
                                 " AND coalesce(tag_id, 0) = ?"),
                             {documentId, start, end, tagId}, QStringLiteral("look up annotations"));
}

} // namespace marginalia
