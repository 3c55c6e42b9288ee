// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/import/qdpx/QdpxImporter.h"
#include "core/model/Error.h"

#include <QObject>
#include <QString>

class QMenu;

namespace marginalia {

class MainWindow;
class ProjectEditor;

// REFI-QDA project exchange in the window: File ▸ Import ▸ REFI-QDA Project… and File ▸ Export ▸ REFI-QDA
// Project…, added at the end of the File menu, with a separator after them.
class ProjectExchangeUi final : public QObject {
    Q_OBJECT

public:
    ProjectExchangeUi(MainWindow *window, ProjectEditor &editor, QMenu *fileMenu);

    // What the menu entries do once the file is chosen; the library and the open document are reloaded.
    Result<QdpxImportReport> importProjectFrom(const QString &path);
    Result<int> exportProjectTo(const QString &path);

    // The summary shown after an import, skipped sources included.
    static QString reportText(const QdpxImportReport &report);

private:
    void onImport();
    void onExport();

    MainWindow *m_window;
    ProjectEditor &m_editor;
};

} // namespace marginalia
