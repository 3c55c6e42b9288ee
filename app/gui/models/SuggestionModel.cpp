// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/models/SuggestionModel.h"

#include "core/analysis/learn/Recommender.h"
#include "core/text/Text.h"
#include "gui/models/AnnotationListModel.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {
struct LabelInfo {
    const char16_t *label;
    const char *name;
    KSyntaxHighlighting::Theme::TextStyle style;
};
using Style = KSyntaxHighlighting::Theme::TextStyle;
constexpr LabelInfo kLabels[] = {
    {u"PERSON", QT_TRANSLATE_NOOP("Suggestions", "Person"), Style::Function},
    // Not DataType: blue in most themes, like the text selection.
    {u"ORG", QT_TRANSLATE_NOOP("Suggestions", "Organisation"), Style::Constant},
    {u"LOC", QT_TRANSLATE_NOOP("Suggestions", "Place"), Style::Others},
    {u"DATE", QT_TRANSLATE_NOOP("Suggestions", "Date"), Style::Operator},
    {u"MONEY", QT_TRANSLATE_NOOP("Suggestions", "Money"), Style::DecVal},
    {u"QUANTITY", QT_TRANSLATE_NOOP("Suggestions", "Quantity"), Style::BaseN},
    {u"NORP", QT_TRANSLATE_NOOP("Suggestions", "Nationality or group"), Style::Attribute},
    {u"ATTRIBUTED", QT_TRANSLATE_NOOP("Suggestions", "Attributed claim"), Style::String},
    {u"STATISTIC", QT_TRANSLATE_NOOP("Suggestions", "Statistic"), Style::SpecialString},
    {u"QUOTE", QT_TRANSLATE_NOOP("Suggestions", "Quotation"), Style::Documentation},
};

const LabelInfo *infoFor(const QString &label)
{
    for (const LabelInfo &info : kLabels)
        if (label == QStringView(info.label))
            return &info;
    return nullptr;
}
} // namespace

QStringList suggestionLabels()
{
    QStringList labels;
    for (const LabelInfo &info : kLabels)
        labels.append(QString::fromUtf16(info.label));
    return labels;
}

QString suggestionLabelName(const QString &label)
{
    const LabelInfo *info = infoFor(label);
    return info ? QCoreApplication::translate("Suggestions", info->name) : label;
}

KSyntaxHighlighting::Theme::TextStyle suggestionTextStyle(const QString &label)
{
    const LabelInfo *info = infoFor(label);
    return info ? info->style : Style::Others;
}

void SuggestionListModel::setSuggestions(const QList<Span> &suggestions, const QString &documentText)
{
    resetRows(suggestions, [&] {
        m_quotes.clear();
        const CodePointIndex index(documentText);
        for (const Span &s : suggestions) {
            const int from = index.toUtf16(s.start);
            m_quotes.append(documentText.mid(from, index.toUtf16(s.end) - from));
        }
    });
}

void SuggestionListModel::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    rowsRestyled();
}

QColor SuggestionListModel::colorFor(const QString &label) const
{
    if (!m_theme.isValid())
        return QColor(0x64, 0x4a, 0x9b);
    return QColor::fromRgba(m_theme.textColor(suggestionTextStyle(label)));
}

int SuggestionListModel::indexOf(const Span &span) const
{
    return int(rows().indexOf(span));
}

QVariant SuggestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Span &s = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case AnnotationListModel::QuoteRole:
        return m_quotes.value(index.row());
    case AnnotationListModel::IdRole:
        return index.row();
    case AnnotationListModel::StartRole:
        return s.start;
    case AnnotationListModel::TagNameRole:
        return suggestionLabelName(s.label);
    case AnnotationListModel::TagColorRole:
        return colorFor(s.label);
    case AnnotationListModel::KindRole:
        return spanKindName(s.kind);
    case AnnotationListModel::DetailRole:
        // Learned suggestions say so: the user's own tag, suggested from the user's own annotations.
        if (s.rule == learn::learnedRule())
            return tr("learned · %1%").arg(QLocale().toString(s.confidence * 100, 'f', 0));
        return QString(QLocale().toString(s.confidence * 100, 'f', 0) + u'%');
    case AnnotationListModel::NoteRole:
        if (s.kind == SpanKind::Claim && !s.source.isEmpty())
            return tr("Source: %1").arg(s.source);
        return {};
    case Qt::ToolTipRole:
        return tr("Rule: %1").arg(s.rule);
    default:
        return {};
    }
}

} // namespace marginalia
