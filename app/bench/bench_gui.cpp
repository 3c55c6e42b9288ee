// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// marginalia-bench-gui: builds projects through the store, opens them in the real MainWindow (offscreen by
// default) and prints what a reader waits for: first paint, fully painted (analysis and suggestions shown), one
// tag / retag / undo / note keystroke through the paths the keys use, the longest GUI-thread stall while
// typing a find query, and peak memory; then start-up with many documents. Each scenario runs in its own
// process, so that its peak RSS is its own. Figures only: nothing here asserts on time.
//
//   marginalia-bench-gui [--annotations 10000,100000] [--documents 1000] [--total 1000000] [--mb 5]
//                        [--dir FOLDER] [--reuse]

#include "core/analysis/Analyzer.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "gui/models/SuggestionModel.h"
#include "gui/panels/AnnotationPanel.h"
#include "gui/reader/DocumentView.h"
#include "gui/window/MainWindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

#include <sys/resource.h>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

// Peak resident memory of this process in MB (ru_maxrss is in kB on Linux).
double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Paragraphs that all differ (so de-duplication folds none), with names, places and figures for the analyser,
// a heading every 40 paragraphs and a boilerplate plea every 300 (folded by default).
ImportedDocument generatedDocument(qsizetype bytes, int seed, const QString &title)
{
    static const QStringList people = {u"Mayor Tomas Albrecht"_s, u"Dr. Amina Haddad"_s, u"Senator Ruth Okafor"_s,
                                       u"Minister Lars Eriksen"_s, u"Professor Mei Tanaka"_s};
    static const QStringList places = {u"Port Ellery"_s, u"Kandahar"_s, u"Rotterdam"_s, u"Valparaíso"_s,
                                       u"Lake Mweru"_s};
    static const QStringList words = {u"tide"_s,    u"estuary"_s, u"harbour"_s, u"budget"_s, u"plant"_s,
                                      u"council"_s, u"report"_s,  u"survey"_s,  u"levee"_s,  u"dredging"_s,
                                      u"fishers"_s, u"permit"_s,  u"turbine"_s, u"grid"_s,   u"storm"_s};
    QRandomGenerator random{quint32(seed)};
    ImportedDocument document;
    document.format = u"txt"_s;
    document.sourcePath = title + u".txt"_s;
    document.contentHash = u"bench-"_s + title;
    document.meta.title = title;
    QString text;
    text.reserve(bytes + 1000);
    for (int number = 0; text.size() < bytes; ++number) {
        Block block;
        QString paragraph;
        if (number % 300 == 299) {
            paragraph = u"Subscribe now for unlimited access to issue %1."_s.arg(number);
            block.kind = BlockKind::Boilerplate;
        } else if (number % 40 == 0) {
            paragraph = u"%1. The %2 of %3"_s.arg(number / 40 + 1)
                            .arg(words.at(number % words.size()), places.at(number % places.size()));
            block.kind = BlockKind::Heading;
            block.level = 2;
        } else {
            paragraph = u"%1 said on Tuesday that the %2 in %3 would cost £%4 million, according to the council. "_s
                            .arg(people.at(random.bounded(people.size())), words.at(random.bounded(words.size())),
                                 places.at(random.bounded(places.size())))
                            .arg(number);
            for (int sentence = 0; sentence < 5; ++sentence) {
                paragraph += u"The "_s;
                for (int word = 0; word < 9; ++word)
                    paragraph += words.at(random.bounded(words.size())) + u' ';
                paragraph += u"stayed near paragraph %1. "_s.arg(number * 7 + sentence);
            }
            paragraph = paragraph.trimmed();
        }
        if (!text.isEmpty())
            text += u"\n\n"_s;
        block.start = int(text.size()); // ASCII-free only in "í": code points = UTF-16 units here
        text += paragraph;
        block.end = int(text.size());
        document.blocks.append(block);
    }
    document.text = text;
    return document;
}

