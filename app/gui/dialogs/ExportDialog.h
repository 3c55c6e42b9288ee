// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/export/CsvExporter.h"
#include "core/model/Model.h"
#include "core/model/Vocabulary.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace marginalia {

// Asks what to export: the format (every one of the ExportFormat vocabulary, by exportFormatInfo), the
// current document or the whole project, one tag or all, with or without BOM.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const QList<Tag> &tags, std::optional<qint64> currentDocumentId, const QString &currentTitle,
                 QWidget *parent = nullptr);

    CsvExportOptions options() const;
    ExportFormat format() const;

private:
    std::optional<qint64> m_currentDocumentId;
    QComboBox *m_format;
    QRadioButton *m_currentDocument;
    QRadioButton *m_wholeProject;
    QComboBox *m_tag;
    QCheckBox *m_byteOrderMark;
    QComboBox *m_formulaGuard;
};

} // namespace marginalia
