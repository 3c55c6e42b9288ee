// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// marginalia-cli agreement on a project built as a user builds it: `import` a text, `import-annotations` a
// JSON Lines file in which each annotation names its coder (author), then the report in each format.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCliAgreement : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void textReportShowsEveryTag();
    void csvAndJson();
    void filtersAndErrors_data();
    void filtersAndErrors();

private:
    QString m_project;
    QTemporaryDir m_dir;
};

void TestCliAgreement::initTestCase()
{
    // Four paragraphs of 20 characters between blank lines: they start at 0, 22, 44 and 66.
    const QString text = m_dir.filePath(QStringLiteral("article.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("The first paragraph.\n\nThe second one here.\n\nA third one follows.\n\nAnd this is the end.\n");
    file.close();
    m_project = m_dir.filePath(QStringLiteral("coded.marginalia"));
    const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--project"), m_project, text});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QByteArray id = imported.out.trimmed();
    // ann and bob agree on paragraph 1 (Claim), differ on paragraph 2 (Claim vs Source); bob alone codes 3.
    const QString lines = m_dir.filePath(QStringLiteral("coders.jsonl"));
    QFile jsonl(lines);
    QVERIFY(jsonl.open(QIODevice::WriteOnly));
    const QList<QByteArray> rows = {
        R"({"document_id": ID, "start": 4, "end": 19, "tag": "Claim", "author": "ann"})",
        R"({"document_id": ID, "start": 4, "end": 19, "tag": "Claim", "author": "bob"})",
        R"({"document_id": ID, "start": 26, "end": 32, "tag": "Claim", "author": "ann"})",
        R"({"document_id": ID, "start": 26, "end": 32, "tag": "Source", "author": "bob"})",
        R"({"document_id": ID, "start": 44, "end": 50, "tag": "Claim", "author": "bob"})",
    };
    for (QByteArray row : rows)
        jsonl.write(row.replace("ID", id) + '\n');
    jsonl.close();
    const CliRun annotated = runCli(
        {QStringLiteral("import-annotations"), QStringLiteral("--project"), m_project, lines});
    QVERIFY2(annotated.exitCode == 0, annotated.err.constData());
}

void TestCliAgreement::textReportShowsEveryTag()
{
    const CliRun run = runCli({QStringLiteral("agreement"), QStringLiteral("--project"), m_project});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("Coders: ann, bob")) && out.contains(QStringLiteral("paragraph units: 4"))
                 && out.contains(QStringLiteral("Cohen's kappa")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\nClaim ")) && out.contains(QStringLiteral("\nSource "))
                 && out.contains(QStringLiteral("rows ann, columns bob")),
             qPrintable(out));
}

void TestCliAgreement::csvAndJson()
{
    const CliRun csv = runCli({QStringLiteral("agreement"), QStringLiteral("--project"), m_project,
                               QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    // Claim on paragraphs: ann 1 and 2, bob 1 and 3, of 4 units: po = .5, pe = .5, kappa 0.
    QVERIFY2(csv.out.startsWith("tag,alpha_u,kappa,paragraphs,\"paragraphs_ann\",\"paragraphs_bob\"")
                 && csv.out.contains("\"Claim\",") && csv.out.contains(",0.0000,3,2,2,"),
             csv.out.constData());
    const CliRun confusion = runCli({QStringLiteral("agreement"), QStringLiteral("--project"), m_project,
                                     QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--table"),
                                     QStringLiteral("confusion")});
    QVERIFY2(confusion.out.startsWith("\"ann \\ bob\",\"Claim\",\"Source\",\"(none)\"\r\n\"Claim\",1,1,0\r\n"),
             confusion.out.constData());
    const CliRun json = runCli({QStringLiteral("agreement"), QStringLiteral("--project"), m_project,
                                QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report.value(QStringLiteral("paragraph_units")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("tags")).toArray().size(), 2);
    // Source: only bob used it, so ann's "never" and bob's one paragraph: kappa 0, alpha below zero.
    const QJsonObject source = report.value(QStringLiteral("tags")).toArray().at(1).toObject();
    QCOMPARE(source.value(QStringLiteral("tag")).toString(), QStringLiteral("Source"));
    QVERIFY(source.value(QStringLiteral("alpha_u")).toDouble() < 0);
}

void TestCliAgreement::filtersAndErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in stdout when 0, else in stderr
    QTest::newRow("one tag") << QStringList{QStringLiteral("--tags"), QStringLiteral("source")} << 0
                             << QStringLiteral("\nSource ");
    QTest::newRow("one coder") << QStringList{QStringLiteral("--coders"), QStringLiteral("ann")} << 2
                               << QStringLiteral("at least two coders");
    QTest::newRow("unknown coder") << QStringList{QStringLiteral("--coders"), QStringLiteral("ann,zoe")} << 1
                                   << QStringLiteral("the coders are: ann, bob");
    QTest::newRow("unknown tag") << QStringList{QStringLiteral("--tags"), QStringLiteral("Nope")} << 1
                                 << QStringLiteral("no tag “Nope”");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << 2
                                << QStringLiteral("unknown --format");
    QTest::newRow("no such document") << QStringList{QStringLiteral("--document"), QStringLiteral("99")} << 1
                                      << QStringLiteral("99");
}

void TestCliAgreement::filtersAndErrors()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const CliRun run = runCli(QStringList{QStringLiteral("agreement"), QStringLiteral("--project"), m_project}
                              + options);
    QCOMPARE(run.exitCode, exitCode);
    const QString shown = QString::fromUtf8(exitCode == 0 ? run.out : run.err);
    QVERIFY2(shown.contains(expected), qPrintable(shown));
}

QTEST_GUILESS_MAIN(TestCliAgreement)
#include "tst_cli_agreement.moc"
