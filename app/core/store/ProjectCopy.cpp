// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/ProjectCopy.h"

#include "core/store/AnnotationTable.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cmath>

namespace marginalia {

namespace {

// A table as the copy reads and writes it. Rows are read in `order`; `parent` names a column that refers to
// the same table (tags' parent_id), whose rows go in after the row they refer to. `ordered`: the order of
// the rows is data (aliases keep their insertion order), else the comparison sorts them.
struct CopiedTable {
    QString name;
    QString columns;
    QString order;
    QString parent;
    bool ordered = false;
};

// In an order that satisfies every foreign key.
QList<CopiedTable> copiedTables()
{
    return {
        {QStringLiteral("documents"),
         QStringLiteral("id, title, source_path, format, text, content_hash, imported_at, author, published, site, url,"
                        " language"),
         QStringLiteral("id"),
         {},
         false},
        {QStringLiteral("blocks"),
         QStringLiteral("document_id, idx, start, end, kind, level, duplicate_of, page, language, user_kind"),
         QStringLiteral("document_id, idx"),
         {},
         false},
        {QStringLiteral("tags"), QStringLiteral("id, name, color, key, parent_id, description"), QStringLiteral("id"),
         QStringLiteral("parent_id"), false},
        {QStringLiteral("entities"), QStringLiteral("id, name, type"), QStringLiteral("id"), {}, false},
        {QStringLiteral("entity_aliases"), QStringLiteral("entity_id, alias"), QStringLiteral("rowid"), {}, true},
        {QStringLiteral("annotations"), AnnotationTable::columns(), QStringLiteral("id"), {}, false},
        {QStringLiteral("rejections"),
         QStringLiteral("document_id, start, end, label"),
         QStringLiteral("document_id, start, end"),
         {},
         false},
        {QStringLiteral("mentions"),
         QStringLiteral("id, document_id, start, end, entity_id, origin"),
         QStringLiteral("id"),
         {},
         false},
        {QStringLiteral("memos"),
         QStringLiteral("document_id, text, modified"),
         QStringLiteral("document_id"),
         {},
         false},
        {QStringLiteral("settings"), QStringLiteral("key, value"), QStringLiteral("key"), {}, false},
    };
}

QString selectAll(const CopiedTable &table)
{
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(table.columns, table.name, table.order);
}

// The row's values as the other engine binds them: a NULL of any type as a NULL number (a NULL string
// would be bound as an empty text).
QVariantList rowValues(const QSqlQuery &row, int columnCount)
{
    QVariantList values;
    values.reserve(columnCount);
    for (int column = 0; column < columnCount; ++column) {
        const QVariant value = row.value(column);
        values.append(value.isNull() ? QVariant(QMetaType::fromType<qlonglong>()) : value);
    }
    return values;
}

// One row as text for the comparison: the same on both engines for the same values (integers of any width,
// doubles to full precision, NULL apart from every text).
QString rowText(const QSqlQuery &row, int columnCount)
{
    QStringList fields;
    for (int column = 0; column < columnCount; ++column) {
        const QVariant value = row.value(column);
        if (value.isNull())
            fields.append(QStringLiteral("\\N"));
        else if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float)
            fields.append(QString::number(value.toDouble(), 'g', 17));
        else
            fields.append(u'"' + value.toString().replace(u'"', QStringLiteral("\"\"")) + u'"');
    }
    return fields.join(u',');
}

Result<QByteArray> digest(const Database &database, const CopiedTable &table, int &rows)
{
    auto query = database.query(selectAll(table), {}, QStringLiteral("read the table %1").arg(table.name));
    if (!query)
        return std::unexpected(query.error());
    const int columnCount = int(table.columns.count(u',')) + 1;
    QStringList texts;
    while (query->next())
        texts.append(rowText(*query, columnCount));
    // Text keys sort differently on the two engines; the rows are the same in any order.
    if (!table.ordered)
        texts.sort();
    rows = int(texts.size());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &text : std::as_const(texts))
        hash.addData(text.toUtf8().append('\n'));
    return hash.result();
}

// Rows of a table that refers to itself, each after the row it refers to.
QList<QVariantList> parentsFirst(QList<QVariantList> rows, int idColumn, int parentColumn)
{
    QList<QVariantList> ordered;
    QSet<qlonglong> placed;
    while (!rows.isEmpty()) {
        const qsizetype before = rows.size();
        for (qsizetype index = 0; index < rows.size();) {
            const QVariant parent = rows.at(index).at(parentColumn);
            if (parent.isNull() || placed.contains(parent.toLongLong())) {
                placed.insert(rows.at(index).at(idColumn).toLongLong());
                ordered.append(rows.takeAt(index));
            } else {
                ++index;
            }
        }
        if (rows.size() == before) { // a cycle or a missing parent: the foreign key will say which
            ordered.append(rows);
            break;
        }
    }
    return ordered;
}

} // namespace

