// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/panels/ClaimReviewPanel.h"

#include "core/edit/ProjectEditor.h"
#include "core/model/Vocabulary.h"
#include "core/store/ProjectStore.h"
#include "gui/panels/PanelParts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

QColor statusColor(const QString &status)
{
    if (status == u"supported")
        return QColor(0x2e, 0x7d, 0x32);
    if (status == u"disputed")
        return QColor(0xb2, 0x6a, 0x00);
    if (status == u"false")
        return QColor(0xc6, 0x28, 0x28);
    if (status == u"needs source")
        return QColor(0x15, 0x65, 0xc0);
    return {};
}

QString effectiveStatus(const Annotation &a)
{
    return a.status.isEmpty() ? u"unreviewed"_s : a.status;
}

} // namespace

// ---- ClaimListModel ------------------------------------------------------------------------------------------

ClaimListModel::ClaimListModel(ProjectEditor &editor, QObject *parent)
    : RowListModel({tr("Claim"), tr("Status"), tr("Source"), tr("Document")}, parent)
    , m_editor(editor)
{
}

void ClaimListModel::reload()
{
    const ProjectStore &store = m_editor.store();
    resetRows(store.annotationsOfKind(AnnotationKind::Claim).value_or(QList<Annotation>()), [&] {
        m_titles = documentTitles(store);
        m_entities.clear();
        if (auto entities = store.entities()) {
            for (const Entity &e : std::as_const(*entities))
                m_entities.insert(e.id, e);
        }
    });
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Annotation &a = rowAt(index.row());
    const QString status = effectiveStatus(a);
    switch (role) {
    case AnnotationIdRole:
        return a.id;
    case StatusRole:
        return status;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case ClaimColumn:
            return a.quote.simplified();
        case StatusColumn:
            // Sorting by status follows the review order, not the alphabet.
            return role == SortRole ? QVariant(claimStatuses().indexOf(status))
                                    : QVariant(claimStatusDisplayName(status));
        case SourceColumn:
            return m_entities.value(a.sourceEntityId).name;
        case DocumentColumn:
            return m_titles.value(a.documentId);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && statusColor(status).isValid())
            return statusColor(status);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ClaimColumn)
            return a.evidence.isEmpty() ? a.quote : u"%1\n\n%2"_s.arg(a.quote, a.evidence);
        break;
    default:
        break;
    }
    return {};
}

void ClaimFilterModel::setStatus(const QString &status)
{
    m_status = status;
    invalidateRowsFilter();
}

bool ClaimFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && index.data(ClaimListModel::StatusRole).toString() != m_status)
        return false;
    const QRegularExpression pattern = filterRegularExpression();
    if (pattern.pattern().isEmpty())
        return true;
    for (int column = 0; column < ClaimListModel::ColumnCount; ++column)
        if (sourceModel()->index(sourceRow, column, sourceParent).data().toString().contains(pattern))
            return true;
    return false;
}

// ---- ClaimReviewPanel -----------------------------------------------------------------------------------------

ClaimReviewPanel::ClaimReviewPanel(ProjectEditor &editor, QWidget *parent)
    : ProjectPanel(editor, parent)
    , m_model(new ClaimListModel(editor, this))
    , m_proxy(new ClaimFilterModel(this))
    , m_statusFilter(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_list(new QTreeView(this))
    , m_quote(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_evidence(new QLineEdit(this))
    , m_url(new QLineEdit(this))
{
    setObjectName(u"claimReviewPanel"_s);
    m_statusFilter->setObjectName(u"claimStatusFilter"_s);
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const QString &s : claimStatuses())
        m_statusFilter->addItem(claimStatusDisplayName(s), s);
    setUpFilter(m_filter, u"claimFilter"_s, tr("Filter claims"));
    m_count->setObjectName(u"claimCount"_s);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClaimListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setUpFlatList(m_list, u"claimList"_s, m_proxy);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ClaimListModel::StatusColumn, Qt::AscendingOrder);
    setColumnModes(m_list->header(), {{ClaimListModel::ClaimColumn, QHeaderView::Stretch},
                                      {ClaimListModel::StatusColumn, QHeaderView::ResizeToContents}});
    m_list->header()->resizeSection(ClaimListModel::SourceColumn, 90);
    m_list->header()->resizeSection(ClaimListModel::DocumentColumn, 90);
    m_list->setToolTip(tr("Keys 1–5 set the status; Enter opens the passage"));
    m_list->installEventFilter(this);

    m_quote->setObjectName(u"claimQuote"_s);
    m_quote->setWordWrap(true);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"claimStatus"_s);
    for (const QString &s : claimStatuses())
        m_status->addItem(claimStatusDisplayName(s), s);
    m_source->setObjectName(u"claimSource"_s);
    m_source->setEditable(false);
    m_evidence->setObjectName(u"claimEvidence"_s);
    m_evidence->setPlaceholderText(tr("What supports or refutes it"));
    m_url->setObjectName(u"claimUrl"_s);
    m_url->setPlaceholderText(u"https://…"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_filter, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("E&vidence:"), m_evidence);
    form->addRow(tr("&URL:"), m_url);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_quote);
    layout->addLayout(form);
    setFocusProxy(m_list);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_statusFilter->currentData().toString());
        reload();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        reload();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ClaimReviewPanel::showCurrent);
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const auto a = m_model->claim(index.data(ClaimListModel::AnnotationIdRole).toLongLong()))
            emit openRequested(a->documentId, a->start, a->end);
    });
    connect(m_status, &QComboBox::activated, this,
            [this] { commit([status = m_status->currentData().toString()](Annotation &a) { a.status = status; }); });
    connect(m_source, &QComboBox::activated, this, [this] {
        commit([source = m_source->currentData().toLongLong()](Annotation &a) { a.sourceEntityId = source; });
    });
    connect(m_evidence, &QLineEdit::editingFinished, this,
            [this] { commit([evidence = m_evidence->text().trimmed()](Annotation &a) { a.evidence = evidence; }); });
    connect(m_url, &QLineEdit::editingFinished, this,
            [this] { commit([url = m_url->text().trimmed()](Annotation &a) { a.evidenceUrl = url; }); });
    // Tagging, notes and other annotations leave the claims as they are; entity edits rename sources.
    reloadOnChanges(&ProjectEditor::entitiesChanged);
    const auto claimChanged = [this](const Annotation &a) {
        if (a.kind == AnnotationKind::Claim)
            scheduleReload();
    };
    connect(&m_editor, &ProjectEditor::annotationAdded, this, claimChanged);
    connect(&m_editor, &ProjectEditor::annotationChanged, this, claimChanged);
    connect(&m_editor, &ProjectEditor::annotationRemoved, this, claimChanged);
    // Nothing is read until the panel is shown (ProjectPanel::showEvent): start-up does not wait for every claim.
}

