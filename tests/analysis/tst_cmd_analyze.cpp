// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The `analyze` CLI command (app/cli/cmd_analyze.cpp), run in-process with stdout captured.
#include "cmd_analyze.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestCmdAnalyze : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs the command with stdout redirected to a file; returns (exit code, output).
    std::pair<int, QString> run(const QStringList &args)
    {
        const QString outPath = m_dir.filePath(u"out.txt"_s);
        std::fflush(stdout);
        const int saved = dup(fileno(stdout));
        if (!std::freopen(QFile::encodeName(outPath).constData(), "w", stdout))
            return {-1, {}};
        const int code = runAnalyze(args);
        std::fflush(stdout);
        dup2(saved, fileno(stdout));
        close(saved);
        QFile f(outPath);
        if (!f.open(QIODevice::ReadOnly))
            return {-1, {}};
        return {code, QString::fromUtf8(f.readAll())};
    }

    QString writeInput(const QString &text)
    {
        const QString path = m_dir.filePath(u"in.txt"_s);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
        return path;
    }

private Q_SLOTS:
    void usageErrors()
    {
        QCOMPARE(run({}).first, 2);
        QCOMPARE(run({u"--format"_s, u"xml"_s, writeInput(u"x"_s)}).first, 2);
        QCOMPARE(run({u"--bogus"_s, writeInput(u"x"_s)}).first, 2);
    }

    void missingInput() { QCOMPARE(run({m_dir.filePath(u"does-not-exist.txt"_s)}).first, 1); }

    void jsonlTextMatchesCodePoints()
    {
        const QString text = u"🎉 “Costs rose 12%,” said Dr. Amara Osei of the Ministry of Health on Monday.\n"_s;
        const auto [code, out] = run({u"--format"_s, u"jsonl"_s, writeInput(text)});
        QCOMPARE(code, 0);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 4);
        const QList<uint> cps = text.toUcs4();
        bool person = false;
        for (const QString &line : lines) {
            QJsonParseError err{};
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &err).object();
            QCOMPARE(err.error, QJsonParseError::NoError);
            const int start = o.value(u"start"_s).toInt(), end = o.value(u"end"_s).toInt();
            const QList<uint> slice = cps.mid(start, end - start);
            QCOMPARE(o.value(u"text"_s).toString(),
                     QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size()));
            QVERIFY(o.contains(u"confidence"_s) && o.contains(u"rule"_s) && o.contains(u"source"_s));
            if (o.value(u"label"_s).toString() == u"PERSON"_s) {
                person = true;
                QCOMPARE(o.value(u"text"_s).toString(), u"Amara Osei"_s);
            }
        }
        QVERIFY(person);
    }

    void csvQuoting()
    {
        const QString text = u"\"Prices, wages and rents all rose,\" said Maria Lopez of the Central Bank.\n"_s;
        const auto [code, out] = run({u"--format"_s, u"csv"_s, writeInput(text)});
        QCOMPARE(code, 0);
        QVERIFY(out.startsWith(u"start,end,kind,label,text,confidence,source,rule\r\n"_s));
        // the quotation contains commas and quotes: quoted, inner quotes doubled
        QVERIFY2(out.contains(u",\"\"\"Prices, wages and rents all rose,\"\"\","_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCmdAnalyze)
#include "tst_cmd_analyze.moc"
