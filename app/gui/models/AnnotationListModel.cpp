// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/models/AnnotationListModel.h"

#include "gui/models/SuggestionModel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace marginalia {

void AnnotationListModel::setAnnotations(qint64 documentId, const QList<Annotation> &annotations)
{
    resetRows(annotations, [&] { m_documentId = documentId; });
}

void AnnotationListModel::setTags(const QList<Tag> &tags)
{
    m_tags.clear();
    for (const Tag &t : tags)
        m_tags.insert(t.id, t);
    rowsRestyled();
}

void AnnotationListModel::addAnnotation(const Annotation &annotation)
{
    if (annotation.documentId == m_documentId && rowOfId(annotation.id) < 0)
        appendRow(annotation);
}

void AnnotationListModel::updateAnnotation(const Annotation &annotation)
{
    if (const int row = rowOfId(annotation.id); row >= 0)
        replaceRow(row, annotation);
}

void AnnotationListModel::removeAnnotation(const Annotation &annotation)
{
    if (const int row = rowOfId(annotation.id); row >= 0)
        removeRowAt(row);
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = rowAt(index.row());
    const auto tag = m_tags.constFind(a.tagId);
    switch (role) {
    case Qt::DisplayRole:
    case QuoteRole:
        return a.quote;
    case Qt::ToolTipRole:
        return a.note.isEmpty() ? a.quote : a.quote + u"\n\n"_s + a.note;
    case IdRole:
        return a.id;
    case StartRole:
        return a.start;
    case NoteRole:
        return a.note;
    case TagIdRole:
        return a.tagId;
    case TagNameRole: {
        const QString name = tag != m_tags.cend() ? tag->name : tr("Untagged");
        // Accepted suggestions keep saying what analysis took them for.
        if (a.kind != AnnotationKind::Highlight && !a.label.isEmpty())
            return tr("%1 · %2").arg(name, suggestionLabelName(a.label));
        return name;
    }
    case TagColorRole:
        return tag != m_tags.cend() ? tag->color : QColor(0xd0, 0xd0, 0xd0);
    case CreatedRole:
        return a.created;
    case KindRole:
        return nameOf(a.kind);
    case DetailRole: {
        if (!a.created.isValid())
            return QString();
        const QDateTime local = a.created.toLocalTime();
        // Today's annotations show the time, older ones the date; seconds are noise here.
        if (local.date() == QDate::currentDate())
            return QLocale().toString(local.time(), QLocale().timeFormat(QLocale::ShortFormat).remove(u":ss"_s));
        return QLocale().toString(local.date(), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void AnnotationFilterModel::setTagFilter(qint64 tagId)
{
    m_tagId = tagId;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_tagId != 0 && index.data(AnnotationListModel::TagIdRole).toLongLong() != m_tagId)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int role : {AnnotationListModel::QuoteRole, AnnotationListModel::NoteRole, AnnotationListModel::TagNameRole})
        if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool AnnotationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = left.data(AnnotationListModel::StartRole).toInt();
    const int b = right.data(AnnotationListModel::StartRole).toInt();
    if (a != b)
        return a < b;
    return left.data(AnnotationListModel::IdRole).toLongLong() < right.data(AnnotationListModel::IdRole).toLongLong();
}

} // namespace marginalia
