// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// marginalia-cli reimport and orphans, run as a user runs them.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1; // -1: did not finish
    QString out;       // stderr goes to the test's own
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(MARGINALIA_CLI), args);
    const bool finished = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    return {finished ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput())};
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

} // namespace

class TestCliReimport final : public QObject {
    Q_OBJECT
private slots:
    void reimportListsOrphans()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.marginalia"_s);
        const QString oldFile = dir.filePath(u"report.txt"_s);
        const QString newFile = dir.filePath(u"report-v2.txt"_s);
        QVERIFY(writeFile(oldFile, u"The council met on Tuesday.\n\nCritics were not convinced by the promise.\n\n"
                                   u"The mayor said \"we will not raise taxes\" and left.\n"_s));
        QVERIFY(writeFile(newFile, u"The council met on Tuesday.\n\n"
                                   u"The mayor said \u201Cwe will not raise taxes\u201D and left.\n"_s));
        Run run = cli({u"import"_s, u"--project"_s, project, oldFile});
        QCOMPARE(run.exitCode, 0);
        const QString id = run.out.trimmed();
        // "Critics were not convinced" starts at 29; "we will not raise taxes" at 89 with its quotes.
        QCOMPARE(cli({u"tag"_s, u"--project"_s, project, u"--document"_s, id, u"--start"_s, u"29"_s, u"--end"_s,
                      u"55"_s, u"--tag"_s, u"Doubt"_s, u"--note"_s, u"gone later"_s})
                     .exitCode,
                 0);
        QCOMPARE(cli({u"tag"_s, u"--project"_s, project, u"--document"_s, id, u"--start"_s, u"4"_s, u"--end"_s, u"11"_s,
                      u"--tag"_s, u"Actor"_s})
                     .exitCode,
                 0);

        run = cli({u"reimport"_s, u"--project"_s, project, u"--document"_s, id, newFile});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"2 annotations: 0 exact, 1 moved, 0 fuzzy, 1 orphaned"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Critics were not convinced\tgone later"_s), qPrintable(run.out));

        run = cli({u"orphans"_s, u"--project"_s, project});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), u"id\tdocument\ttag\tquote\tnote"_s);
        QVERIFY(lines.at(1).endsWith(u"\tDoubt\tCritics were not convinced\tgone later"_s));

        // The text is the new one.
        run = cli({u"export"_s, u"--project"_s, project, u"--no-bom"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"orphaned"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no document") << QStringList{u"reimport"_s, u"--project"_s, u"P"_s, u"f.txt"_s} << 2;
        QTest::newRow("no file") << QStringList{u"reimport"_s, u"--project"_s, u"P"_s, u"--document"_s, u"1"_s} << 2;
        QTest::newRow("missing file") << QStringList{u"reimport"_s,   u"--project"_s, u"P"_s,
                                                     u"--document"_s, u"1"_s,         u"/nonexistent/f.txt"_s}
                                      << 1;
        QTest::newRow("orphans: bad id") << QStringList{u"orphans"_s, u"--project"_s, u"P"_s, u"--document"_s, u"x"_s}
                                         << 2;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QCOMPARE(cli(args).exitCode, exitCode);
    }
};

QTEST_GUILESS_MAIN(TestCliReimport)
#include "tst_cli_reimport.moc"
