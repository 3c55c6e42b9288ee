// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/agreement/AgreementWriter.h"

#include "core/export/CsvExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace marginalia {

namespace {

const QString kNone = QStringLiteral("(none)");

QString csvNumber(double value)
{
    return std::isnan(value) ? QString() : QString::number(value, 'f', 4);
}

QString csvRecord(const QStringList &fields)
{
    return fields.join(u',') + QStringLiteral("\r\n");
}

QJsonValue jsonNumber(double value)
{
    return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(std::round(value * 10000) / 10000);
}

// Left-aligned columns separated by two spaces, the first column as wide as its widest cell.
QString alignedTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths.at(column), row.at(column).size());
        }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += row.at(column).leftJustified(widths.at(column) + 2);
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}

QStringList confusionLabels(const AgreementReport &report)
{
    QStringList labels;
    for (const TagAgreement &tag : report.tags)
        labels.append(tag.tagPath);
    labels.append(kNone);
    return labels;
}

} // namespace

QString formatCoefficient(double value)
{
    return std::isnan(value) ? QStringLiteral("n/a") : QString::number(value, 'f', 3);
}

QString agreementText(const AgreementReport &report)
{
    QString out = QStringLiteral("Coders: %1\nDocuments: %2 (every coder tagged them); characters: %3; paragraph "
                                 "units: %4\nalpha_u: Krippendorff's unitizing alpha over characters; kappa: %5 on "
                                 "paragraph units\n\n")
                      .arg(report.coders.join(QStringLiteral(", ")))
                      .arg(report.documentIds.size())
                      .arg(report.characters)
                      .arg(report.paragraphs)
                      .arg(report.kappaMethod());
    QList<QStringList> rows;
    QStringList header = {QStringLiteral("tag"), QStringLiteral("alpha_u"), QStringLiteral("kappa"),
                          QStringLiteral("paragraphs")};
    for (const QString &coder : report.coders)
        header.append(coder);
    rows.append(header);
    for (const TagAgreement &tag : report.tags) {
        QStringList row = {tag.tagPath, formatCoefficient(tag.alpha), formatCoefficient(tag.kappa),
                           QString::number(tag.paragraphs)};
        for (int count : tag.paragraphsBy)
            row.append(QString::number(count));
        rows.append(row);
    }
    out += alignedTable(rows);
    const QStringList labels = confusionLabels(report);
    for (const ConfusionTable &table : report.confusions) {
        out += QStringLiteral("\nParagraph units by tag: rows %1, columns %2\n")
                   .arg(report.coders.at(table.firstCoder), report.coders.at(table.secondCoder));
        QList<QStringList> cells = {QStringList{QString()} + labels};
        for (qsizetype row = 0; row < table.counts.size(); ++row) {
            QStringList line = {labels.at(row)};
            for (qint64 count : table.counts.at(row))
                line.append(QString::number(count));
            cells.append(line);
        }
        out += alignedTable(cells);
    }
    return out;
}

QString agreementCsv(const AgreementReport &report, AgreementTable table, qsizetype pairIndex)
{
    QString out;
    if (table == AgreementTable::Tags) {
        QStringList header = {QStringLiteral("tag"), QStringLiteral("alpha_u"), QStringLiteral("kappa"),
                              QStringLiteral("paragraphs")};
        for (const QString &coder : report.coders)
            header.append(csvTextField(QStringLiteral("paragraphs_") + coder));
        for (const QString &coder : report.coders)
            header.append(csvTextField(QStringLiteral("characters_") + coder));
        out += csvRecord(header);
        for (const TagAgreement &tag : report.tags) {
            QStringList row = {csvTextField(tag.tagPath), csvNumber(tag.alpha), csvNumber(tag.kappa),
                               QString::number(tag.paragraphs)};
            for (int count : tag.paragraphsBy)
                row.append(QString::number(count));
            for (qint64 count : tag.charactersBy)
                row.append(QString::number(count));
            out += csvRecord(row);
        }
        return out;
    }
    if (pairIndex < 0 || pairIndex >= report.confusions.size())
        return out;
    const ConfusionTable &confusion = report.confusions.at(pairIndex);
    const QStringList labels = confusionLabels(report);
    QStringList header = {csvTextField(report.coders.at(confusion.firstCoder) + QStringLiteral(" \\ ")
                                       + report.coders.at(confusion.secondCoder))};
    for (const QString &label : labels)
        header.append(csvTextField(label));
    out += csvRecord(header);
    for (qsizetype row = 0; row < confusion.counts.size(); ++row) {
        QStringList fields = {csvTextField(labels.at(row))};
        for (qint64 count : confusion.counts.at(row))
            fields.append(QString::number(count));
        out += csvRecord(fields);
    }
    return out;
}

QString agreementJson(const AgreementReport &report)
{
    QJsonArray documents;
    for (qint64 id : report.documentIds)
        documents.append(id);
    QJsonArray tags;
    for (const TagAgreement &tag : report.tags) {
        QJsonObject paragraphsBy;
        QJsonObject charactersBy;
        QJsonObject annotationsBy;
        for (qsizetype coder = 0; coder < report.coders.size(); ++coder) {
            paragraphsBy.insert(report.coders.at(coder), tag.paragraphsBy.at(coder));
            charactersBy.insert(report.coders.at(coder), tag.charactersBy.at(coder));
            annotationsBy.insert(report.coders.at(coder), tag.annotationsBy.at(coder));
        }
        tags.append(QJsonObject{{QStringLiteral("tag"), tag.tagPath},
                                {QStringLiteral("alpha_u"), jsonNumber(tag.alpha)},
                                {QStringLiteral("kappa"), jsonNumber(tag.kappa)},
                                {QStringLiteral("paragraphs"), tag.paragraphs},
                                {QStringLiteral("paragraphs_by"), paragraphsBy},
                                {QStringLiteral("characters_by"), charactersBy},
                                {QStringLiteral("annotations_by"), annotationsBy}});
    }
    QJsonArray confusions;
    for (const ConfusionTable &table : report.confusions) {
        QJsonArray rows;
        for (const QList<qint64> &row : table.counts) {
            QJsonArray cells;
            for (qint64 count : row)
                cells.append(count);
            rows.append(cells);
        }
        confusions.append(QJsonObject{{QStringLiteral("rows"), report.coders.at(table.firstCoder)},
                                      {QStringLiteral("columns"), report.coders.at(table.secondCoder)},
                                      {QStringLiteral("labels"), QJsonArray::fromStringList(confusionLabels(report))},
                                      {QStringLiteral("counts"), rows}});
    }
    const QJsonObject root{{QStringLiteral("coders"), QJsonArray::fromStringList(report.coders)},
                           {QStringLiteral("documents"), documents},
                           {QStringLiteral("characters"), report.characters},
                           {QStringLiteral("paragraph_units"), report.paragraphs},
                           {QStringLiteral("kappa_method"), report.kappaMethod()},
                           {QStringLiteral("tags"), tags},
                           {QStringLiteral("confusion"), confusions}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)) + u'\n';
}

} // namespace marginalia
