// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Span.h"
#include "gui/models/RowListModel.h"

#include <KSyntaxHighlighting/Theme>

#include <QColor>

namespace marginalia {

// The analysis labels the GUI knows, in the order the View menu lists them.
QStringList suggestionLabels();
// "Person", "Attributed claim", ... for a label such as PERSON or ATTRIBUTED (translated).
QString suggestionLabelName(const QString &label);
// The theme text style that colours a label's suggestions, so that they follow light and dark themes.
KSyntaxHighlighting::Theme::TextStyle suggestionTextStyle(const QString &label);
// Which tag an accepted suggestion gets is a core rule: tagForSuggestionLabel() in core/edit/SuggestionRules.h.

// Suggestions shown for the current document: the open ones (openSuggestions()) of a visible type.
class SuggestionListModel final : public RowListModel<Span> {
    Q_OBJECT

public:
    using RowListModel::RowListModel;

    void setSuggestions(const QList<Span> &suggestions, const QString &documentText);
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    const QList<Span> &suggestions() const { return rows(); }
    QColor colorFor(const QString &label) const;
    int indexOf(const Span &span) const;

    QVariant data(const QModelIndex &index, int role) const override;

private:
    QStringList m_quotes;
    KSyntaxHighlighting::Theme m_theme;
};

} // namespace marginalia
