// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/DocumentActions.h"

#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "gui/panels/LibraryPane.h"
#include "gui/window/MainWindow.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace marginalia {

DocumentActions::DocumentActions(MainWindow &window, ProjectEditor &editor, LibraryPane &library)
    : QObject(&window)
    , m_window(window)
    , m_editor(editor)
{
    connect(&library, &LibraryPane::renameRequested, this, &DocumentActions::renameDocument);
    connect(&library, &LibraryPane::deleteRequested, this, &DocumentActions::deleteDocument);
    connect(&editor, &ProjectEditor::documentChanged, this, [this](qint64 documentId) {
        m_window.reloadLibrary();
        if (documentId == m_window.currentDocumentId())
            if (const auto document = m_editor.store().document(documentId))
                m_window.showDocumentTitle(document->title);
    });
    connect(&editor, &ProjectEditor::documentRemoved, this, &DocumentActions::documentRemoved);
    connect(&editor, &ProjectEditor::documentRestored, this, [this](qint64 documentId) {
        m_window.reloadLibrary();
        m_window.openDocument(documentId);
    });
}

void DocumentActions::renameDocument(qint64 documentId)
{
    const auto document = m_editor.store().document(documentId);
    if (!document)
        return;
    QInputDialog dialog(&m_window);
    dialog.setObjectName(QStringLiteral("renameDocumentDialog"));
    dialog.setWindowTitle(tr("Rename Document"));
    dialog.setLabelText(tr("Title in the library, the window and exports (the file keeps its name):"));
    dialog.setTextValue(document->title);
    dialog.resize(480, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return;
    if (m_editor.renameDocument(documentId, dialog.textValue()))
        m_window.statusBar()->showMessage(tr("Renamed. Edit ▸ Undo gives the old title back."), 5000);
}

void DocumentActions::deleteDocument(qint64 documentId)
{
    const auto document = m_editor.store().document(documentId);
    if (!document)
        return;
    const int annotations = int(m_editor.store().annotations(documentId).value_or(QList<Annotation>()).size());
    QMessageBox question(QMessageBox::Question, tr("Delete Document"),
                         tr("Delete “%1” from the project?").arg(document->title), QMessageBox::Cancel, &m_window);
    question.setObjectName(QStringLiteral("deleteDocumentQuestion"));
    question.setInformativeText(
        tr("Its %n annotation(s), notes, memo and register mentions go with it. The file on disk is not touched, "
           "and Edit ▸ Undo puts everything back.",
           nullptr, annotations));
    QPushButton *remove = question.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    question.setDefaultButton(remove);
    question.exec();
    if (question.clickedButton() != remove)
        return;
    if (m_editor.deleteDocument(documentId))
        m_window.statusBar()->showMessage(tr("Deleted “%1”. Edit ▸ Undo puts it back.").arg(document->title), 8000);
}

void DocumentActions::documentRemoved(qint64 documentId)
{
    const bool wasOpen = documentId == m_window.currentDocumentId();
    if (wasOpen)
        m_window.closeDocument();
    m_window.reloadLibrary();
    if (wasOpen)
        if (const qint64 next = m_editor.documentToReopen(); next != 0)
            m_window.openDocument(next);
}

} // namespace marginalia
