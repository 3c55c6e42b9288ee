// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/Analyzer.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "core/store/UserPaths.h"
#include "gui/dialogs/FirstRun.h"
#include "gui/panels/AnnotationPanel.h"
#include "gui/window/FileMenu.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ProjectSession.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcApp, "marginalia.app", QtInfoMsg)

using namespace Qt::StringLiterals;
using namespace marginalia;

namespace {

// Before the organisation name was set, settings went to "Unknown Organization": carry them over once.
void adoptSettingsWithoutOrganisation()
{
    QSettings settings;
    if (!settings.allKeys().isEmpty())
        return;
    const QString oldPath = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
                                .filePath(u"Unknown Organization/Marginalia.conf"_s);
    if (!QFileInfo::exists(oldPath))
        return;
    const QSettings old(oldPath, QSettings::IniFormat);
    for (const QString &key : old.allKeys())
        settings.setValue(key, old.value(key));
}

bool isProjectFile(const QString &path)
{
    return path.endsWith(u".marginalia"_s, Qt::CaseInsensitive) || ProjectStore::isDatabaseFile(path);
}

// Without a display (offscreen, screenshots, CI) a dialog would wait forever for a click that never comes.
void reportFatal(const QString &message, bool headless)
{
    if (headless) {
        qCCritical(lcApp, "%s", qPrintable(message));
        return;
    }
    QMessageBox::critical(nullptr, QApplication::translate("main", "Marginalia"), message);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    initGuiResources(); // before the translator looks into :/i18n
    QApplication::setOrganizationName(u"Marginalia"_s);
    QApplication::setApplicationName(u"Marginalia"_s);
    QApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
    // Matches the installed org.marginalia.Marginalia.desktop, so desktops find the window's icon and name.
    QApplication::setDesktopFileName(u"org.marginalia.Marginalia"_s);
    adoptSettingsWithoutOrganisation();

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English plural forms first; a catalogue for the system language, installed later, takes precedence.
    QTranslator englishPlurals;
    if (englishPlurals.load(u"marginalia_en"_s, u":/i18n"_s))
        QApplication::installTranslator(&englishPlurals);
    QTranslator translator;
    if (translator.load(QLocale(), u"marginalia"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Read, annotate and fact-check articles offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption projectOption(u"project"_s, QApplication::translate("main", "Open the project at PATH."),
                                           u"PATH"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, QApplication::translate("main", "Save a picture of the main window to PATH and quit."),
        u"PATH"_s);
    parser.addOption(projectOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(u"FILE"_s, QApplication::translate("main", "Articles to import."), u"[FILE...]"_s);
    parser.process(app);

    // A project named on the command line or opened from a file manager is opened, not imported as an article.
    QString projectPath = parser.value(projectOption);
    QStringList files;
    for (const QString &file : parser.positionalArguments()) {
        if (projectPath.isEmpty() && isProjectFile(file))
            projectPath = file;
        else
            files.append(file);
    }
    // Without a project named, the one used last (File ▸ Open Recent's first), else the default one.
    if (projectPath.isEmpty() && !FileMenu::recentProjects().isEmpty())
        projectPath = FileMenu::recentProjects().constFirst();
    if (projectPath.isEmpty()) {
        QDir().mkpath(userDataFolder());
        projectPath = defaultProjectPath();
    }
    const QString screenshotPath = parser.value(screenshotOption);
    const bool headless = !screenshotPath.isEmpty() || QGuiApplication::platformName() == u"offscreen"_s;
    const bool firstStart = !QFileInfo::exists(projectPath);
    KSyntaxHighlighting::Repository repository;
    // Users may add or override analysis rules with syntax definition files here.
    AnalyzerOptions analyzerOptions;
    analyzerOptions.userDefinitionDirs = userRuleFolders();
    const Analyzer analyzer(analyzerOptions);
    // Owns the project and its window; File ▸ Open Project replaces both later.
    ProjectSession session(analyzer, repository);
    if (auto opened = session.open(projectPath); !opened) {
        reportFatal(QApplication::translate("main", "The project %1 could not be opened.\n\n%2")
                        .arg(QDir::toNativeSeparators(projectPath), opened.error().message),
                    headless);
        return 1;
    }
    ProjectStore &store = session.store();
    MainWindow &window = session.window();
    ProjectEditor &editor = session.editor();

    qint64 firstDocument = 0;
    if (firstStart) {
        if (auto sample = importBundledSample(store)) {
            firstDocument = *sample;
            addDemonstrationAnnotations(store, *sample);
        } else {
            qCWarning(lcApp, "The sample article could not be imported: %s", qPrintable(sample.error().message));
        }
        window.reloadLibrary();
        editor.reloadTags(); // the sample went straight into the store: the codebook counts its annotations
    }
    if (firstDocument == 0)
        firstDocument = editor.documentToReopen();
    if (firstDocument != 0)
        window.openDocument(firstDocument);

    if (!files.isEmpty())
        window.importFiles(files);

    if (screenshotPath.isEmpty()) {
        window.show();
        return app.exec();
    }

    // Screenshot mode: wait for imports, make sure something is highlighted, grab the window, quit.
    window.resize(1400, 900);
    window.show();
    if (window.isImporting()) {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::importsFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // Opening the imported document starts its analysis from the event loop: let it start first.
    QApplication::processEvents();
    if (window.isAnalysing()) {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::analysisFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // Show a note in the panel, as a reader would see it after clicking an annotation.
    if (auto annotations = store.annotations(window.currentDocumentId()); annotations && !annotations->isEmpty())
        window.annotationPanel()->selectAnnotation(annotations->first().id);
    QApplication::processEvents();
    const bool saved = window.grab().save(screenshotPath);
    if (!saved)
        qCWarning(lcApp, "Could not save the screenshot to %s", qPrintable(screenshotPath));
    return saved ? 0 : 1;
}
