// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/dialogs/AgreementDialog.h"

#include "core/agreement/AgreementWriter.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

QTableWidgetItem *numberItem(const QString &text, const QString &toolTip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(toolTip);
    return item;
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

AgreementDialog::AgreementDialog(ProjectEditor &editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_coders(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tagTable(new QTableWidget(this))
    , m_pair(new QComboBox(this))
    , m_confusionTable(new QTableWidget(this))
    , m_computeButton(new QPushButton(tr("&Compute"), this))
    , m_exportButton(new QPushButton(tr("&Export CSV…"), this))
{
    setObjectName(u"agreementDialog"_s);
    setWindowTitle(tr("Inter-Coder Agreement"));
    m_coders->setObjectName(u"agreementCoders"_s);
    m_tagTable->setObjectName(u"agreementTagTable"_s);
    m_confusionTable->setObjectName(u"agreementConfusionTable"_s);
    m_pair->setObjectName(u"agreementPair"_s);
    m_summary->setObjectName(u"agreementSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_coders->setMaximumHeight(110);
    for (QTableWidget *table : {m_tagTable, m_confusionTable}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->setVisible(false);
        table->setAlternatingRowColors(true);
    }

    auto *codersRow = new QHBoxLayout;
    auto *codersLabel = new QLabel(tr("C&oders (annotation authors):"), this);
    codersLabel->setBuddy(m_coders);
    codersRow->addWidget(codersLabel, 0, Qt::AlignTop);
    codersRow->addWidget(m_coders, 1);
    codersRow->addWidget(m_computeButton, 0, Qt::AlignTop);

    auto *confusionPage = new QWidget(this);
    auto *confusionLayout = new QVBoxLayout(confusionPage);
    auto *pairRow = new QHBoxLayout;
    auto *pairLabel = new QLabel(tr("&Pair (rows × columns):"), confusionPage);
    pairLabel->setBuddy(m_pair);
    pairRow->addWidget(pairLabel);
    pairRow->addWidget(m_pair, 1);
    confusionLayout->addLayout(pairRow);
    confusionLayout->addWidget(m_confusionTable);
    m_tabs->addTab(m_tagTable, tr("By &Tag"));
    m_tabs->addTab(confusionPage, tr("Co&nfusion (paragraphs)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(codersRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(760, 520);

    connect(m_computeButton, &QPushButton::clicked, this, &AgreementDialog::compute);
    connect(m_pair, &QComboBox::currentIndexChanged, this, &AgreementDialog::showConfusion);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AgreementDialog::showResult);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Agreement"), QString(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            QMessageBox::warning(this, tr("Export Agreement"), tr("Could not write %1.").arg(path));
    });
    compute();
}

AgreementDialog::~AgreementDialog()
{
    m_watcher.waitForFinished(); // the worker reads the project; let it end before the dialog goes
}

// The coders present, ticked as before (new ones ticked).
void AgreementDialog::listCoders(const QStringList &present)
{
    const QStringList before = [this] {
        QStringList all;
        for (int row = 0; row < m_coders->count(); ++row)
            all.append(m_coders->item(row)->text());
        return all;
    }();
    if (before == present)
        return;
    const QStringList ticked = checkedCoders();
    m_coders->clear();
    for (const QString &coder : present) {
        auto *item = new QListWidgetItem(coder, m_coders);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(coder) || !before.contains(coder) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList AgreementDialog::checkedCoders() const
{
    QStringList coders;
    for (int row = 0; row < m_coders->count(); ++row)
        if (m_coders->item(row)->checkState() == Qt::Checked)
            coders.append(m_coders->item(row)->text());
    return coders;
}

void AgreementDialog::compute()
{
    if (m_computing)
        return;
    AgreementOptions options;
    options.coders = checkedCoders(); // empty at first: all of them
    if (m_coders->count() > 0 && options.coders.size() < 2) {
        m_summary->setText(tr("Tick at least two coders to compare."));
        return;
    }
    const QString path = m_editor.store().path();
    m_computing = true;
    m_computeButton->setEnabled(false);
    m_exportButton->setEnabled(false);
    m_summary->setText(tr("Computing…"));
    // A store is used from the thread that opened it: the worker opens its own, read-only.
    m_watcher.setFuture(QtConcurrent::run([path, options]() -> Run {
        auto store = ProjectStore::open(path, ProjectAccess::ReadOnly);
        if (!store)
            return {{}, std::unexpected(store.error())};
        Run run{projectCoders(**store).value_or(QStringList()), {}};
        run.report = computeAgreement(**store, options);
        return run;
    }));
}

void AgreementDialog::showResult()
{
    m_computing = false;
    m_computeButton->setEnabled(true);
    const Run run = m_watcher.result();
    listCoders(run.present);
    const Result<AgreementReport> &result = run.report;
    if (!result) {
        m_report.reset();
        m_summary->setText(result.error().message);
        m_tagTable->clear();
        m_tagTable->setRowCount(0);
        m_tagTable->setColumnCount(0);
        m_pair->clear();
        m_confusionTable->clear();
        emit computed();
        return;
    }
    m_report = *result;
    const QString kappa = m_report->coders.size() > 2 ? tr("the mean of the pairs' Cohen's kappas (Light's kappa)")
                                                      : tr("Cohen's kappa");
    m_summary->setText(tr("%n document(s) that every coder tagged, %1 characters, %2 paragraph units. α: "
                          "Krippendorff's unitizing alpha over characters. κ: %3 on paragraph units. n/a: nothing "
                          "to agree on.",
                          nullptr, int(m_report->documentIds.size()))
                           .arg(QLocale().toString(m_report->characters))
                           .arg(QLocale().toString(m_report->paragraphs))
                           .arg(kappa));
    m_exportButton->setEnabled(true);
    showTagTable();
    const QSignalBlocker blocker(m_pair);
    m_pair->clear();
    for (const ConfusionTable &table : std::as_const(m_report->confusions))
        m_pair->addItem(
            tr("%1 × %2").arg(m_report->coders.at(table.firstCoder), m_report->coders.at(table.secondCoder)));
    showConfusion();
    emit computed();
}

void AgreementDialog::showTagTable()
{
    QStringList header = {tr("Tag"), tr("α (characters)"), tr("κ (paragraphs)"), tr("Paragraphs")};
    for (const QString &coder : std::as_const(m_report->coders))
        header.append(tr("Coded by %1").arg(coder));
    m_tagTable->clear();
    m_tagTable->setColumnCount(int(header.size()));
    m_tagTable->setHorizontalHeaderLabels(header);
    m_tagTable->setRowCount(int(m_report->tags.size()));
    for (int row = 0; row < m_report->tags.size(); ++row) {
        const TagAgreement &tag = m_report->tags.at(row);
        m_tagTable->setItem(row, 0, textItem(tag.tagPath));
        m_tagTable->setItem(row, 1, numberItem(formatCoefficient(tag.alpha)));
        m_tagTable->setItem(row, 2, numberItem(formatCoefficient(tag.kappa)));
        m_tagTable->setItem(row, 3, numberItem(QString::number(tag.paragraphs)));
        for (int coder = 0; coder < m_report->coders.size(); ++coder)
            m_tagTable->setItem(row, 4 + coder,
                                numberItem(QString::number(tag.paragraphsBy.at(coder)),
                                           tr("%1 paragraphs, %2 characters, %3 annotations")
                                               .arg(tag.paragraphsBy.at(coder))
                                               .arg(tag.charactersBy.at(coder))
                                               .arg(tag.annotationsBy.at(coder))));
    }
    m_tagTable->resizeColumnsToContents();
    m_tagTable->horizontalHeader()->setStretchLastSection(true);
}

void AgreementDialog::showConfusion()
{
    m_confusionTable->clear();
    const int pair = m_pair->currentIndex();
    if (!m_report || pair < 0 || pair >= m_report->confusions.size()) {
        m_confusionTable->setRowCount(0);
        m_confusionTable->setColumnCount(0);
        return;
    }
    const ConfusionTable &table = m_report->confusions.at(pair);
    QStringList labels;
    for (const TagAgreement &tag : std::as_const(m_report->tags))
        labels.append(tag.tagPath);
    labels.append(tr("(none)"));
    m_confusionTable->setColumnCount(int(labels.size()) + 1);
    m_confusionTable->setRowCount(int(labels.size()));
    m_confusionTable->setHorizontalHeaderLabels(
        QStringList{
            tr("%1 ↓ / %2 →").arg(m_report->coders.at(table.firstCoder), m_report->coders.at(table.secondCoder))}
        + labels);
    for (int row = 0; row < labels.size(); ++row) {
        m_confusionTable->setItem(row, 0, textItem(labels.at(row)));
        for (int column = 0; column < labels.size(); ++column) {
            auto *item = numberItem(QString::number(table.counts.at(row).at(column)));
            if (row == column)
                item->setFont([&] {
                    QFont bold = m_confusionTable->font();
                    bold.setBold(true);
                    return bold;
                }());
            m_confusionTable->setItem(row, column + 1, item);
        }
    }
    m_confusionTable->resizeColumnsToContents();
}

bool AgreementDialog::exportCsv(const QString &path)
{
    if (!m_report)
        return false;
    const bool confusion = m_tabs->currentIndex() == 1;
    const QString csv = confusion
                            ? agreementCsv(*m_report, AgreementTable::Confusion, std::max(0, m_pair->currentIndex()))
                            : agreementCsv(*m_report, AgreementTable::Tags);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
    return file.write(bytes) == bytes.size() && file.flush();
}

} // namespace marginalia
