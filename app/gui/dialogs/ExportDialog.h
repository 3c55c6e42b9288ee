#pragma once

#include "core/export/CsvExporter.h"
#include "core/model/Model.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace marginalia {

// Asks what to export: the current document or the whole project, one tag or all, with or without BOM.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const QList<Tag> &tags, std::optional<qint64> currentDocumentId, const QString &currentTitle,
                 QWidget *parent = nullptr);

    CsvExportOptions options() const;

private:
    std::optional<qint64> m_currentDocumentId;
    QRadioButton *m_currentDocument;
    QRadioButton *m_wholeProject;
    QComboBox *m_tag;
    QCheckBox *m_byteOrderMark;
    QComboBox *m_formulaGuard;
};

} // namespace marginalia
