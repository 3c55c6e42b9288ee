// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Document ▸ Update from File… and the orphaned annotations dock, in the real window (offscreen).
#include "TestDocuments.h"
#include "core/analysis/Analyzer.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "gui/reader/DocumentView.h"
#include "gui/window/MainWindow.h"
#include "gui/window/RevisionUi.h"

#include <KSyntaxHighlighting/Repository>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

const QString kOld = u"Harbour plan approved\n\nThe council met on Tuesday and voted for the tidal plant.\n\n"
                     u"Critics were not convinced by the promise of cheap power.\n\n"
                     u"The mayor said \"we will not raise taxes\" and left early.\n"_s;
const QString kNew = u"Harbour plan approved\n\nThe council met on Tuesday and voted for the tidal plant.\n\n"
                     u"The mayor said \u201Cwe will not raise taxes\u201D and left early.\n"_s;

} // namespace

class TestRevisionUi final : public QObject {
    Q_OBJECT
private slots:
    void updateListAttachUndo()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(u"gui.marginalia"_s));
        VERIFY_RESULT(store);
        ProjectEditor editor(**store);
        KSyntaxHighlighting::Repository repository;
        Analyzer analyzer;
        MainWindow window(editor, analyzer, repository);
        auto *ui = new RevisionUi(window, editor);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QAction *>(u"updateFromFileAction"_s));

        const QString oldPath = dir.filePath(u"report.txt"_s);
        QFile oldFile(oldPath);
        QVERIFY(oldFile.open(QIODevice::WriteOnly));
        oldFile.write(kOld.toUtf8());
        oldFile.close();
        auto imported = importFile(oldPath);
        VERIFY_RESULT(imported);
        auto id = editor.addDocument(*imported);
        VERIFY_RESULT(id);
        QVERIFY(window.openDocument(*id));
        const QString text = imported->text;
        const int critics = int(text.indexOf(u"Critics were not convinced"_s));
        auto orphanToBe = editor.createAnnotation(*id, text, critics, critics + 26, 0);
        QVERIFY(orphanToBe);
        QVERIFY(editor.setAnnotationNote(orphanToBe->id, u"Ask the critics again"_s));
        const int council = int(text.indexOf(u"The council"_s));
        QVERIFY(editor.createAnnotation(*id, text, council, council + 11, 0));
        QCOMPARE(ui->orphanList()->count(), 0);

        const QString newPath = dir.filePath(u"report-v2.txt"_s);
        QFile newFile(newPath);
        QVERIFY(newFile.open(QIODevice::WriteOnly));
        newFile.write(kNew.toUtf8());
        newFile.close();
        auto summary = ui->updateFromFile(newPath);
        VERIFY_RESULT(summary);
        QCOMPARE(summary->orphaned, 1);
        QTRY_VERIFY(window.documentView()->documentText().contains(u"\u201Cwe will"_s));
        QCOMPARE(ui->orphanList()->count(), 1);
        QVERIFY(ui->orphanList()->item(0)->text().contains(u"Ask the critics again"_s));
        QVERIFY(ui->orphanDock()->isVisible());
        const QString shot = qEnvironmentVariable("MARGINALIA_SCREENSHOT_DIR");
        if (!shot.isEmpty())
            window.grab().save(shot + u"/revision-orphans.png"_s);

        // Attach Here: the selection becomes the orphan's place.
        const QString newText = window.documentView()->documentText();
        const int mayor = int(newText.indexOf(u"The mayor"_s));
        window.documentView()->selectRange(mayor, mayor + 9);
        ui->orphanList()->setCurrentRow(0);
        auto *attach = window.findChild<QPushButton *>(u"attachOrphanButton"_s);
        QVERIFY(attach && attach->isEnabled());
        attach->click();
        QCOMPARE(ui->orphanList()->count(), 0);
        QCOMPARE(editor.store().annotation(orphanToBe->id)->quote, u"The mayor"_s);

        // Undo the attachment, then the update: the old text and places come back.
        editor.undoStack()->undo();
        QCOMPARE(ui->orphanList()->count(), 1);
        editor.undoStack()->undo();
        QTRY_VERIFY(window.documentView()->documentText().contains(u"Critics were not convinced"_s));
        QCOMPARE(ui->orphanList()->count(), 0);
        QCOMPARE(editor.store().annotation(orphanToBe->id)->start, critics);
        if (!shot.isEmpty())
            window.grab().save(shot + u"/revision-undone.png"_s);
    }
};

QTEST_MAIN(TestRevisionUi)
#include "tst_revisionui.moc"
