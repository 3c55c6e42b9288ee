// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File ▸ Export ▸ REFI-QDA Project… and File ▸ Import ▸ REFI-QDA Project… in the window: the entries are in
// the File menu's submenus, an export from one window imports into another, whose library, codebook and
// annotations then show what came in.
#include "TestDocuments.h"

#include "core/analysis/Analyzer.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ProjectExchangeUi.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

// A project with its editor and window.
struct OpenProject {
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<ProjectEditor> editor;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestProjectExchange final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KSyntaxHighlighting::Repository m_repository;
    Analyzer m_analyzer;

    OpenProject open(const QString &name)
    {
        OpenProject project;
        auto store = ProjectStore::open(m_dir.filePath(name));
        if (!store)
            return project;
        project.store = std::move(*store);
        project.editor = std::make_unique<ProjectEditor>(*project.store);
        project.window = std::make_unique<MainWindow>(*project.editor, m_analyzer, m_repository);
        project.window->resize(1200, 800);
        project.window->show();
        return project;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void menuEntriesAreInTheFileMenu()
    {
        OpenProject project = open(u"menu.marginalia"_s);
        QVERIFY(project.window);
        QMenu *file = project.window->menuBar()->actions().first()->menu();
        QVERIFY(file);
        QStringList paths;
        for (QAction *entry : file->actions())
            if (entry->menu())
                for (QAction *inner : entry->menu()->actions())
                    paths.append(entry->text().remove(u'&') + u" > "_s + inner->text().remove(u'&'));
        QVERIFY2(paths.contains(u"Import > REFI-QDA Project…"_s), qPrintable(paths.join(u", "_s)));
        QVERIFY2(paths.contains(u"Export > REFI-QDA Project…"_s), qPrintable(paths.join(u", "_s)));
    }

    void exportFromOneWindowImportsIntoAnother()
    {
        OpenProject source = open(u"source.marginalia"_s);
        QVERIFY(source.window);
        auto imported = importFile(test::samplePath());
        VERIFY_RESULT(imported);
        auto added = source.editor->addDocument(*imported);
        VERIFY_RESULT(added);
        const auto claim = source.editor->tagForKey(6);
        QVERIFY(claim);
        const auto annotation = source.editor->createAnnotation(*added, imported->text, 4, 20, claim->id);
        QVERIFY(annotation);
        QVERIFY(source.editor->setAnnotationNote(annotation->id, u"Checked twice"_s));
        auto *sourceExchange = source.window->findChild<ProjectExchangeUi *>();
        QVERIFY(sourceExchange);
        const QString qdpx = m_dir.filePath(u"window.qdpx"_s);
        auto written = sourceExchange->exportProjectTo(qdpx);
        VERIFY_RESULT(written);
        QCOMPARE(*written, 1);

        OpenProject target = open(u"target.marginalia"_s);
        QVERIFY(target.window);
        auto *library = target.window->findChild<QListView *>(u"documentList"_s);
        QVERIFY(library);
        QCOMPARE(library->model()->rowCount(), 0);
        auto report = target.window->findChild<ProjectExchangeUi *>()->importProjectFrom(qdpx);
        VERIFY_RESULT(report);
        QCOMPARE(report->documentsAdded, 1);
        QCOMPARE(report->annotationsAdded, 1);
        QCOMPARE(library->model()->rowCount(), 1);
        const auto annotations = target.store->annotations().value();
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().note, u"Checked twice"_s);
        QCOMPARE(target.editor->tag(annotations.first().tagId)->name, claim->name);
        QVERIFY(ProjectExchangeUi::reportText(*report).contains(u"Annotations added: 1"_s));
    }
};

QTEST_MAIN(TestProjectExchange)
#include "tst_projectexchange.moc"
