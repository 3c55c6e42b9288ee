// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/dialogs/ExportDialog.h"

#include "core/export/Exporters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace marginalia {

ExportDialog::ExportDialog(const QList<Tag> &tags, std::optional<qint64> currentDocumentId, const QString &currentTitle,
                           QWidget *parent)
    : QDialog(parent)
    , m_currentDocumentId(currentDocumentId)
    , m_format(new QComboBox(this))
    , m_currentDocument(new QRadioButton(this))
    , m_wholeProject(new QRadioButton(tr("The &whole project"), this))
    , m_tag(new QComboBox(this))
    , m_byteOrderMark(new QCheckBox(tr("Start with a &byte order mark (for Excel)"), this))
    , m_formulaGuard(new QComboBox(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Annotations"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const auto &entry : vocabulary<ExportFormat>()) {
        const ExportFormatInfo info = exportFormatInfo(entry.value);
        m_format->addItem(QStringLiteral("%1 (.%2)").arg(info.name, info.suffix), QVariant::fromValue(entry.value));
    }
    const QString title = QFontMetrics(font()).elidedText(currentTitle, Qt::ElideMiddle, 280);
    m_currentDocument->setText(currentDocumentId ? tr("The current &document: %1").arg(title)
                                                 : tr("The current &document"));
    m_currentDocument->setEnabled(currentDocumentId.has_value());
    (currentDocumentId ? m_currentDocument : m_wholeProject)->setChecked(true);

    m_tag->addItem(tr("All tags"), QString());
    for (const Tag &tag : tags) {
        QPixmap chip(12, 12);
        chip.fill(tag.color);
        m_tag->addItem(QIcon(chip), tag.name, tag.name);
    }
    m_byteOrderMark->setChecked(true);
    // Spreadsheets run a cell that starts with = + - @ as a formula; an apostrophe in front stops that.
    m_formulaGuard->addItem(tr("Notes, tags and evidence I wrote"), QVariant::fromValue(FormulaGuard::UserCells));
    m_formulaGuard->addItem(tr("Every cell, document text too"), QVariant::fromValue(FormulaGuard::All));
    m_formulaGuard->addItem(tr("No cell (text exactly as stored)"), QVariant::fromValue(FormulaGuard::Off));
    m_formulaGuard->setToolTip(tr("Cells that start with = + - or @ get an apostrophe so that a spreadsheet does "
                                  "not run them as formulas. Quotes are left as in the document by default."));

    auto *scope = new QVBoxLayout;
    scope->addWidget(m_currentDocument);
    scope->addWidget(m_wholeProject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Export:"), scope);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(tr("&Guard formulas in:"), m_formulaGuard);
    form->addRow(QString(), m_byteOrderMark);
    // A byte order mark and the formula guard only mean something in CSV files a spreadsheet opens.
    const auto followFormat = [this] {
        const ExportFormat chosen = format();
        const bool csvFile = chosen == ExportFormat::Csv || chosen == ExportFormat::Matrix
                             || chosen == ExportFormat::Cooccurrence || chosen == ExportFormat::Codebook;
        m_byteOrderMark->setEnabled(csvFile);
        m_formulaGuard->setEnabled(csvFile);
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, followFormat);
    followFormat();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

ExportFormat ExportDialog::format() const
{
    return m_format->currentData().value<ExportFormat>();
}

CsvExportOptions ExportDialog::options() const
{
    CsvExportOptions options;
    if (m_currentDocument->isChecked())
        options.documentId = m_currentDocumentId;
    options.tagName = m_tag->currentData().toString();
    options.byteOrderMark = m_byteOrderMark->isChecked();
    options.formulaGuard = m_formulaGuard->currentData().value<FormulaGuard>();
    return options;
}

} // namespace marginalia
