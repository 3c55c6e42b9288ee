// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A project open in the window keeps SQLite's locks while file dialogs show its folder and while the user
// picks one of its own files to import or export. POSIX locks belong to a process and a file: one open()
// and close() of the project anywhere in this process (a MIME sniff, a header read) drops them, and a CLI
// run then checkpoints and deletes the journal under the window. The locks are looked at from a child
// process (a process never conflicts with its own locks), and the CLI is run against the open project.
#include "CliRunner.h"
#include "TestDocuments.h"

#include "core/analysis/Analyzer.h"
#include "core/edit/ProjectEditor.h"
#include "core/exchange/AnnotationImport.h"
#include "core/export/Exporters.h"
#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"
#include "gui/dialogs/SafeFileDialog.h"
#include "gui/window/MainWindow.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

// SQLite's unix locks: a connection's SHARED lock on the database (510 bytes after the pending and reserved
// bytes), held as long as a WAL connection is open, and its "still in use" byte in the -shm file.
constexpr off_t kSharedFirst = 0x40000002;
constexpr off_t kSharedSize = 510;
constexpr off_t kShmInUseByte = 128;

// The process whose lock stops a write lock on [start, start + length) of `path` (0: none, -1: failed).
pid_t lockHolder(const QString &path, off_t start, off_t length)
{
    int channel[2];
    if (pipe(channel) != 0)
        return -1;
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = fork();
    if (child == 0) { // only async-signal-safe calls here
        struct flock probe{};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        probe.l_start = start;
        probe.l_len = length;
        const int descriptor = open(name.constData(), O_RDONLY);
        pid_t holder = -1;
        if (descriptor >= 0 && fcntl(descriptor, F_GETLK, &probe) == 0)
            holder = probe.l_type == F_UNLCK ? 0 : probe.l_pid;
        if (write(channel[1], &holder, sizeof holder) != sizeof holder)
            _exit(1);
        _exit(0);
    }
    close(channel[1]);
    pid_t holder = -1;
    if (child < 0 || read(channel[0], &holder, sizeof holder) != sizeof holder)
        holder = -1;
    close(channel[0]);
    if (child > 0)
        waitpid(child, nullptr, 0);
    return holder;
}

// Both of SQLite's lasting locks on the project are this process's.
bool holdsProjectLocks(const QString &project)
{
    return lockHolder(project, kSharedFirst, kSharedSize) == getpid()
           && lockHolder(project + u"-shm"_s, kShmInUseByte, 1) == getpid();
}

// Shows the dialog until its folder is listed and every row's icon and type were asked for, as painting
// the list and the detail view does. False if the folder never showed.
bool showUntilListed(QFileDialog *dialog)
{
    auto *model = dialog->findChild<QFileSystemModel *>();
    if (!model)
        return false;
    dialog->setViewMode(QFileDialog::Detail);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        return false;
    const QModelIndex root = model->index(dialog->directory().absolutePath());
    if (!QTest::qWaitFor([&] { return model->rowCount(root) > 0; }, 10000))
        return false;
    for (int row = 0; row < model->rowCount(root); ++row) {
        model->data(model->index(row, 0, root), Qt::DecorationRole);
        model->data(model->index(row, 2, root), Qt::DisplayRole); // the type column
    }
    QTest::qWait(300); // the model's second round of icons and types
    return true;
}

int annotationCountByCli(const QString &project)
{
    const CliRun run = runCli({u"list"_s, u"--project"_s, project});
    if (run.exitCode != 0)
        return -1;
    const QList<QByteArray> fields = run.out.trimmed().split('\t');
    return fields.size() >= 4 ? fields.at(3).toInt() : -1;
}

} // namespace

