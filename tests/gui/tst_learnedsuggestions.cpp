// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The learned recommender in the real window (offscreen): tag five passages with one tag from the keyboard,
// learned suggestions of that tag appear in the Suggestions tab, A accepts one as an annotation of the tag,
// R rejects one, which is not suggested again. With MARGINALIA_SCREENSHOT_DIR set, the window is saved
// at each step.
#include "core/analysis/Analyzer.h"
#include "core/analysis/learn/Recommender.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "gui/models/AnnotationListModel.h"
#include "gui/models/SuggestionModel.h"
#include "gui/panels/SuggestionPanel.h"
#include "gui/reader/DocumentView.h"
#include "gui/window/MainWindow.h"

#include "BatchCodes.h"
#include "TestDocuments.h"

#include <KSyntaxHighlighting/Repository>

#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace Qt::StringLiterals;

class TestLearnedSuggestions final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectEditor> m_editor;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    std::unique_ptr<Analyzer> m_analyzer;
    std::unique_ptr<MainWindow> m_window;

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("MARGINALIA_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(dir + u'/' + name + u".png"_s);
    }

    QList<int> learnedRows() const
    {
        QList<int> rows;
        const QList<Span> &shown = m_window->suggestionModel()->suggestions();
        for (qsizetype row = 0; row < shown.size(); ++row)
            if (shown[row].rule == learn::learnedRule())
                rows.append(int(row));
        return rows;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        auto store = ProjectStore::open(m_dir.filePath(u"learned.marginalia"_s));
        VERIFY_RESULT(store);
        m_store = std::move(*store);
        m_editor = std::make_unique<ProjectEditor>(*m_store);
        m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
        m_analyzer = std::make_unique<Analyzer>();
        m_window = std::make_unique<MainWindow>(*m_editor, *m_analyzer, *m_repository);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_editor.reset();
        m_store.reset();
    }

    void tagFiveThenReviewLearnedSuggestions()
    {
        Tag batch;
        batch.name = u"Batch code"_s;
        batch.color = QColor(u"#c2410c"_s);
        batch.key = 9; // the default tags use 1 to 8
        const auto tag = m_editor->addTag(batch);
        QVERIFY(tag);
        QCOMPARE(m_editor->tagForKey(9)->id, tag->id);
        const auto documentId = m_store->addDocument(test::textDocument(test::batchArticle(3, 9)));
        VERIFY_RESULT(documentId);
        QVERIFY(m_window->openDocument(*documentId));
        auto *view = m_window->findChild<DocumentView *>(u"documentView"_s);
        QVERIFY(view);
        const QList<std::pair<int, int>> codes = test::batchCodeRanges(view->documentText());
        QCOMPARE(codes.size(), 9);

        // Five passages tagged with the tag's key, as a reader would.
        view->setFocus();
        for (int i = 0; i < 5; ++i) {
            view->selectRange(codes[i].first, codes[i].second);
            QTest::keyClick(view, Qt::Key_9);
        }
        QCOMPARE(m_store->annotations(*documentId)->size(), 5);

        // Trained off the GUI thread after a short pause; the other four codes are suggested as the tag.
        QTRY_COMPARE_WITH_TIMEOUT(learnedRows().size(), 4, 60000);
        const SuggestionListModel *model = m_window->suggestionModel();
        for (int row : learnedRows()) {
            const Span &span = model->suggestions()[row];
            QCOMPARE(span.label, u"Batch code"_s);
            QVERIFY(codes.mid(5).contains(std::pair(span.start, span.end)));
            QVERIFY(model->index(row).data(AnnotationListModel::DetailRole).toString().startsWith(u"learned"_s));
        }
        view->moveCursor(QTextCursor::Start);
        QTest::keyClick(view, Qt::Key_N); // shows the Suggestions tab
        m_window->suggestionPanel()->setCurrentRow(learnedRows().first());
        screenshot(u"learned-1-suggested"_s);

        // A accepts: an annotation of the user's tag, keeping the provenance.
        const Span accepted = model->suggestions()[learnedRows().first()];
        QTest::keyClick(view, Qt::Key_A);
        const QList<Annotation> annotations = *m_store->annotations(*documentId);
        QCOMPARE(annotations.size(), 6);
        const auto made = std::ranges::find_if(annotations, [&](const Annotation &a) {
            return a.start == accepted.start && a.end == accepted.end;
        });
        QVERIFY(made != annotations.end());
        QCOMPARE(made->tagId, tag->id);
        QCOMPARE(made->rule, u"learned"_s);
        screenshot(u"learned-2-accepted"_s);

        // R rejects; the model is trained again with it as negative evidence, and it stays away.
        QTRY_COMPARE_WITH_TIMEOUT(learnedRows().size(), 3, 60000);
        m_window->suggestionPanel()->setCurrentRow(learnedRows().first());
        const Span rejected = model->suggestions()[learnedRows().first()];
        QTest::keyClick(view, Qt::Key_R);
        QCOMPARE(m_store->rejections(*documentId)->size(), 1);
        QCOMPARE(m_store->rejections(*documentId)->first().label, u"Batch code"_s);
        QTest::qWait(3000); // the retraining after the rejection
        QTRY_VERIFY_WITH_TIMEOUT(!model->suggestions().contains(rejected), 30000);
        QVERIFY(m_store->learnedModel(tag->id).value());
        screenshot(u"learned-3-rejected"_s);
    }
};

QTEST_MAIN(TestLearnedSuggestions)
#include "tst_learnedsuggestions.moc"