qint64 ClaimReviewPanel::currentClaimId() const
{
    return currentRowId(m_list, ClaimListModel::AnnotationIdRole);
}

void ClaimReviewPanel::selectClaim(qint64 annotationId)
{
    setCurrentSourceIndex(m_list, m_proxy, m_model->indexFor(annotationId));
}

void ClaimReviewPanel::reload()
{
    const qint64 current = currentClaimId();
    m_model->reload();
    m_loading = true;
    m_source->clear();
    m_source->addItem(tr("(none)"), 0);
    QList<Entity> entities = m_model->entities().values();
    std::sort(entities.begin(), entities.end(),
              [](const Entity &a, const Entity &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Entity &e : std::as_const(entities))
        m_source->addItem(e.type.isEmpty() ? e.name : u"%1 (%2)"_s.arg(e.name, e.type), e.id);
    m_loading = false;
    restoreCurrentRow(m_list, m_proxy, m_model->indexFor(current));
    int unreviewed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        unreviewed += m_model->index(row, 0).data(ClaimListModel::StatusRole).toString() == u"unreviewed";
    m_count->setText(
        tr("Shown: %1 of %2 · unreviewed: %3").arg(m_proxy->rowCount()).arg(m_model->rowCount()).arg(unreviewed));
    showCurrent();
}

void ClaimReviewPanel::showCurrent()
{
    const auto claim = m_model->claim(currentClaimId());
    m_loading = true;
    for (QWidget *w : {static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_source),
                       static_cast<QWidget *>(m_evidence), static_cast<QWidget *>(m_url)})
        w->setEnabled(claim.has_value());
    m_quote->setText(claim ? u"“%1”"_s.arg(claim->quote.simplified())
                           : tr("No claim selected. Claims come from analysis suggestions you accept."));
    m_status->setCurrentIndex(claim ? int(claimStatuses().indexOf(effectiveStatus(*claim))) : 0);
    m_source->setCurrentIndex(claim ? qMax(0, m_source->findData(claim->sourceEntityId)) : 0);
    m_evidence->setText(claim ? claim->evidence : QString());
    m_url->setText(claim ? claim->evidenceUrl : QString());
    m_loading = false;
}

void ClaimReviewPanel::commit(const std::function<void(Annotation &)> &change)
{
    if (m_loading || currentClaimId() <= 0)
        return;
    auto stored = m_editor.store().annotation(currentClaimId());
    if (!stored)
        return;
    Annotation after = *stored;
    after.status = effectiveStatus(after);
    change(after);
    if (after.status == effectiveStatus(*stored) && after.evidence == stored->evidence
        && after.evidenceUrl == stored->evidenceUrl && after.sourceEntityId == stored->sourceEntityId)
        return;
    m_editor.setClaimReview(after.id, after.status, after.evidence, after.evidenceUrl, after.sourceEntityId);
}

bool ClaimReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    // In the list, 1–5 set the current claim's status: review without leaving the keyboard's home row.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int n = key->key() - Qt::Key_1;
        if (key->modifiers() == Qt::NoModifier && n >= 0 && n < claimStatuses().size()) {
            commit([status = claimStatuses().at(n)](Annotation &a) { a.status = status; });
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace marginalia
