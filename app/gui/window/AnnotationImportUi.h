// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

class QMainWindow;

namespace marginalia {

class ProjectEditor;

// File ▸ Import ▸ Annotations…: annotations from a CSV (as Marginalia exports it), W3C Web Annotation or
// Hypothesis JSON, or JSON Lines file, through ProjectEditor (one undo step). Annotations that name no
// document of the project go to the open one. Installs itself after the window's File ▸ Import… action,
// in the File ▸ Import submenu (object name "importSubmenu"), which it creates when no one has yet.
class AnnotationImportUi final : public QObject {
    Q_OBJECT

public:
    AnnotationImportUi(QMainWindow *window, ProjectEditor &editor);

    // Imports `path` and reports the outcome in the status bar, or the first bad annotation in a message box.
    // Returns whether anything was imported.
    bool importFile(const QString &path);

private:
    void chooseFile();

    QMainWindow *m_window;
    ProjectEditor &m_editor;
};

} // namespace marginalia
