// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/SuggestionReview.h"

#include "core/analysis/learn/Recommender.h"
#include "core/edit/ProjectEditor.h"
#include "core/edit/SuggestionRules.h"
#include "core/store/ProjectStore.h"
#include "gui/models/AnnotationListModel.h"
#include "gui/models/SuggestionModel.h"
#include "gui/panels/SuggestionPanel.h"
#include "gui/reader/DocumentView.h"
#include "gui/reader/SpanHighlighter.h"
#include "gui/window/AnalysisRunner.h"
#include "gui/window/LearnedSuggestions.h"

#include <QLocale>
#include <QTabWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

std::optional<Tag> tagNamed(const QList<Tag> &tags, const QString &name)
{
    const auto found = std::ranges::find(tags, name, &Tag::name);
    return found == tags.cend() ? std::nullopt : std::optional(*found);
}

} // namespace

SuggestionReview::SuggestionReview(ProjectEditor &editor, DocumentView *view, const AnnotationListModel &annotations,
                                   const AnalysisRunner &runner, QTabWidget *sideTabs)
    : QObject(sideTabs)
    , m_editor(editor)
    , m_view(view)
    , m_annotations(annotations)
    , m_runner(runner)
    , m_sideTabs(sideTabs)
    , m_model(new SuggestionListModel(this))
    , m_panel(new SuggestionPanel(*m_model, sideTabs))
{
    connect(m_panel, &SuggestionPanel::suggestionActivated, this, &SuggestionReview::show);
    connect(m_panel, &SuggestionPanel::acceptRequested, this, &SuggestionReview::acceptCurrent);
    connect(m_panel, &SuggestionPanel::rejectRequested, this, &SuggestionReview::rejectCurrent);
    connect(m_panel, &SuggestionPanel::nextRequested, this, [this] { move(+1); });
    connect(m_panel, &SuggestionPanel::previousRequested, this, [this] { move(-1); });
    connect(&m_editor, &ProjectEditor::rejectionsChanged, this, [this](qint64 documentId) {
        if (documentId != m_view->documentId())
            return;
        m_rejections = m_editor.store().rejections(documentId).value_or(QList<Rejection>());
        refresh();
    });
    for (const auto layer : {HighlightSpan::Layer::Suggestion, HighlightSpan::Layer::ClaimSuggestion})
        m_view->setToolTipProvider(layer, [this](const HighlightSpan &span) { return toolTipFor(span.id); });
}

void SuggestionReview::useLearned(LearnedSuggestions *learned)
{
    m_learned = learned;
    connect(learned, &LearnedSuggestions::updated, this, [this](qint64 documentId) {
        if (documentId == m_view->documentId()) {
            m_shownStale = true;
            refresh();
        }
    });
}

QList<Span> SuggestionReview::allFound(qint64 documentId, bool *analysed) const
{
    const QList<Span> *found = m_runner.results(documentId);
    *analysed = found != nullptr;
    if (!m_learned || m_learned->documentId() != documentId || m_learned->suggestions().isEmpty())
        return found ? *found : QList<Span>();
    const QList<Span> &learned = m_learned->suggestions();
    if (!found)
        return learned;
    QList<Span> merged(found->size() + learned.size());
    std::ranges::merge(*found, learned, merged.begin(), {}, &Span::start, &Span::start);
    return merged;
}

void SuggestionReview::documentOpened(qint64 documentId)
{
    if (m_learned)
        m_learned->documentOpened(documentId ? m_view->record() : DocumentRecord{});
    m_rejections = m_editor.store().rejections(documentId).value_or(QList<Rejection>());
    m_panel->setCurrentRow(-1);
    m_shownStale = true;
    refresh();
}

void SuggestionReview::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_model->setTheme(theme);
    m_shownStale = true;
}

