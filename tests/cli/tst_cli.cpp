// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// End-to-end tests of marginalia-cli as users and scripts call it.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray kArticle =
    "\xF0\x9F\x93\xB0 Council approves harbour plan\n\n"
    "The council of Port Ellery voted on Tuesday to spend \xC2\xA3"
    "86 million on a tidal plant, "
    "according to the Northern Coastal Energy Agency.\r\n\r\n"
    "\"It is a good day,\" said Mayor Tomas Albrecht. Critics, including Dr. Priya Natarajan, disagree.\n";

} // namespace

class TestCli final : public QObject {
    Q_OBJECT
private slots:
    void importTagExportRoundTrip()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 is needed to read the CSV back");
        QTemporaryDir dir;
        const QString article = dir.filePath(u"article.txt"_s);
        writeFile(article, kArticle);
        const QString project = dir.filePath(u"p.marginalia"_s);

        const CliRun text = runCli({u"text"_s, article});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(!text.out.contains('\r'));
        writeFile(dir.filePath(u"text.txt"_s), text.out);

        const CliRun imported = runCli({u"import"_s, u"--project"_s, project, article});
        QCOMPARE(imported.exitCode, 0);
        const QByteArray id = imported.out.trimmed();
        QVERIFY(!id.isEmpty());

        // "Port Ellery" starts at code point 48 of the normalized text (the emoji counts as one).
        const QString normalized = QString::fromUtf8(text.out);
        const int utf16 = int(normalized.indexOf(u"Port Ellery"_s));
        const int start = utf16 - 1; // one surrogate pair before it
        const CliRun tagged = runCli({u"tag"_s, u"--project"_s, project, u"--document"_s, QString::fromUtf8(id),
                                      u"--start"_s, QString::number(start), u"--end"_s, QString::number(start + 11),
                                      u"--tag"_s, u"Place"_s, u"--note"_s, u"=HYPERLINK(\"http://x\")"_s});
        QCOMPARE(tagged.exitCode, 0);
        const CliRun secondTag = runCli({u"tag"_s, u"--project"_s, project, u"--document"_s, QString::fromUtf8(id),
                                         u"--start"_s, u"0"_s, u"--end"_s, u"31"_s, u"--tag"_s, u"Headline"_s,
                                         u"--note"_s, u"line one\nline \"two\", with comma"_s});
        QCOMPARE(secondTag.exitCode, 0);

        const QString csvPath = dir.filePath(u"out.csv"_s);
        const CliRun exported = runCli({u"export"_s, u"--project"_s, project, u"--output"_s, csvPath});
        QCOMPARE(exported.exitCode, 0);

        // Python reads the CSV and checks each quote against the text the CLI printed.
        const QString check = uR"(import csv, json, sys
text = open(sys.argv[2], encoding='utf-8', newline='').read()
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline='')))
out = []
for r in rows:
    s, e = int(r['start']), int(r['end'])
    out.append({'ok': r['quote'] == text[s:e], 'note': r['note'], 'tag': r['tag']})
