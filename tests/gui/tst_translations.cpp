// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestHelpers.h"

#include "core/analysis/Analyzer.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "gui/dialogs/FirstRun.h"
#include "gui/window/MainWindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

// The letter after a single '&' ("Auswahl &codieren…" → 'c'), or a null QChar.
QChar acceleratorOf(const QString &text)
{
    for (qsizetype at = text.indexOf(u'&'); at >= 0 && at + 1 < text.size(); at = text.indexOf(u'&', at + 2)) {
        if (text.at(at + 1) != u'&')
            return text.at(at + 1).toLower();
    }
    return {};
}

// "Bearbeiten: 'r' in &Rückgängig, Rückwärts such&en…" for each letter two entries of one menu share.
QStringList clashesIn(const QString &title, const QList<QAction *> &actions)
{
    QHash<QChar, QStringList> byLetter;
    for (const QAction *action : actions) {
        const QChar letter = action->isSeparator() ? QChar() : acceleratorOf(action->text());
        if (!letter.isNull())
            byLetter[letter].append(action->text());
    }
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(u"%1: '%2' in %3"_s.arg(title, it.key(), it.value().join(u", ")));
    }
    return clashes;
}

} // namespace

// The German catalogue as a German session sees it: menus and docks in German, each menu's accelerators unique,
// and counts through the n forms of both catalogues.
class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void germanWindow();
    void acceleratorsAreUniquePerMenu();
    void plurals_data();
    void plurals();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectEditor> m_editor;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    std::unique_ptr<Analyzer> m_analyzer;
    std::unique_ptr<MainWindow> m_window;
    QTranslator m_english;
    QTranslator m_german;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    initGuiResources();
    // As main() installs them: English plural forms first, the system language's catalogue over them.
    QVERIFY(m_english.load(u"marginalia_en"_s, u":/i18n"_s));
    QVERIFY(m_german.load(u"marginalia_de"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&m_english));
    QVERIFY(QCoreApplication::installTranslator(&m_german));

    auto store = ProjectStore::open(m_dir.filePath(u"de.marginalia"_s));
    VERIFY_RESULT(store);
    m_store = std::move(*store);
    m_editor = std::make_unique<ProjectEditor>(*m_store);
    m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
    m_analyzer = std::make_unique<Analyzer>();
    m_window = std::make_unique<MainWindow>(*m_editor, *m_analyzer, *m_repository);
}

void TestTranslations::cleanupTestCase()
{
    m_window.reset();
    QCoreApplication::removeTranslator(&m_german);
    QCoreApplication::removeTranslator(&m_english);
}

void TestTranslations::germanWindow()
{
    QStringList menus;
    for (const QAction *menu : m_window->menuBar()->actions())
        menus.append(menu->text());
    for (const QString &german : {u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Recherche"_s, u"&Hilfe"_s})
        QVERIFY2(menus.contains(german), qPrintable(menus.join(u", ")));
    QStringList docks;
    for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        docks.append(dock->windowTitle());
    for (const QString &german : {u"Codebuch"_s, u"Entitäten"_s, u"Behauptungen"_s, u"Suche"_s, u"Memos"_s})
        QVERIFY2(docks.contains(german), qPrintable(docks.join(u", ")));
}

void TestTranslations::acceleratorsAreUniquePerMenu()
{
    QStringList clashes = clashesIn(u"menu bar"_s, m_window->menuBar()->actions());
    for (const QMenu *menu : m_window->findChildren<QMenu *>())
        clashes += clashesIn(menu->title(), menu->actions());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
}

void TestTranslations::plurals_data()
{
    QTest::addColumn<bool>("german");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    const QString editor = u"marginalia::ProjectEditor"_s;
    const QString search = u"marginalia::SearchPanel"_s;
    const QString entities = u"marginalia::EntityRegisterPanel"_s;
    QTest::newRow("de undo, one") << true << editor << u"Delete %n Annotation(s)"_s << 1 << u"1 Annotation löschen"_s;
    QTest::newRow("de undo, three") << true << editor << u"Delete %n Annotation(s)"_s << 3
                                    << u"3 Annotationen löschen"_s;
    QTest::newRow("de dative") << true << search << u"%n document(s)"_s << 2 << u"2 Dokumenten"_s;
    QTest::newRow("de merged") << true << entities
                               << u"Merged %n entities into “%1”. Their names are kept as aliases."_s << 1
                               << u"1 Entität mit „%1“ zusammengeführt. Ihr Name bleibt als Alias erhalten."_s;
    QTest::newRow("en undo, one") << false << editor << u"Delete %n Annotation(s)"_s << 1 << u"Delete 1 Annotation"_s;
    QTest::newRow("en untag, two") << false << editor << u"Untag %n Annotation(s)"_s << 2 << u"Untag 2 Annotations"_s;
    QTest::newRow("en matches, one") << false << search << u"%n match(es) in %1"_s << 1 << u"1 match in %1"_s;
    QTest::newRow("en merge, one") << false << entities << u"Merge %n Entities into “%1”"_s << 1
                                   << u"Merge 1 Entity into “%1”"_s;
}

void TestTranslations::plurals()
{
    QFETCH(bool, german);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    const QTranslator &catalogue = german ? m_german : m_english;
    const QByteArray sourceText = source.toUtf8();
    QCOMPARE(catalogue.translate(context.toUtf8().constData(), sourceText.constData(), nullptr, count)
                 .replace(u"%n"_s, QString::number(count)),
             expected);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