void SuggestionReview::refresh()
{
    const qint64 documentId = m_view->documentId();
    bool analysed = false;
    const QList<Span> found = allFound(documentId, &analysed);
    QList<Span> shown;
    const QList<Span> open = openSuggestions(found, m_annotations.annotations(), m_rejections);
    for (const Span &span : open)
        if (!m_hiddenLabels.contains(span.label))
            shown.append(span);
    const int count = int(shown.size());
    // Tagging, a note or an undo mostly leaves the open suggestions as they were: then nothing is redone.
    if (!std::exchange(m_shownStale, false) && shown == m_model->suggestions()) {
        updateStatus(documentId, analysed || count > 0, count);
        return;
    }
    const int previousRow = m_panel->currentRow();
    m_model->setSuggestions(shown, m_view->documentText());
    highlight(shown);
    updateStatus(documentId, analysed || count > 0, count);
    if (previousRow >= 0 && count > 0)
        m_panel->setCurrentRow(std::min(previousRow, count - 1));
}

void SuggestionReview::annotationAddedOrRemoved(const Annotation &annotation)
{
    // Only a suggestion over the same passage opens or closes with an annotation (openSuggestions): most
    // tags and undos leave 100k open suggestions as they are, and checking is cheaper than recomputing.
    const auto samePassage = [&annotation](const Span &span) {
        return span.start == annotation.start && span.end == annotation.end;
    };
    const QList<Span> *found = m_runner.results(m_view->documentId());
    if ((found && std::ranges::any_of(*found, samePassage))
        || (m_learned && std::ranges::any_of(m_learned->suggestions(), samePassage)))
        refresh();
}

void SuggestionReview::highlight(const QList<Span> &shown)
{
    QList<HighlightSpan> entities;
    QList<HighlightSpan> claims;
    const CodePointIndex &index = m_view->codePoints();
    for (qsizetype row = 0; row < shown.size(); ++row) {
        const Span &span = shown[row];
        const bool claim = span.kind == SpanKind::Claim;
        HighlightSpan marked;
        marked.id = row; // the tool tip is built from the list's row when hovered
        marked.start = index.toUtf16(span.start);
        marked.end = index.toUtf16(span.end);
        marked.color = m_model->colorFor(span.label);
        if (span.rule == learn::learnedRule()) // a learned suggestion is painted in its tag's colour
            if (const auto tag = tagNamed(m_editor.tags(), span.label))
                marked.color = tag->color;
        if (claim)
            marked.color.setAlphaF(0.55); // claims run over whole sentences: a quieter line keeps the text readable
        marked.layer = claim ? HighlightSpan::Layer::ClaimSuggestion : HighlightSpan::Layer::Suggestion;
        (claim ? claims : entities).append(marked);
    }
    std::ranges::stable_sort(entities, {}, &HighlightSpan::start);
    std::ranges::stable_sort(claims, {}, &HighlightSpan::start);
    m_view->highlighter()->setLayer(HighlightSpan::Layer::Suggestion, entities);
    m_view->highlighter()->setLayer(HighlightSpan::Layer::ClaimSuggestion, claims);
}

QString SuggestionReview::toolTipFor(qint64 row) const
{
    const QList<Span> &suggestions = m_model->suggestions();
    if (row < 0 || row >= suggestions.size())
        return {};
    const Span &span = suggestions[row];
    const bool claim = span.kind == SpanKind::Claim;
    QString tip = u"<b>"_s + suggestionLabelName(span.label).toHtmlEscaped() + u"</b> · "_s
                  + (claim ? tr("suggested claim") : tr("suggested entity")) + u"<br>"_s
                  + tr("Confidence: %1%").arg(QLocale().toString(span.confidence * 100, 'f', 0)) + u"<br>"_s
                  + tr("Rule: %1").arg(span.rule.toHtmlEscaped());
    if (claim)
        tip += u"<br>"_s
               + tr("Source: %1").arg(span.source.isEmpty() ? tr("nobody named") : span.source.toHtmlEscaped());
    return tip;
}

void SuggestionReview::updateStatus(qint64 documentId, bool analysed, int count)
{
    m_sideTabs->setTabText(m_sideTabs->indexOf(m_panel),
                           count > 0 ? tr("Suggestions (%1)").arg(count) : tr("Suggestions"));
    if (m_runner.isAnalysing(documentId))
        m_panel->setStatus(tr("Looking for people, places, figures and claims…"));
    else if (!analysed)
        m_panel->setStatus(documentId ? tr("Not analysed yet. Edit ▸ Analyse Document Again finds suggestions.")
                                      : tr("No document open"));
    else if (count == 0)
        m_panel->setStatus(tr("No open suggestions."));
    else
        m_panel->setStatus(tr("%n suggestion(s). A accepts, R rejects, N and P move on.", nullptr, count));
}

