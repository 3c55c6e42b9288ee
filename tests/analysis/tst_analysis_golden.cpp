// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden-file tests: every data/*.txt is analysed and its spans compared with data/*.golden.jsonl.
// Regenerate after an intended change with tests/analysis/regenerate-goldens (review the diff!).
#include "core/analysis/Analyzer.h"
#include "core/text/Text.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace marginalia;

class TestAnalysisGolden : public QObject {
    Q_OBJECT

    static QStringList render(const QString &text)
    {
        const Analyzer analyzer;
        QStringList lines;
        for (const Span &s : analyzer.analyze(text)) {
            const QJsonObject o{{u"start"_s, s.start},
                                {u"end"_s, s.end},
                                {u"kind"_s, spanKindName(s.kind)},
                                {u"label"_s, s.label},
                                {u"text"_s, codePointMid(text, s.start, s.end)},
                                {u"source"_s, s.source}};
            lines << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        return lines;
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(MARGINALIA_TEST_DATA));
        const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void golden()
    {
        QFETCH(QString, path);
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString text = normalizeText(QString::fromUtf8(in.readAll()));
        const QStringList actual = render(text);
        const QString goldenPath = path.chopped(4) + u".golden.jsonl"_s;
        if (qEnvironmentVariableIsSet("MARGINALIA_REGENERATE_GOLDENS")) {
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write((actual.join(u'\n') + u'\n').toUtf8());
            QSKIP("golden file regenerated");
        }
        QFile g(goldenPath);
        QVERIFY2(g.open(QIODevice::ReadOnly), qPrintable(u"missing "_s + goldenPath));
        const QStringList expected = QString::fromUtf8(g.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
            const QString e = i < expected.size() ? expected[i] : u"(none)"_s;
            const QString a = i < actual.size() ? actual[i] : u"(none)"_s;
            QVERIFY2(e == a, qPrintable(u"line %1\n   expected: %2\n   actual:   %3"_s.arg(i + 1).arg(e, a)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysisGolden)
#include "tst_analysis_golden.moc"