Result<ProjectCopyReport> ProjectCopy::copyRows(Database &source, Database &destination)
{
    ProjectCopyReport report;
    auto copied = destination.transaction([&]() -> Result<void> {
        auto documents = destination.exists(QStringLiteral("SELECT count(*) FROM documents"), {},
                                            QStringLiteral("look at the destination"));
        if (!documents)
            return std::unexpected(documents.error());
        if (*documents)
            return failure(Error::Kind::BadInput,
                           QStringLiteral("%1 holds documents already; copy to a new project or an empty database.")
                               .arg(destination.path()));
        // A new project's default tags and its own UUID give way to the source's.
        for (const char16_t *table : {u"tags", u"entities", u"settings"})
            if (auto cleared = destination.execute(QStringLiteral("DELETE FROM ") + QString::fromUtf16(table), {},
                                                   QStringLiteral("empty the destination"));
                !cleared)
                return cleared;
        for (const CopiedTable &table : copiedTables()) {
            const QString what = QStringLiteral("copy the table %1").arg(table.name);
            auto rows = source.query(selectAll(table), {}, what);
            if (!rows)
                return std::unexpected(rows.error());
            const QStringList columns = table.columns.split(QStringLiteral(", "));
            QList<QVariantList> values;
            while (rows->next())
                values.append(rowValues(*rows, int(columns.size())));
            if (!table.parent.isEmpty())
                values = parentsFirst(values, int(columns.indexOf(QStringLiteral("id"))),
                                      int(columns.indexOf(table.parent)));
            const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3)")
                                       .arg(table.name, table.columns,
                                            QStringLiteral(", ?").repeated(columns.size() - 1));
            if (auto written = destination.executeForEach(insert, values, what); !written)
                return written;
            report.tables.append({table.name, int(values.size())});
        }
        return {};
    });
    if (!copied)
        return std::unexpected(copied.error());
    return report;
}

Result<void> ProjectCopy::compare(const Database &source, const Database &destination)
{
    for (const CopiedTable &table : copiedTables()) {
        int sourceRows = 0;
        int destinationRows = 0;
        auto before = digest(source, table, sourceRows);
        auto after = digest(destination, table, destinationRows);
        if (!before || !after)
            return std::unexpected(!before ? before.error() : after.error());
        if (*before != *after)
            return failure(Error::Kind::Storage,
                           QStringLiteral("The copy differs from %1 in the table %2 (%3 rows there, %4 here).")
                               .arg(source.path(), table.name)
                               .arg(sourceRows)
                               .arg(destinationRows));
    }
    return {};
}

Result<ProjectCopyReport> ProjectCopy::copy(const QString &from, const QString &to)
{
    const bool toFile = !isServerAddress(to);
    if (toFile ? QFileInfo(to).absoluteFilePath() == QFileInfo(from).absoluteFilePath() : to == from)
        return failure(Error::Kind::Usage, QStringLiteral("The project cannot be copied onto itself."));
    if (!isServerAddress(from) && !QFileInfo::exists(from))
        return failure(Error::Kind::NotFound,
                       QStringLiteral("There is no project at %1.").arg(QDir::toNativeSeparators(from)));
    // Opened as projects first: the source checked (and upgraded if older), the destination made.
    const bool newFile = toFile && !QFileInfo::exists(to);
    if (auto checked = ProjectStore::open(from, ProjectAccess::ReadOnly); !checked)
        return std::unexpected(checked.error());
    if (auto made = ProjectStore::open(to, ProjectAccess::ReadWrite); !made)
        return std::unexpected(made.error());
    Result<ProjectCopyReport> report = failure(Error::Kind::Storage, QString());
    {
        auto source = openDatabase(from, ProjectAccess::ReadOnly);
        auto destination = openDatabase(to, ProjectAccess::ReadWrite);
        if (!source || !destination)
            return std::unexpected(!source ? source.error() : destination.error());
        report = copyRows(**source, **destination);
        if (report) {
            if (auto same = compare(**source, **destination); !same)
                report = std::unexpected(same.error());
        }
    }
    // A project file made for the copy goes again when the copy failed; a database is left empty.
    if (!report && newFile)
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(to + suffix);
    return report;
}

} // namespace marginalia
