// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/agreement/Agreement.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace marginalia {

class ProjectEditor;

// Research ▸ Agreement…: inter-coder agreement of the project (core/agreement). The coders are picked from the
// authors present (all at first); the report is computed off the GUI thread on a read-only connection of its
// own to the project, and shown as a table of tags × (alpha over characters, kappa on paragraphs, paragraph
// units, units coded by each coder) and, per pair of coders, the confusion table of tags on paragraph units.
// Export CSV… writes the table shown.
class AgreementDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AgreementDialog(ProjectEditor &editor, QWidget *parent = nullptr);
    ~AgreementDialog() override;

    // Computes again with the coders ticked (also when the dialog opens).
    void compute();
    // From compute() until its result is shown.
    bool isComputing() const { return m_computing; }
    const std::optional<AgreementReport> &report() const { return m_report; }
    // Writes the table on the current tab as CSV (UTF-8 with a BOM, for spreadsheets).
    bool exportCsv(const QString &path);

signals:
    void computed(); // a report or an error message is shown

private:
    void listCoders(const QStringList &present);
    void showResult();
    void showTagTable();
    void showConfusion();
    QStringList checkedCoders() const;

    ProjectEditor &m_editor;
    QListWidget *m_coders;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_tagTable;
    QComboBox *m_pair;
    QTableWidget *m_confusionTable;
    QPushButton *m_computeButton;
    QPushButton *m_exportButton;
    // What a run in the worker gives back: the coders present, and the report or why there is none.
    struct Run {
        QStringList present;
        Result<AgreementReport> report;
    };
    QFutureWatcher<Run> m_watcher;
    std::optional<AgreementReport> m_report;
    bool m_computing = false;
};

} // namespace marginalia