print(json.dumps(out))
)"_s;
        QProcess python;
        python.start(u"python3"_s, {u"-c"_s, check, csvPath, dir.filePath(u"text.txt"_s)});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);
        const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(rows.size(), 2);
        for (const auto &value : rows)
            QVERIFY(value.toObject().value(u"ok"_s).toBool());
        const QJsonObject place = rows.at(1).toObject();
        QCOMPARE(place.value(u"tag"_s).toString(), u"Place"_s);
        QVERIFY(place.value(u"note"_s).toString().startsWith(u"'="_s));
        QCOMPARE(rows.at(0).toObject().value(u"note"_s).toString(), u"line one\nline \"two\", with comma"_s);

        const CliRun listed = runCli({u"list"_s, u"--project"_s, project});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("\t2\n"));
    }

    void badInputLeavesProjectUnchanged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("missing") << u"missing.txt"_s << QByteArray();
        QTest::newRow("folder") << u"folder"_s << QByteArray();
        QTest::newRow("empty") << u"empty.txt"_s << QByteArray("");
        QTest::newRow("png") << u"image.txt"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
        QTest::newRow("elf") << u"program"_s
                             << QByteArray("\x7F"
                                           "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3E\0",
                                           20);
        QTest::newRow("too large") << u"huge.txt"_s << QByteArray("huge");
    }
    void badInputLeavesProjectUnchanged()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.marginalia"_s);
        const QString good = dir.filePath(u"good.txt"_s);
        writeFile(good, kArticle);
        QCOMPARE(runCli({u"import"_s, u"--project"_s, project, good}).exitCode, 0);
        const QByteArray before = runCli({u"export"_s, u"--project"_s, project}).out
                                  + runCli({u"list"_s, u"--project"_s, project}).out;

        const QString bad = dir.filePath(name);
        if (name == u"folder")
            QVERIFY(QDir(dir.path()).mkdir(name));
        else if (name == u"huge.txt") {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray line(1023, 'a');
            line.append('\n');
            for (int i = 0; i < 101 * 1024; ++i)
                file.write(line);
        } else if (!content.isNull())
            writeFile(bad, content);

        // The good file alongside the bad one must not be imported either.
        const CliRun run = runCli({u"import"_s, u"--project"_s, project, good, bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.trimmed().isEmpty(), "a message on stderr");
        QVERIFY(run.out.isEmpty());
        const QByteArray after = runCli({u"export"_s, u"--project"_s, project}).out
                                 + runCli({u"list"_s, u"--project"_s, project}).out;
        QCOMPARE(after, before);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no command") << QStringList() << 2;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2;
        QTest::newRow("unknown option") << QStringList{u"list"_s, u"--nope"_s} << 2;
        QTest::newRow("import without files") << QStringList{u"import"_s, u"--project"_s, u"/tmp/x.marginalia"_s} << 2;
        QTest::newRow("tag without numbers")
            << QStringList{u"tag"_s, u"--project"_s, u"p"_s, u"--document"_s, u"x"_s} << 2;
        QTest::newRow("missing project") << QStringList{u"list"_s, u"--project"_s, u"/nonexistent/p.marginalia"_s} << 1;
        QTest::newRow("help") << QStringList{u"export"_s, u"--help"_s} << 0;
        QTest::newRow("text --help") << QStringList{u"text"_s, u"--help"_s} << 0;
        QTest::newRow("info -h") << QStringList{u"info"_s, u"-h"_s} << 0;
        QTest::newRow("blocks --help") << QStringList{u"blocks"_s, u"--help"_s} << 0;
        QTest::newRow("analyze --help") << QStringList{u"analyze"_s, u"--help"_s} << 0;
        QTest::newRow("info missing value") << QStringList{u"info"_s, u"x.txt"_s, u"--field"_s} << 2;
        // Every optional --document is read the same way: a positive number or a usage error.
        for (const QString &command : {u"export"_s, u"memo"_s, u"orphans"_s, u"agreement"_s}) {
            for (const QString &value : {u"x"_s, u"0"_s, u"-3"_s})
                QTest::addRow("%s --document %s", qPrintable(command), qPrintable(value))
                    << QStringList{command, u"--project"_s, u"/nonexistent/p.marginalia"_s, u"--document"_s, value}
                    << 2;
        }
        QTest::newRow("import-annotations --document x")
            << QStringList{u"import-annotations"_s, u"--project"_s, u"/nonexistent/p.marginalia"_s,
                           u"--document"_s,         u"x"_s,         u"a.jsonl"_s}
            << 2;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QCOMPARE(runCli(args).exitCode, exitCode);
    }

    void exportNeverOverwritesAProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.marginalia"_s);
        const QString other = dir.filePath(u"other.marginalia"_s);
        const QString good = dir.filePath(u"good.txt"_s);
        writeFile(good, kArticle);
        QCOMPARE(runCli({u"import"_s, u"--project"_s, project, good}).exitCode, 0);
        QCOMPARE(runCli({u"import"_s, u"--project"_s, other, good}).exitCode, 0);
        const QByteArray listed = runCli({u"list"_s, u"--project"_s, project}).out;
        for (const QString &target : {project, other}) {
            const CliRun run = runCli({u"export"_s, u"--project"_s, project, u"--output"_s, target});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("must go to another file"), run.err.constData());
        }
        QCOMPARE(runCli({u"list"_s, u"--project"_s, project}).out, listed);
        QCOMPARE(runCli({u"list"_s, u"--project"_s, other}).exitCode, 0);
        // An ordinary file is still replaced.
        const QString csv = dir.filePath(u"out.csv"_s);
        writeFile(csv, "old");
        QCOMPARE(runCli({u"export"_s, u"--project"_s, project, u"--output"_s, csv}).exitCode, 0);
    }

    void tagOutsideTheDocumentFails()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.marginalia"_s);
        const QString good = dir.filePath(u"good.txt"_s);
        writeFile(good, kArticle);
        const QByteArray id = runCli({u"import"_s, u"--project"_s, project, good}).out.trimmed();
        const CliRun run = runCli({u"tag"_s, u"--project"_s, project, u"--document"_s, QString::fromUtf8(id),
                                   u"--start"_s, u"5"_s, u"--end"_s, u"99999"_s, u"--tag"_s, u"Claim"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("outside"));
        // Offsets past 32 bits are refused, not wrapped round to the start of the document.
        const CliRun wrapped = runCli({u"tag"_s, u"--project"_s, project, u"--document"_s, QString::fromUtf8(id),
                                       u"--start"_s, u"4294967296"_s, u"--end"_s, u"4294967301"_s, u"--tag"_s,
                                       u"Claim"_s});
        QCOMPARE(wrapped.exitCode, 1);
        QVERIFY(wrapped.err.contains("outside"));
        QCOMPARE(runCli({u"export"_s, u"--project"_s, project, u"--no-bom"_s}).out.count('\n'), 1); // the header only
    }

    void tagPathUsesTheExistingTag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("path");  // the tag path the export shows
        QTest::addColumn<int>("created");   // tags the second command adds to the codebook
        QTest::newRow("existing path") << u"Place/Harbour"_s << u"Place/Harbour"_s << 0;
        QTest::newRow("other case") << u"place/harbour"_s << u"Place/Harbour"_s << 0;
        QTest::newRow("bare child name") << u"Harbour"_s << u"Place/Harbour"_s << 0;
        QTest::newRow("new child") << u"Place/Quay"_s << u"Place/Quay"_s << 1;
        QTest::newRow("new path") << u"Actor/Council"_s << u"Actor/Council"_s << 2;
    }
    // Before, `tag --tag Parent/Child` made a flat tag literally named "Parent/Child" beside the existing child.
    void tagPathUsesTheExistingTag()
    {
        QFETCH(QString, tag);
        QFETCH(QString, path);
        QFETCH(int, created);
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.marginalia"_s);
        const QString article = dir.filePath(u"a.txt"_s);
        writeFile(article, kArticle);
        const QString id = QString::fromUtf8(runCli({u"import"_s, u"--project"_s, project, article}).out.trimmed());
        const auto tagAs = [&](const QString &name) {
            return runCli({u"tag"_s, u"--project"_s, project, u"--document"_s, id, u"--start"_s, u"2"_s, u"--end"_s,
                           u"9"_s, u"--tag"_s, name});
        };
        const auto codebookSize = [&] {
            return runCli({u"export"_s, u"--project"_s, project, u"--format"_s, u"codebook"_s, u"--no-bom"_s})
                .out.count('\n');
        };
        QCOMPARE(tagAs(u"Place/Harbour"_s).exitCode, 0);
        const auto before = codebookSize();
        QCOMPARE(tagAs(tag).exitCode, 0);
        QCOMPARE(codebookSize() - before, created);
        const CliRun csv = runCli({u"export"_s, u"--project"_s, project, u"--no-bom"_s});
        QCOMPARE(csv.out.count(QByteArray(",\"" + path.toUtf8() + "\",")), path == u"Place/Harbour"_s ? 2 : 1);
    }

    void importOfTheSameTextAgainSaysSo()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.marginalia"_s);
        const QString article = dir.filePath(u"a.txt"_s);
        const QString copy = dir.filePath(u"copy of a.txt"_s);
        writeFile(article, kArticle);
        writeFile(copy, kArticle);
        QCOMPARE(runCli({u"import"_s, u"--project"_s, project, article}).out.trimmed(), QByteArray("1"));
        const CliRun again = runCli({u"import"_s, u"--project"_s, project, copy});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.trimmed().isEmpty());
        QVERIFY2(again.err.contains("already in the project as document 1"), again.err.constData());
        QCOMPARE(runCli({u"list"_s, u"--project"_s, project}).out.count('\n'), 1);
        const CliRun forced = runCli({u"import"_s, u"--project"_s, project, u"--again"_s, copy});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(forced.out.trimmed(), QByteArray("2"));
        QCOMPARE(runCli({u"list"_s, u"--project"_s, project}).out.count('\n'), 2);
    }

    // An import over its time limit fails with a message naming the limit and the way out, and the project
    // keeps what it had. A tiny limit on a few megabytes stands in for a page made to slow the reader down.
    void importOverTheTimeLimitStoresNothing()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(u"big.txt"_s);
        writeFile(big, QByteArray("A paragraph of the long report, with a few words in it.\n\n").repeated(100000));
        const QString article = dir.filePath(u"a.txt"_s);
        writeFile(article, kArticle);
        const QString project = dir.filePath(u"p.marginalia"_s);
        QCOMPARE(runCli({u"import"_s, u"--project"_s, project, article}).exitCode, 0);
        const QByteArray before = fileBytes(project);
        const CliRun slow = runCli({u"import"_s, u"--project"_s, project, u"--import-timeout"_s, u"0.001"_s, big});
        QCOMPARE(slow.exitCode, 1);
        QVERIFY2(slow.err.contains("big.txt took longer than 0.001 s to import"), slow.err.constData());
        QVERIFY2(slow.err.contains("--import-timeout"), slow.err.constData());
        QCOMPARE(fileBytes(project), before);
        QCOMPARE(runCli({u"list"_s, u"--project"_s, project}).out.count('\n'), 1);
        // The same file with the default limit imports, and a bad value is a usage error.
        QCOMPARE(runCli({u"import"_s, u"--project"_s, project, big}).exitCode, 0);
        QCOMPARE(runCli({u"import"_s, u"--project"_s, project, u"--import-timeout"_s, u"soon"_s, article}).exitCode, 2);
    }

    void formulaGuardOption_data()
    {
        QTest::addColumn<QString>("guard");
        QTest::addColumn<QByteArray>("quote");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("default") << QString() << QByteArray("\"-5 degrees\"") << 0;
        QTest::newRow("all") << u"all"_s << QByteArray("\"'-5 degrees\"") << 0;
        QTest::newRow("off") << u"off"_s << QByteArray("\"-5 degrees\"") << 0;
        QTest::newRow("unknown") << u"some"_s << QByteArray() << 2;
    }
    // Before, a quote "-5 degrees" was exported as "'-5 degrees" and no longer matched the document.
    void formulaGuardOption()
    {
        QFETCH(QString, guard);
        QFETCH(QByteArray, quote);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.marginalia"_s);
        const QString article = dir.filePath(u"a.txt"_s);
        writeFile(article, "-5 degrees at dawn, said the harbour master.\n");
        const QString id = QString::fromUtf8(runCli({u"import"_s, u"--project"_s, project, article}).out.trimmed());
        QCOMPARE(runCli({u"tag"_s, u"--project"_s, project, u"--document"_s, id, u"--start"_s, u"0"_s, u"--end"_s,
                         u"10"_s, u"--tag"_s, u"Figure"_s, u"--note"_s, u"=1+1"_s})
                     .exitCode,
                 0);
        QStringList args = {u"export"_s, u"--project"_s, project, u"--no-bom"_s};
        if (!guard.isEmpty())
            args << u"--formula-guard"_s << guard;
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0)
            return;
        QVERIFY2(run.out.contains(QByteArray("," + quote + ",")), run.out.constData());
        QVERIFY(run.out.contains(guard == u"off"_s ? ",\"=1+1\"," : ",\"'=1+1\","));
    }

    // Four processes creating one new project at once, twenty times: every one succeeds (before: 31 of 80
    // failed, the schema version being read outside the migrating transaction).
    void concurrentCreationOfOneProject()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.txt"_s);
        writeFile(good, kArticle);
        int failures = 0;
        QByteArray errors;
        for (int round = 0; round < 20; ++round) {
            const QString project = dir.filePath(u"p%1.marginalia"_s.arg(round));
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int worker = 0; worker < 4; ++worker) {
                processes.push_back(std::make_unique<QProcess>());
                // --again: all four import the same text, and all four copies must land.
                processes.back()->start(QStringLiteral(MARGINALIA_CLI),
                                        {u"import"_s, u"--project"_s, project, u"--again"_s, good});
            }
            for (auto &process : processes) {
                if (!process->waitForFinished(120000) || process->exitCode() != 0) {
                    ++failures;
                    errors += process->readAllStandardError();
                }
            }
            QCOMPARE(runCli({u"list"_s, u"--project"_s, project}).out.count('\n'), 4);
        }
        QVERIFY2(failures == 0, errors.constData());
    }

    // A command that only reads never turns a file into a project (before: `list` made a 0-byte file one).
    void readingCommandsCreateNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list") << QStringList{u"list"_s};
        QTest::newRow("export") << QStringList{u"export"_s};
        QTest::newRow("search") << QStringList{u"search"_s, u"harbour"_s};
        QTest::newRow("memo") << QStringList{u"memo"_s};
    }

    void readingCommandsCreateNothing()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty.marginalia"_s);
        writeFile(empty, {});
        const QString missing = dir.filePath(u"missing.marginalia"_s);
        for (const QString &project : {empty, missing}) {
            const CliRun run = runCli(QStringList{args.first(), u"--project"_s, project} + args.mid(1));
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(!run.err.isEmpty(), run.out.constData());
        }
        QCOMPARE(QFileInfo(empty).size(), 0);
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"empty.marginalia"_s});
    }

    void checkSaysWhatItFound()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.marginalia"_s);
        const QString good = dir.filePath(u"good.txt"_s);
        writeFile(good, kArticle);
        QCOMPARE(runCli({u"import"_s, u"--project"_s, project, good}).exitCode, 0);
        const CliRun sound = runCli({u"check"_s, u"--project"_s, project});
        QCOMPARE(sound.exitCode, 0);
        QVERIFY2(sound.out.contains(": ok"), sound.out.constData());
        // The root page of `blocks` gets an impossible header: the check must name the damage, exit 1 and
        // leave the file as it was.
        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        const int pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
        QVERIFY(file.seek(qint64(pageSize) * 3)); // page 4: the schema's fourth table
        file.write(QByteArray(1, char(13)) + QByteArray(20, char(0xff)));
        file.close();
        const QByteArray before = fileBytes(project);
        const CliRun broken = runCli({u"check"_s, u"--project"_s, project});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.contains("damaged"), broken.out.constData());
        const CliRun listed = runCli({u"list"_s, u"--project"_s, project});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.contains("is damaged"), listed.err.constData());
        QCOMPARE(runCli({u"tag"_s, u"--project"_s, project, u"--document"_s, u"1"_s, u"--start"_s, u"0"_s, u"--end"_s,
                         u"3"_s, u"--tag"_s, u"X"_s})
                     .exitCode,
                 1);
        QCOMPARE(fileBytes(project), before);
        QCOMPARE(runCli({u"check"_s, u"--project"_s, dir.filePath(u"missing.marginalia"_s)}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
