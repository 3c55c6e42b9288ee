#pragma once

#include "core/export/CsvExporter.h"
#include "core/model/Model.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace marginalia {

// Asks what to export and how: a format of the ExportFormat vocabulary, the current document or the whole project, one
// tag or all, with or without BOM.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const QList<Tag> &tags, std::optional<qint64> currentDocumentId, const QString &currentTitle,
                 QWidget *parent = nullptr);

    CsvExportOptions options() const;
    ExportFormat format() const;
    // A file name for the chosen format: `base` (cut to 80 characters) and the format's suffix.
    QString fileName(const QString &base) const;
    QString fileFilter() const; // for the save dialog

private:
    static QString formatDisplayName(ExportFormat format);

    std::optional<qint64> m_currentDocumentId;
    QRadioButton *m_currentDocument;
    QRadioButton *m_wholeProject;
    QComboBox *m_tag;
    QCheckBox *m_byteOrderMark;
    QComboBox *m_formulaGuard;
    QComboBox *m_format;
};

} // namespace marginalia
