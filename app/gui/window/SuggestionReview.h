// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/analysis/Span.h"
#include "core/model/Model.h"

#include <KSyntaxHighlighting/Theme>

#include <QObject>
#include <QSet>

class QTabWidget;

namespace marginalia {

class AnalysisRunner;
class AnnotationListModel;
class DocumentView;
class LearnedSuggestions;
class ProjectEditor;
class SuggestionListModel;
class SuggestionPanel;

// The review of analysis suggestions in the main window: the Suggestions tab, its highlights in the
// reading view, and accepting, rejecting and moving between them. Which suggestions are open and which
// tag an accepted one gets are core rules (core/edit/SuggestionRules.h); this class shows them.
class SuggestionReview final : public QObject {
    Q_OBJECT

public:
    SuggestionReview(ProjectEditor &editor, DocumentView *view, const AnnotationListModel &annotations,
                     const AnalysisRunner &runner, QTabWidget *sideTabs);

    SuggestionListModel *model() const { return m_model; }
    SuggestionPanel *panel() const { return m_panel; }

    // Shows the learned recommender's suggestions (tags learned from the user's own annotations) with the
    // analysis ones.
    void useLearned(LearnedSuggestions *learned);
    // The reading view shows another document: its rejections are read again and no row is current.
    void documentOpened(qint64 documentId);
    void refresh();
    // An annotation was added or removed: refreshes only when it covers exactly a suggested passage.
    void annotationAddedOrRemoved(const Annotation &annotation);
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    void setLabelVisible(const QString &label, bool visible);

    bool acceptCurrent();
    // Every suggestion the list shows (the hidden types left out), as one undo step.
    bool acceptAllShown();
    bool rejectCurrent();
    void move(int step); // +1 next, -1 previous
    void show(int row);

signals:
    void message(const QString &text, int timeout);

private:
    void highlight(const QList<Span> &shown);
    QString toolTipFor(qint64 row) const;
    void updateStatus(qint64 documentId, bool analysed, int count);
    bool hasCurrent();
    qint64 tagIdFor(const Span &span) const;
    // The analysis suggestions of the document with the learned ones merged in by start.
    QList<Span> allFound(qint64 documentId, bool *analysed) const;
    // The document's whole analysis result, so that accepting a claim can type its source.
    QList<Span> analysisResults() const;

    ProjectEditor &m_editor;
    DocumentView *m_view;
    const AnnotationListModel &m_annotations;
    const AnalysisRunner &m_runner;
    LearnedSuggestions *m_learned = nullptr;
    QTabWidget *m_sideTabs;
    SuggestionListModel *m_model;
    SuggestionPanel *m_panel;
    QList<Rejection> m_rejections; // of the current document
    QSet<QString> m_hiddenLabels;
    bool m_shownStale = true; // the list and highlights must be redone even when the same suggestions are open
};

} // namespace marginalia
