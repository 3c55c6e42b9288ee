// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rule table (core/analysis/RuleInfo.h): one entry per rule the analyser emits, with a confidence and a
// description, and the spans' confidence taken from it.
#include "core/analysis/Analyzer.h"
#include "core/analysis/RuleInfo.h"
#include "core/text/Text.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace marginalia;

class TestRuleInfo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tableIsComplete()
    {
        QSet<QString> names;
        for (const RuleInfo &info : allRules()) {
            QVERIFY2(!info.name.isEmpty(), "a rule without a name");
            QVERIFY2(!names.contains(info.name), qPrintable(u"rule listed twice: "_s + info.name));
            names.insert(info.name);
            QVERIFY2(!info.description.isEmpty(), qPrintable(u"no description: "_s + info.name));
            QVERIFY2(info.confidence == kInheritedConfidence || (info.confidence > 0.0 && info.confidence <= 1.0),
                     qPrintable(u"confidence out of range: "_s + info.name));
            QCOMPARE(ruleInfo(info.name), &info);
        }
        QCOMPARE(allRules().size(), qsizetype(analysis::Rule::Count));
        QCOMPARE(ruleInfo(u"no-such-rule"), nullptr);
        QVERIFY(ruleInfo(u"syntax:My Rules") != nullptr);
        QCOMPARE(ruleInfo(u"syntax:My Rules")->name, u"syntax:"_s);
    }

    // Every rule the analyser emits on the fixtures has an entry.
    void fixtureRulesHaveEntries()
    {
        const QDir dir(QStringLiteral(MARGINALIA_TEST_DATA));
        const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        const Analyzer analyzer;
        QSet<QString> seen;
        for (const QString &f : files) {
            QFile in(dir.filePath(f));
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QString text = normalizeText(QString::fromUtf8(in.readAll()));
            for (const Span &s : analyzer.analyze(text)) {
                const RuleInfo *info = ruleInfo(s.rule);
                QVERIFY2(info, qPrintable(u"no rule table entry for \""_s + s.rule + u"\" in "_s + f));
                seen.insert(s.rule);
            }
        }
        QVERIFY(seen.size() >= 10);
    }

    // A span's confidence is its rule's, except for the rules that keep an earlier confidence and the
    // two documented exceptions (clock times, "20-plus").
    void confidenceComesFromTheTable()
    {
        const Analyzer analyzer;
        const QString text = u"Maria Okafor, the mayor, said on Monday that prices rose 15% in Ohio. "
                             u"\u201CWe will not accept any delay to the bridge,\u201D she told reporters."_s;
        const QList<Span> spans = analyzer.analyze(text);
        QVERIFY(!spans.isEmpty());
        for (const Span &s : spans) {
            const RuleInfo *info = ruleInfo(s.rule);
            QVERIFY(info);
            if (info->confidence == kInheritedConfidence || s.rule == u"gazetteer"_s || s.rule == u"time"_s
                || s.rule == u"number"_s)
                continue;
            QVERIFY2(qAbs(s.confidence - info->confidence) < 1e-6, qPrintable(s.rule));
        }
    }
};

QTEST_GUILESS_MAIN(TestRuleInfo)
#include "tst_rule_info.moc"
