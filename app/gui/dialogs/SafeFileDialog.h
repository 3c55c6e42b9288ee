// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFileDialog>
#include <QString>
#include <QStringList>

namespace marginalia {

// Every file dialog of the program. Qt's dialogs (the platform's in-process ones and Qt's own widget) sniff
// the type of each file listed by opening it; opening and closing a project file that SQLite has open in
// this process drops SQLite's locks on it (see OpenProjectFiles). These dialogs are Qt's widget dialog with
// an icon provider that answers from the file name alone, so showing a folder never opens a file in it.
class SafeFileDialog {
public:
    // A dialog made safe; the caller shows it (and owns it, or sets WA_DeleteOnClose).
    static QFileDialog *create(QWidget *parent, const QString &caption, const QString &directory,
                               const QString &filter);
    // Makes an existing dialog safe: no platform dialog, file-name-only icons and types.
    static void makeSafe(QFileDialog *dialog);

    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter);
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                        const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter, QFileDialog::Options options = {});
};

} // namespace marginalia