// `count` annotations over the content blocks of the document, one transaction; every tenth is a claim.
Result<void> addAnnotations(ProjectStore &store, qint64 documentId, const ImportedDocument &document, int count,
                            int seed)
{
    const auto tags = store.tags();
    if (!tags)
        return std::unexpected(tags.error());
    QRandomGenerator random{quint32(seed)};
    return store.transaction([&]() -> Result<void> {
        for (int number = 0; number < count; ++number) {
            const Block &block = document.blocks.at(random.bounded(document.blocks.size()));
            const int length = std::min(block.end - block.start, 5 + int(random.bounded(60)));
            Annotation annotation;
            annotation.documentId = documentId;
            annotation.start = block.start + int(random.bounded(std::max(1, block.end - block.start - length)));
            annotation.end = annotation.start + length;
            annotation.quote = document.text.mid(annotation.start, length);
            annotation.tagId = tags->isEmpty() ? 0 : tags->at(number % tags->size()).id;
            if (number % 10 == 0) {
                annotation.kind = AnnotationKind::Claim;
                annotation.label = u"ATTRIBUTED"_s;
                annotation.status = u"unreviewed"_s;
            }
            if (number % 7 == 0)
                annotation.note = u"Note %1 on this passage."_s.arg(number);
            if (auto added = store.addAnnotation(annotation); !added)
                return std::unexpected(added.error());
        }
        return {};
    });
}

// Runs the event loop until it has been idle (no event for `quiet` ms) or `limit` ms passed.
void settle(int quiet = 20, int limit = 60000)
{
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < limit) {
        QElapsedTimer idle;
        idle.start();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, quiet);
        if (idle.elapsed() >= quiet)
            return;
    }
}

// Times one user action: the call and everything it posts (coalesced refreshes, panel reloads, and the
// repaint of what it marked dirty).
template<typename Action> double timed(QWidget *window, Action action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(window, QEvent::UpdateRequest);
    return double(timer.nsecsElapsed()) / 1e6;
}

// The longest gap between ticks of a 1 ms timer: how long the GUI thread was busy without a break.
class StallMeter final : public QObject {
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_sinceTick.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

// Counts paints of the reading view's viewport.
class PaintWatch final : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
    int paints = 0;
};

struct Session {
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<ProjectEditor> editor;
    KSyntaxHighlighting::Repository repository;
    std::unique_ptr<Analyzer> analyzer;
    std::unique_ptr<MainWindow> window;
};

bool openSession(Session &session, const QString &projectPath)
{
    auto store = ProjectStore::open(projectPath);
    if (!store) {
        print(u"cannot open %1: %2"_s.arg(projectPath, store.error().message));
        return false;
    }
    session.store = std::move(*store);
    session.editor = std::make_unique<ProjectEditor>(*session.store);
    session.analyzer = std::make_unique<Analyzer>();
    session.window = std::make_unique<MainWindow>(*session.editor, *session.analyzer, session.repository);
    session.window->resize(1400, 900);
    return true;
}

// The user actions on an open document with its annotations.
void measureEdits(Session &session, const ImportedDocument &document)
{
    MainWindow *window = session.window.get();
    DocumentView *view = window->documentView();
    view->setFocus();
    const Block &block = document.blocks.at(document.blocks.size() / 2 + 1);
    view->selectRange(block.start, block.start + 24);
    view->ensureCursorVisible();
    settle();
    const double tag = timed(window, [&] { QTest::keyClick(view, Qt::Key_3); });
    settle();
    auto *note = window->findChild<QWidget *>(u"noteEditor"_s);
    double longestKey = 0;
    double allKeys = 0;
    const QString typed = u"a quick note"_s;
    for (QChar letter : typed) {
        const double key = timed(window, [&] { QTest::keyClick(note, letter.toLatin1()); });
        longestKey = std::max(longestKey, key);
        allKeys += key;
    }
    settle();
    auto *list = window->findChild<QListView *>(u"annotationList"_s);
    list->setFocus();
    const double retag = timed(window, [&] { QTest::keyClick(list, Qt::Key_5); });
    settle();
    QAction *undo = window->findChild<QAction *>(u"undoAction"_s);
    const double undone = timed(window, [&] { undo->trigger(); });
    settle();
    print(u"  tag (key 3 on a selection)    %1 ms"_s.arg(tag, 0, 'f', 1));
    print(
        u"  note keystroke                %1 ms mean, %2 ms longest (%3 keys)"_s.arg(allKeys / typed.size(), 0, 'f', 1)
            .arg(longestKey, 0, 'f', 1)
            .arg(typed.size()));
    print(u"  retag (key 5 in the list)     %1 ms"_s.arg(retag, 0, 'f', 1));
    print(u"  undo                          %1 ms"_s.arg(undone, 0, 'f', 1));
}