class TestFileDialogSafety final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KSyntaxHighlighting::Repository m_repository;
    Analyzer m_analyzer;

    // A project with the sample in a folder of its own, beside files a dialog would sniff, with its journal.
    std::optional<test::SampleProject> makeProject(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        if (!QDir().mkpath(folder + u"/sub"_s))
            return std::nullopt;
        for (const QString &other : {u"notes.txt"_s, u"data"_s, u"report.odd"_s}) {
            QFile file(folder + u'/' + other);
            if (!file.open(QIODevice::WriteOnly) || file.write("SQLite format 3") < 0)
                return std::nullopt;
        }
        auto project = test::openSampleProject(folder + u"/project.marginalia"_s);
        if (!project)
            return std::nullopt;
        return std::move(*project);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    // The probe itself: a QFile opened and closed on the project drops the locks, and the probe sees it.
    void probeSeesALostLock()
    {
        auto project = makeProject(u"probe"_s);
        QVERIFY(project);
        const QString path = project->store->path();
        QVERIFY(holdsProjectLocks(path));
        {
            QFile reader(path);
            QVERIFY(reader.open(QIODevice::ReadOnly));
            reader.read(16);
        }
        QCOMPARE(lockHolder(path, kSharedFirst, kSharedSize), 0);
    }

    void dialogsKeepTheLocks_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("save");
        QTest::newRow("open project") << u"Marginalia projects (*.marginalia)"_s << false;
        QTest::newRow("open any file") << u"All files (*)"_s << false;
        QTest::newRow("save export") << u"CSV (*.csv);;All files (*)"_s << true;
    }

    void dialogsKeepTheLocks()
    {
        QFETCH(QString, filter);
        QFETCH(bool, save);
        auto project = makeProject(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(project);
        const QString path = project->store->path();
        QVERIFY(holdsProjectLocks(path));
        std::unique_ptr<QFileDialog> dialog(
            SafeFileDialog::create(nullptr, u"Choose"_s, QFileInfo(path).absolutePath(), filter));
        if (save)
            dialog->setAcceptMode(QFileDialog::AcceptSave);
        QVERIFY(showUntilListed(dialog.get()));
        QVERIFY2(holdsProjectLocks(path), "showing the folder opened the project");
        if (const QString shots = qEnvironmentVariable("MARGINALIA_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(shots + u"/file-dialog-"_s
                                + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".png"_s);

        // Another process writes and closes: it must not believe it is the project's last user.
        const CliRun tag = runCli({u"tag"_s, u"--project"_s, path, u"--document"_s,
                                   QString::number(project->documentId), u"--start"_s, u"0"_s, u"--end"_s, u"5"_s,
                                   u"--tag"_s, u"Seen"_s});
        QVERIFY2(tag.exitCode == 0, tag.err.constData());
        QVERIFY2(QFile::exists(path + u"-wal"_s), "the CLI checkpointed and removed the journal under us");
        auto annotations = project->store->annotations(project->documentId);
        VERIFY_RESULT(annotations);
        QCOMPARE(annotations->size(), 1);
        dialog.reset();
        project->store.reset();
        QCOMPARE(runCli({u"check"_s, u"--project"_s, path}).exitCode, 0);
    }

    // The save dialogs are given a proposed path: they open in its folder with its name filled in.
    void saveDialogProposesTheName()
    {
        const QString folder = m_dir.filePath(u"proposed"_s);
        QVERIFY(QDir().mkpath(folder));
        std::unique_ptr<QFileDialog> dialog(
            SafeFileDialog::create(nullptr, u"Export"_s, folder + u"/My project.csv"_s, u"CSV (*.csv)"_s));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        QCOMPARE(dialog->directory().absolutePath(), QDir(folder).absolutePath());
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(name);
        QCOMPARE(name->text(), u"My project.csv"_s);
        QVERIFY(dialog->testOption(QFileDialog::DontUseNativeDialog));
    }

    // A user who picks the open project (or its journal) to import or to export into gets a message, and
    // the file is neither read nor written.
    void openProjectFilesAreRefused_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("project") << QString();
        QTest::newRow("journal") << u"-wal"_s;
        QTest::newRow("shared memory") << u"-shm"_s;
        QTest::newRow("link to the project") << u"link"_s;
    }

    void openProjectFilesAreRefused()
    {
        QFETCH(QString, suffix);
        auto project = makeProject(u"refused-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(project);
        const QString path = project->store->path();
        QString chosen = path + suffix;
        if (suffix == u"link") {
            chosen = QFileInfo(path).absolutePath() + u"/shortcut.marginalia"_s;
            QVERIFY(QFile::link(path, chosen));
        }
        const QByteArray before = QFile::exists(chosen) ? QByteArray("exists") : QByteArray();
        const auto imported = importFile(chosen);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(u"open"_s), qPrintable(imported.error().message));
        QVERIFY(!importAnnotationFile(*project->store, chosen, {}));
        QVERIFY(!exportProjectToFile(*project->store, ExportFormat::Csv, {}, chosen));
        QVERIFY(ProjectStore::isDatabaseFile(path));
        QVERIFY2(holdsProjectLocks(path), "a refusal opened the file");
        auto annotations = project->store->annotations(project->documentId);
        VERIFY_RESULT(annotations);
        QVERIFY(annotations->isEmpty());
        QCOMPARE(QFile::exists(chosen) ? QByteArray("exists") : QByteArray(), before);
    }

    // File ▸ Import ▸ Annotations… through its dialog, then Undo: another process sees each state at once,
    // with the window still open.
    void importAndUndoAreSeenByAnotherProcess()
    {
        auto project = makeProject(u"exchange"_s);
        QVERIFY(project);
        const QString path = project->store->path();
        const QString incoming = QFileInfo(path).absolutePath() + u"/incoming.jsonl"_s;
        {
            QFile file(incoming);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("{\"document_id\": %1, \"start\": 0, \"end\": 5, \"tag\": \"Imported\"}\n")
                           .arg(project->documentId)
                           .toUtf8());
        }
        ProjectEditor editor(*project->store);
        MainWindow window(editor, m_analyzer, m_repository);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *importAction = window.findChild<QAction *>(u"importAnnotationsAction"_s);
        QVERIFY(importAction);
        QSettings().setValue(u"import/annotationFolder"_s, QFileInfo(path).absolutePath());
        bool listed = false;
        bool locked = false;
        QTimer::singleShot(0, this, [&] {
            // Whatever happens here the dialog closes, so that a failure cannot leave the test waiting.
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            listed = showUntilListed(dialog);
            locked = holdsProjectLocks(path);
            if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)) // typed, as a user would
                name->setText(QFileInfo(incoming).fileName());
            static_cast<QDialog *>(dialog)->accept(); // as the Open button does
            if (dialog->isVisible())
                dialog->reject();
        });
        importAction->trigger();
        QVERIFY(listed);
        const bool chosen = locked;
        QVERIFY2(chosen, "the import dialog opened the project");
        QCOMPARE(annotationCountByCli(path), 1);
        editor.undoStack()->undo();
        QCOMPARE(annotationCountByCli(path), 0);
        editor.undoStack()->redo();
        QCOMPARE(annotationCountByCli(path), 1);
        QVERIFY(holdsProjectLocks(path));
    }
};

QTEST_MAIN(TestFileDialogSafety)
#include "tst_filedialogsafety.moc"
