// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;
class QMenu;

namespace marginalia {

class AgreementDialog;
class ProjectEditor;

// Installs inter-coder agreement into a window's Research menu: "Agreement…" (AgreementDialog) and "Your Name
// (Coder)…". The coder's name is a preference of the user (QSettings "coder/name"; at first the login name),
// handed to ProjectEditor::setAuthor so that every annotation made in the window carries it.
class AgreementUi final : public QObject {
    Q_OBJECT

public:
    AgreementUi(QMainWindow *window, ProjectEditor &editor, QMenu *researchMenu);

    // The name saved in the preferences, else the login name.
    static QString coderName();
    // Saves `name` (trimmed; empty goes back to the login name) and makes the editor use it.
    void setCoderName(const QString &name);
    void showAgreement();
    AgreementDialog *dialog() const; // the open dialog, if any

private:
    void askCoderName();

    QMainWindow *m_window;
    ProjectEditor &m_editor;
    QPointer<AgreementDialog> m_dialog;
};

} // namespace marginalia