void SuggestionReview::setLabelVisible(const QString &label, bool visible)
{
    if (visible)
        m_hiddenLabels.remove(label);
    else
        m_hiddenLabels.insert(label);
    refresh();
}

void SuggestionReview::show(int row)
{
    const QList<Span> &suggestions = m_model->suggestions();
    if (row < 0 || row >= suggestions.size())
        return;
    m_panel->setCurrentRow(row);
    const QSignalBlocker blocker(m_view);
    m_view->selectRange(suggestions[row].start, suggestions[row].end);
}

void SuggestionReview::move(int step)
{
    const QList<Span> &suggestions = m_model->suggestions();
    if (suggestions.isEmpty())
        return;
    int row = m_panel->currentRow();
    if (row < 0) {
        // Start from the caret: the first suggestion after it, or the last one before it.
        const int caret = m_view->codePoints().toCodePoint(m_view->textCursor().selectionStart());
        row = step > 0 ? int(suggestions.size()) - 1 : 0;
        for (qsizetype i = 0; i < suggestions.size(); ++i) {
            if (suggestions[i].start >= caret) {
                row = step > 0 ? int(i) : int(i) - 1;
                break;
            }
        }
        row = std::clamp(row, 0, int(suggestions.size()) - 1);
    } else {
        row = (row + step + int(suggestions.size())) % int(suggestions.size());
    }
    m_sideTabs->setCurrentWidget(m_panel);
    show(row);
}

bool SuggestionReview::hasCurrent()
{
    const int row = m_panel->currentRow();
    if (row >= 0 && row < m_model->suggestions().size())
        return true;
    emit message(tr("Choose a suggestion first: N goes to the next one."), 5000);
    return false;
}

bool SuggestionReview::acceptCurrent()
{
    if (!hasCurrent())
        return false;
    const int row = m_panel->currentRow();
    const Span span = m_model->suggestions()[row];
    if (!m_editor.acceptSuggestion(m_view->documentId(), m_view->documentText(), span, tagIdFor(span),
                                   analysisResults()))
        return false;
    emit message(tr("Accepted as %1.").arg(suggestionLabelName(span.label)), 4000);
    // The list lost the accepted row; the one now in its place is next.
    show(std::min(row, m_model->rowCount() - 1));
    return true;
}

bool SuggestionReview::acceptAllShown()
{
    const QList<Span> shown = m_model->suggestions();
    if (shown.isEmpty()) {
        emit message(tr("No open suggestions to accept."), 4000);
        return false;
    }
    QList<SuggestionToAccept> all;
    all.reserve(shown.size());
    for (const Span &span : shown)
        all.append({span, tagIdFor(span)});
    if (!m_editor.acceptSuggestions(m_view->documentId(), m_view->documentText(), all, analysisResults()))
        return false;
    emit message(tr("Accepted %n suggestion(s); Edit ▸ Undo takes them all back.", nullptr, int(all.size())), 6000);
    return true;
}

qint64 SuggestionReview::tagIdFor(const Span &span) const
{
    // A learned suggestion is labelled with the name of the tag it was learned for.
    const std::optional<Tag> tag = span.rule == learn::learnedRule()
                                       ? tagNamed(m_editor.tags(), span.label)
                                       : tagForSuggestionLabel(m_editor.tags(), span.label);
    return tag.transform([](const Tag &found) { return found.id; }).value_or(0);
}

QList<Span> SuggestionReview::analysisResults() const
{
    const QList<Span> *found = m_runner.results(m_view->documentId());
    return found ? *found : QList<Span>();
}

bool SuggestionReview::rejectCurrent()
{
    if (!hasCurrent())
        return false;
    const int row = m_panel->currentRow();
    if (!m_editor.rejectSuggestion(m_view->documentId(), m_model->suggestions()[row]))
        return false;
    emit message(tr("Rejected. It will not be suggested again."), 4000);
    show(std::min(row, m_model->rowCount() - 1));
    return true;
}

} // namespace marginalia