// Typing a query into the find bar, one key every 40 ms, then waiting for the matches to settle.
void measureFind(Session &session)
{
    MainWindow *window = session.window.get();
    window->findChild<QAction *>(u"findAction"_s)->trigger();
    auto *field = window->findChild<QLineEdit *>(u"findField"_s);
    StallMeter meter;
    QElapsedTimer timer;
    timer.start();
    meter.start();
    const QString query = u"the tide"_s;
    if (field) {
        field->setFocus();
        for (QChar letter : query) {
            QTest::keyClick(field, letter.toLatin1());
            QTest::qWait(40);
        }
    } else {
        window->findText(query);
    }
    QTest::qWait(300);
    const qint64 stall = meter.stop();
    // The count once the search has finished (streamed results land from the event loop).
    QElapsedTimer done;
    done.start();
    int count = window->findMatchCount();
    for (int previous = -1; previous != count && done.elapsed() < 30000; QTest::qWait(200)) {
        previous = count;
        count = window->findMatchCount();
    }
    print(u"  find \"%1\": longest GUI stall %2 ms while typing, %3 matches"_s.arg(query).arg(stall).arg(count));
}

int runOpenScenario(const QString &projectPath, const ImportedDocument &document)
{
    Session session;
    if (!openSession(session, projectPath))
        return 1;
    const auto documents = session.store->documents();
    if (!documents || documents->isEmpty())
        return 1;
    const qint64 documentId = documents->first().id;
    MainWindow *window = session.window.get();
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    settle();
    PaintWatch paints;
    window->documentView()->viewport()->installEventFilter(&paints);
    QElapsedTimer timer;
    timer.start();
    window->openDocument(documentId);
    while (paints.paints == 0 && timer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 firstPaint = timer.elapsed();
    QElapsedTimer analysisWait;
    analysisWait.start();
    while (window->isAnalysing() && analysisWait.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    settle();
    const qint64 fullyPainted = timer.elapsed();
    print(u"  first paint                   %1 ms"_s.arg(firstPaint));
    print(u"  fully painted                 %1 ms (analysis done, %2 suggestions shown)"_s.arg(fullyPainted)
              .arg(window->suggestionModel()->rowCount()));
    measureEdits(session, document);
    measureFind(session);
    print(u"  peak RSS                      %1 MB"_s.arg(peakRssMb(), 0, 'f', 0));
    return 0;
}

int runStartupScenario(const QString &projectPath)
{
    QElapsedTimer timer;
    timer.start();
    Session session;
    if (!openSession(session, projectPath))
        return 1;
    // As main.cpp does: the document read last, then the window.
    if (const qint64 reopen = session.editor->documentToReopen(); reopen != 0)
        session.window->openDocument(reopen);
    session.window->show();
    if (!QTest::qWaitForWindowExposed(session.window.get()))
        return 1;
    const qint64 shown = timer.elapsed();
    settle();
    print(u"  window shown                  %1 ms"_s.arg(shown));
    print(u"  settled                       %1 ms"_s.arg(timer.elapsed()));
    print(u"  peak RSS                      %1 MB"_s.arg(peakRssMb(), 0, 'f', 0));
    return 0;
}

Result<qint64> buildOpenProject(const QString &path, int annotations, qsizetype bytes, ImportedDocument &document)
{
    QFile::remove(path);
    auto store = ProjectStore::open(path);
    if (!store)
        return std::unexpected(store.error());
    document = generatedDocument(bytes, 7, u"bench-%1"_s.arg(annotations));
    auto id = (*store)->addDocument(document);
    if (!id)
        return id;
    if (auto added = addAnnotations(**store, *id, document, annotations, 11); !added)
        return std::unexpected(added.error());
    return id;
}

Result<void> buildStartupProject(const QString &path, int documents, int total)
{
    QFile::remove(path);
    auto store = ProjectStore::open(path);
    if (!store)
        return std::unexpected(store.error());
    for (int number = 0; number < documents; ++number) {
        const ImportedDocument document = generatedDocument(6000, number, u"document-%1"_s.arg(number));
        auto id = (*store)->addDocument(document);
        if (!id)
            return std::unexpected(id.error());
        if (auto added = addAnnotations(**store, *id, document, total / documents, number); !added)
            return added;
    }
    return {};
}

// One scenario in a child process; its output goes to ours.
int runChild(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(-1);
    return child.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no preferences of the user's, none left behind
    QCommandLineParser parser;
    const QCommandLineOption annotationsOption(u"annotations"_s, u"Annotation counts, comma-separated."_s, u"N"_s,
                                               u"10000,100000"_s);
    const QCommandLineOption documentsOption(u"documents"_s, u"Documents for start-up."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption totalOption(u"total"_s, u"Annotations for start-up, in all."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption megabytesOption(u"mb"_s, u"Size of the document, MB."_s, u"N"_s, u"5"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where projects go (a temporary folder)."_s, u"FOLDER"_s);
    const QCommandLineOption scenarioOption(u"scenario"_s, u"internal"_s, u"NAME"_s);
    const QCommandLineOption reuseOption(u"reuse"_s, u"Open the projects already in --dir instead of making them."_s);
    parser.addOptions(
        {annotationsOption, documentsOption, totalOption, megabytesOption, dirOption, scenarioOption, reuseOption});
    parser.addHelpOption();
    parser.process(app);
    QSettings().clear();

    const QTemporaryDir temporary;
    const QString folder = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const qsizetype bytes = qsizetype(parser.value(megabytesOption).toDouble() * 1e6);
    const QString scenario = parser.value(scenarioOption);
    if (scenario == u"open"_s) {
        const int count = parser.value(annotationsOption).toInt();
        const QString path = QDir(folder).filePath(u"open-%1.marginalia"_s.arg(count));
        // The same generator as the parent: the text is needed for the selections, the project is on disk.
        const ImportedDocument document = generatedDocument(bytes, 7, u"bench-%1"_s.arg(count));
        return runOpenScenario(path, document);
    }
    if (scenario == u"startup"_s)
        return runStartupScenario(QDir(folder).filePath(u"startup.marginalia"_s));

    for (const QString &count : parser.value(annotationsOption).split(u',', Qt::SkipEmptyParts)) {
        ImportedDocument document;
        QElapsedTimer timer;
        timer.start();
        const QString path = QDir(folder).filePath(u"open-%1.marginalia"_s.arg(count));
        const auto id = parser.isSet(reuseOption) && QFile::exists(path)
                            ? Result<qint64>(0)
                            : buildOpenProject(path, count.toInt(), bytes, document);
        if (!id) {
            print(id.error().message);
            return 1;
        }
        print(u"%1 MB document, %2 annotations (generated in %3 ms):"_s.arg(double(bytes) / 1e6)
                  .arg(count)
                  .arg(timer.elapsed()));
        runChild({u"--scenario"_s, u"open"_s, u"--annotations"_s, count, u"--mb"_s, parser.value(megabytesOption),
                  u"--dir"_s, folder});
    }
    const int documents = parser.value(documentsOption).toInt();
    const int total = parser.value(totalOption).toInt();
    if (documents > 0) {
        QElapsedTimer timer;
        timer.start();
        const QString path = QDir(folder).filePath(u"startup.marginalia"_s);
        if (auto built = parser.isSet(reuseOption) && QFile::exists(path) ? Result<void>()
                                                                          : buildStartupProject(path, documents, total);
            !built) {
            print(built.error().message);
            return 1;
        }
        print(u"start-up, %1 documents, %2 annotations (generated in %3 ms):"_s.arg(documents).arg(total).arg(
            timer.elapsed()));
        runChild({u"--scenario"_s, u"startup"_s, u"--dir"_s, folder});
    }
    return 0;
}
