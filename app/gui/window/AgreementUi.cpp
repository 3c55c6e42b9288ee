// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/window/AgreementUi.h"

#include "core/edit/ProjectEditor.h"
#include "gui/dialogs/AgreementDialog.h"

#include <QAction>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

const QString kCoderKey = u"coder/name"_s;

QString loginName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable).trimmed(); !name.isEmpty())
            return name;
    return QDir::home().dirName();
}

} // namespace

AgreementUi::AgreementUi(QMainWindow *window, ProjectEditor &editor, QMenu *researchMenu)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
{
    setObjectName(u"agreementUi"_s);
    m_editor.setAuthor(coderName());
    researchMenu->addSeparator();
    QAction *agreement = researchMenu->addAction(tr("&Agreement…"), this, &AgreementUi::showAgreement);
    agreement->setObjectName(u"agreementAction"_s);
    agreement->setToolTip(tr("Krippendorff's alpha and Cohen's kappa per tag between the coders of this project"));
    QAction *name = researchMenu->addAction(tr("Your &Name (Coder)…"), this, &AgreementUi::askCoderName);
    name->setObjectName(u"coderNameAction"_s);
    name->setToolTip(tr("The name your new annotations carry as their author"));
}

QString AgreementUi::coderName()
{
    const QString saved = QSettings().value(kCoderKey).toString().trimmed();
    return saved.isEmpty() ? loginName() : saved;
}

void AgreementUi::setCoderName(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(kCoderKey);
    else
        settings.setValue(kCoderKey, name.trimmed());
    m_editor.setAuthor(coderName());
}

void AgreementUi::askCoderName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Your Name (Coder)"),
        tr("Your new annotations carry this name as their author; agreement compares coders by it. Leave it "
           "empty for your login name (%1).")
            .arg(loginName()),
        QLineEdit::Normal, coderName(), &ok);
    if (!ok)
        return;
    setCoderName(name);
    m_window->statusBar()->showMessage(tr("New annotations are by “%1”.").arg(coderName()), 5000);
}

AgreementDialog *AgreementUi::dialog() const
{
    return m_dialog;
}

void AgreementUi::showAgreement()
{
    if (!m_dialog) {
        m_dialog = new AgreementDialog(m_editor, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_dialog->compute();
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace marginalia
