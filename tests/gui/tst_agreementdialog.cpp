// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Research ▸ Agreement… and Your Name (Coder)… in the real main window: passages tagged from the keyboard carry
// the coder's name, and the dialog computes (off the GUI thread) and shows the figures of the two coders.
#include "TestDocuments.h"

#include "core/analysis/Analyzer.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "gui/dialogs/AgreementDialog.h"
#include "gui/reader/DocumentView.h"
#include "gui/window/AgreementUi.h"
#include "gui/window/MainWindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;

class TestAgreementDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void taggingCarriesTheCoderName();
    void dialogShowsTheCodersFigures();

private:
    // Selects `passage` in the reading view and presses the tag key `key`.
    void tagPassage(const QString &passage, Qt::Key key);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectEditor> m_editor;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    std::unique_ptr<Analyzer> m_analyzer;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_documentId = 0;
};

void TestAgreementDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(QStringLiteral("coder/name"), QStringLiteral("ann"));
    auto store = ProjectStore::open(m_dir.filePath(QStringLiteral("agreement.marginalia")));
    VERIFY_RESULT(store);
    m_store = std::move(*store);
    auto id = m_store->addDocument(test::sampleDocument());
    VERIFY_RESULT(id);
    m_documentId = *id;
    m_editor = std::make_unique<ProjectEditor>(*m_store);
    m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
    m_analyzer = std::make_unique<Analyzer>();
    m_window = std::make_unique<MainWindow>(*m_editor, *m_analyzer, *m_repository);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openDocument(m_documentId);
}

void TestAgreementDialog::cleanupTestCase()
{
    m_window.reset();
    m_editor.reset();
    m_store.reset();
}

void TestAgreementDialog::tagPassage(const QString &passage, Qt::Key key)
{
    auto *view = m_window->findChild<DocumentView *>(QStringLiteral("documentView"));
    QVERIFY(view);
    const qsizetype at = view->documentText().indexOf(passage);
    QVERIFY2(at >= 0, qPrintable(passage));
    view->setFocus();
    view->selectRange(view->codePoints().toCodePoint(int(at)),
                      view->codePoints().toCodePoint(int(at + passage.size())));
    QTest::keyClick(view, key);
}

void TestAgreementDialog::taggingCarriesTheCoderName()
{
    // The Claim tag has key 6 and the Person tag key 1 in a new project.
    const QString claim = QStringLiteral("could supply 40% of the town's electricity by 2030");
    tagPassage(claim, Qt::Key_6);
    auto annotations = m_store->annotations(m_documentId);
    VERIFY_RESULT(annotations);
    QCOMPARE(annotations->size(), 1);
    QCOMPARE(annotations->first().author, QStringLiteral("ann"));

    // Another coder at the same machine: Research ▸ Your Name (Coder)… sets the name new annotations carry.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("coderNameAction")));
    auto *agreementUi = m_window->findChild<AgreementUi *>(QStringLiteral("agreementUi"));
    QVERIFY(agreementUi);
    agreementUi->setCoderName(QStringLiteral("bob"));
    QCOMPARE(QSettings().value(QStringLiteral("coder/name")).toString(), QStringLiteral("bob"));
    tagPassage(QStringLiteral("supply 40% of the town's electricity"), Qt::Key_6);
    annotations = m_store->annotations(m_documentId);
    VERIFY_RESULT(annotations);
    QCOMPARE(annotations->size(), 2);
    QStringList authors;
    for (const Annotation &annotation : std::as_const(*annotations))
        authors.append(annotation.author);
    authors.sort();
    QCOMPARE(authors, (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
}

void TestAgreementDialog::dialogShowsTheCodersFigures()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("agreementAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = m_window->findChild<AgreementDialog *>(QStringLiteral("agreementDialog"));
    QVERIFY(dialog);
    if (dialog->isComputing()) {
        QSignalSpy computed(dialog, &AgreementDialog::computed);
        QVERIFY(computed.wait(20000));
    }
    QVERIFY2(dialog->report(), qPrintable(dialog->findChild<QLabel *>(QStringLiteral("agreementSummary"))->text()));
    auto *coders = dialog->findChild<QListWidget *>(QStringLiteral("agreementCoders"));
    QCOMPARE(coders->count(), 2);
    QCOMPARE(coders->item(0)->text(), QStringLiteral("ann"));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("agreementTagTable"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Claim"));
    // Both coders coded the same paragraph, and only it: kappa 1; their spans differ, so alpha is below 1.
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("1.000"));
    const double alpha = table->item(0, 1)->text().toDouble();
    QVERIFY2(alpha > 0.5 && alpha < 1.0, qPrintable(table->item(0, 1)->text()));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("1")); // coded by ann: one paragraph

    const QString csvPath = m_dir.filePath(QStringLiteral("agreement.csv"));
    QVERIFY(dialog->exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY2(bytes.startsWith("\xEF\xBB\xBFtag,alpha_u,kappa,paragraphs,") && bytes.contains("\"Claim\","),
             bytes.constData());

    // Unticking a coder leaves one: the dialog asks for two instead of computing.
    coders->item(1)->setCheckState(Qt::Unchecked);
    dialog->compute();
    QVERIFY(!dialog->isComputing());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("agreementSummary"))->text().contains(QStringLiteral("two")));
}

QTEST_MAIN(TestAgreementDialog)
#include "tst_agreementdialog.moc"
