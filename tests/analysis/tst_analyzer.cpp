// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/Analyzer.h"
#include "core/text/Text.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace marginalia;

class TestAnalyzer : public QObject {
    Q_OBJECT

private:
    Analyzer m_analyzer;

    QList<Span> run(const QString &text) const { return m_analyzer.analyze(text); }
    static QString spanText(const QString &text, const Span &s) { return codePointMid(text, s.start, s.end); }
    // The label of the entity whose text is exactly `what`, or "" when none.
    QString labelOf(const QList<Span> &spans, const QString &text, const QString &what) const
    {
        for (const Span &s : spans)
            if (s.kind == SpanKind::Entity && spanText(text, s) == what)
                return s.label;
        return {};
    }
    QStringList entityDump(const QString &text, const QList<Span> &spans) const
    {
        QStringList out;
        for (const Span &s : spans)
            if (s.kind == SpanKind::Entity)
                out << s.label + u':' + spanText(text, s);
        return out;
    }

    void checkEntity(const QString &label)
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto spans = run(text);
        QVERIFY2(labelOf(spans, text, expected) == label,
                 qPrintable(u"expected %1 '%2' in: %3"_s.arg(label, expected, entityDump(text, spans).join(u" | "_s))));
    }

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("month day year") << u"The law was passed on July 21, 2017 in the capital."_s
                                        << u"July 21, 2017"_s;
        QTest::newRow("weekday full") << u"It opened on Friday, July 21, 2017 to the public."_s
                                      << u"Friday, July 21, 2017"_s;
        QTest::newRow("day month year") << u"Talks resumed on 3 May 2019 in the city."_s << u"3 May 2019"_s;
        QTest::newRow("abbreviated month") << u"Strikes continued through Dec. 15 in the area."_s << u"Dec. 15"_s;
        QTest::newRow("day range") << u"The summit runs October 25-26, 2016 in the city."_s << u"October 25-26, 2016"_s;
        QTest::newRow("month year") << u"Sales started in December 2004 after a delay."_s << u"December 2004"_s;
        QTest::newRow("weekday") << u"The council met on Tuesday to vote."_s << u"Tuesday"_s;
        QTest::newRow("year") << u"The bridge was built in 1989 by the state."_s << u"1989"_s;
        QTest::newRow("relative") << u"Prices rose sharply last week across the region."_s << u"last week"_s;
        QTest::newRow("ago") << u"The mine closed two years ago after the flood."_s << u"two years ago"_s;
        QTest::newRow("past n days") << u"Rain fell over the past 30 days in the valley."_s << u"the past 30 days"_s;
        QTest::newRow("clock") << u"The launch happened at 15:11 GMT without trouble."_s << u"15:11 GMT"_s;
        QTest::newRow("a.m.") << u"Voting opens at 10 a.m. on the island."_s << u"10 a.m."_s;
        QTest::newRow("today") << u"The minister resigned today over the scandal."_s << u"today"_s;
        QTest::newRow("decade") << u"The band was famous in the 1990s and later."_s << u"the 1990s"_s;
    }
    void dates() { checkEntity(u"DATE"_s); }

    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dollar") << u"The grant was worth $50,000 last time."_s << u"$50,000"_s;
        QTest::newRow("scale") << u"The deal is valued at $1.5 billion by analysts."_s << u"$1.5 billion"_s;
        QTest::newRow("prefixed") << u"The fine was US$ 20,000 for each breach."_s << u"US$ 20,000"_s;
        QTest::newRow("currency word") << u"The club paid 422,000 euros for the player."_s << u"422,000 euros"_s;
        QTest::newRow("pound sign") << u"Tickets cost £35 at the door."_s << u"£35"_s;
        QTest::newRow("spaced") << u"Damage reached NZ $ 26 million in total."_s << u"NZ $ 26 million"_s;
    }
    void money() { checkEntity(u"MONEY"_s); }

    void quantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("percent sign") << u"Turnout reached 95% in the north."_s << u"95%"_s;
        QTest::newRow("percent word") << u"About forty percent of voters stayed home."_s << u"forty percent"_s;
        QTest::newRow("range percent") << u"Costs rose 15 to 20 percent over the period."_s << u"15 to 20 percent"_s;
        QTest::newRow("unit") << u"The convoy drove 800 km through the desert."_s << u"800 km"_s;
        QTest::newRow("square miles") << u"The fire burned 300 square miles of forest."_s << u"300 square miles"_s;
        QTest::newRow("decimal unit") << u"The road is 7.5 kilometers long."_s << u"7.5 kilometers"_s;
        QTest::newRow("word scale") << u"The city has 2 million residents."_s << u"2 million"_s;
        QTest::newRow("plain") << u"Police arrested 1,426 people at the march."_s << u"1,426"_s;
        QTest::newRow("number word") << u"Officials found five boats on the shore."_s << u"five"_s;
        QTest::newRow("in brackets after a name") << u"Of the voters, Asian (1.2%) and others."_s << u"1.2%"_s;
    }
    void quantities() { checkEntity(u"QUANTITY"_s); }

    void names_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("label");
        QTest::newRow("title not in name")
            << u"President Maria Olvera visited the port."_s << u"Maria Olvera"_s << u"PERSON"_s;
        QTest::newRow("multi-word title")
            << u"Secretary of State John Kerry met the delegation."_s << u"John Kerry"_s << u"PERSON"_s;
        QTest::newRow("dr") << u"The study was led by Dr. Ahmed Kamil Murad of the clinic."_s << u"Ahmed Kamil Murad"_s
                            << u"PERSON"_s;
        QTest::newRow("org word") << u"The Ministry of Defence denied the report."_s << u"Ministry of Defence"_s
                                  << u"ORG"_s;
        QTest::newRow("news org") << u"The story was first carried by Channel Four News on air."_s
                                  << u"Channel Four News"_s << u"ORG"_s;
        QTest::newRow("country") << u"The delegation travelled to Afghanistan in spring."_s << u"Afghanistan"_s
                                 << u"LOC"_s;
        QTest::newRow("dotted acronym") << u"Exports to the U.S. fell sharply."_s << u"U.S."_s << u"LOC"_s;
        QTest::newRow("subdivision") << u"Floods hit Nebraska and the nearby hills."_s << u"Nebraska"_s << u"LOC"_s;
        QTest::newRow("place after title") << u"Afghan Ambassador to the United States Hamdullah Mohib spoke."_s
                                           << u"Hamdullah Mohib"_s << u"PERSON"_s;
        QTest::newRow("sentence initial word")
            << u"Yesterday evening the Carvalho Foundation opened a school."_s << u"Carvalho Foundation"_s << u"ORG"_s;
        QTest::newRow("nationality") << u"The Afghan team won a silver medal."_s << u"Afghan"_s << u"NORP"_s;
        QTest::newRow("people plural") << u"Thousands of Pakistanis crossed the border."_s << u"Pakistanis"_s
                                       << u"NORP"_s;
        QTest::newRow("nationality before a figure")
            << u"Of the voters, Asian (1.2%) and others."_s << u"Asian"_s << u"NORP"_s;
        QTest::newRow("religious group") << u"Clashes between Sunnis and police were reported."_s << u"Sunnis"_s
                                         << u"NORP"_s;
        QTest::newRow("and after for") << u"Analysts at the Center for Strategic and International Studies agree."_s
                                       << u"Center for Strategic and International Studies"_s << u"ORG"_s;
    }

    // Capitalised only because they open a sentence or a heading: no suggestion at all
    void notEntities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::newRow("plural of a field") << u"Hydrologists say the aquifer is shrinking fast."_s << u"Hydrologists"_s;
        QTest::newRow("compound written lower case too")
            << u"Groundwater levels fell again. The groundwater is saltier now."_s << u"Groundwater"_s;
        QTest::newRow("section number") << u"1 Introduction\n\nWells were measured in spring."_s << u"1"_s;
        QTest::newRow("dotted section number") << u"2.1 Methods\n\nWells were measured in spring."_s << u"2.1"_s;
    }
    void notEntities()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QList<Block> blocks;
        // the first line is a heading block, as the importers mark "1 Introduction"
        const int headingEnd = int(text.indexOf(u'\n'));
        if (headingEnd > 0) {
            blocks.append({0, headingEnd, BlockKind::Heading});
            blocks.append({headingEnd + 2, int(text.size()), BlockKind::Paragraph});
        }
        const auto spans = m_analyzer.analyze(text, blocks);
        QVERIFY2(labelOf(spans, text, word).isEmpty(), qPrintable(entityDump(text, spans).join(u" | "_s)));
    }
    void names()
    {
        QFETCH(QString, label);
        checkEntity(label);
    }

    void sentenceInitialCommonWordIsNotAName()
    {
        const QString text = u"Despite the rain, the parade went ahead. However the crowd was small."_s;
        const auto spans = run(text);
        QVERIFY2(labelOf(spans, text, u"Despite"_s).isEmpty(), qPrintable(entityDump(text, spans).join(u'|')));
        QVERIFY(labelOf(spans, text, u"However"_s).isEmpty());
    }

    void titleCaseHeadline()
    {
        // capitalised everyday words of a title-case headline are no names; real names in it still are
        const QString text = u"Harbour Towns Bet on Tidal Power as Cornwall Council Backs Plan\n\n"
                             u"The towns said on Monday that the plan was sound."_s;
        const auto spans = run(text);
        const QString dump = entityDump(text, spans).join(u'|');
        for (const QString &word : {u"Harbour"_s, u"Harbour Towns"_s, u"Harbour Towns Bet"_s, u"Tidal Power"_s,
                                    u"Cornwall Council Backs Plan"_s})
            QVERIFY2(labelOf(spans, text, word).isEmpty(), qPrintable(word + u": "_s + dump));
        QVERIFY2(labelOf(spans, text, u"Cornwall Council"_s) == u"ORG"_s, qPrintable(dump));
        // a sentence-case first line is left alone
        const QString plain = u"Harbour Towns Ltd said on Monday that profits rose."_s;
        QCOMPARE(labelOf(run(plain), plain, u"Harbour Towns Ltd"_s), u"ORG"_s);
    }

    void abbreviationsLinkBothWays()
    {
        // ZHR alone would be an acronym (ORG); the definition makes it the region it stands for.
        const QString text = u"Flooding spread across the Zorbian Highlands Region (ZHR) on Monday. "
                             u"Relief convoys reached ZHR by evening, officials said. "
                             u"Later the KLP (the Kestrel Labour Party) held a vote. "
                             u"The Kestrel Labour Party won."_s;
        const auto spans = run(text);
        const QStringList dump = entityDump(text, spans);
        QCOMPARE(labelOf(spans, text, u"Zorbian Highlands Region"_s), u"LOC"_s);
        int zhrLoc = 0;
        for (const Span &s : spans)
            if (s.kind == SpanKind::Entity && spanText(text, s) == u"ZHR"_s)
                zhrLoc += s.label == u"LOC"_s ? 1 : -100;
        QVERIFY2(zhrLoc == 2, qPrintable(dump.join(u'|')));
        QCOMPARE(labelOf(spans, text, u"KLP"_s), u"ORG"_s);
        QCOMPARE(labelOf(spans, text, u"Kestrel Labour Party"_s), u"ORG"_s);
    }

    void surnameFollowsFullName()
    {
        const QString text =
            u"Minister Elena Marchetti opened the session. Marchetti told the chamber the budget was final."_s;
        const auto spans = run(text);
        QCOMPARE(labelOf(spans, text, u"Elena Marchetti"_s), u"PERSON"_s);
        QCOMPARE(labelOf(spans, text, u"Marchetti"_s), u"PERSON"_s);
        QVERIFY(labelOf(spans, text, u"Minister Elena Marchetti"_s).isEmpty());
    }

    void claimWithSource()
    {
        const QString text = u"Police chief Tomas Berger said the number of burglaries had doubled since March."_s;
        const auto spans = run(text);
        const Span *claim = nullptr;
        for (const Span &s : spans)
            if (s.kind == SpanKind::Claim && s.label == u"ATTRIBUTED"_s)
                claim = &s;
        QVERIFY(claim);
        QVERIFY2(claim->source.contains(u"Tomas Berger"_s), qPrintable(claim->source));
        QVERIFY(spanText(text, *claim).contains(u"burglaries had doubled"_s));
        // entity indices point at entities inside the claim
        QVERIFY(!claim->entityIndices.isEmpty());
        for (int i : claim->entityIndices) {
            QCOMPARE(spans[i].kind, SpanKind::Entity);
            QVERIFY(spans[i].start >= claim->start && spans[i].end <= claim->end);
        }
    }

    void accordingTo()
    {
        const QString text = u"According to the World Health Organization, cases rose by 12 percent in 2020."_s;
        const auto spans = run(text);
        bool found = false;
        for (const Span &s : spans) {
            if (s.kind == SpanKind::Claim && s.label == u"ATTRIBUTED"_s) {
                found = true;
                QVERIFY2(s.source.contains(u"World Health Organization"_s), qPrintable(s.source));
                QVERIFY(spanText(text, s).startsWith(u"cases rose"_s));
            }
        }
        QVERIFY(found);
    }

    void statisticWithoutSource()
    {
        const QString text = u"Unemployment fell to 4.2 percent in March, the lowest level in a decade."_s;
        const auto spans = run(text);
        bool found = false;
        for (const Span &s : spans) {
            QVERIFY(s.label != u"ATTRIBUTED"_s);
            if (s.kind == SpanKind::Claim && s.label == u"STATISTIC"_s) {
                found = true;
                QCOMPARE(s.source, QString());
            }
        }
        QVERIFY(found);
    }

    void quotationWithSpeaker()
    {
        const QString text = u"“We will rebuild the bridge before winter,” Mayor Ines Duarte said on Monday."_s;
        const auto spans = run(text);
        bool found = false;
        for (const Span &s : spans) {
            if (s.kind == SpanKind::Claim && s.label == u"QUOTE"_s) {
                found = true;
                QVERIFY(spanText(text, s).startsWith(u"“We will rebuild"_s));
                QVERIFY2(s.source.contains(u"Ines Duarte"_s), qPrintable(s.source));
            }
        }
        QVERIFY(found);
    }

    void userDefinitionAddsRules()
    {
        const QString text = u"Shares of Froblex climbed after the merger."_s;
        QVERIFY(labelOf(run(text), text, u"Froblex"_s) != u"PERSON"_s);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(u"extra.xml"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        // A user definition: itemData names are entity labels (or cue:* names of the bundled definition).
        f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<!DOCTYPE language>\n"
                "<language name=\"Test Extras\" section=\"Other\" version=\"1\" kateversion=\"5.0\" extensions=\"\">\n"
                "  <highlighting>\n"
                "    <list name=\"people\"><item>Froblex</item></list>\n"
                "    <contexts><context name=\"Normal\" attribute=\"Normal Text\" lineEndContext=\"#stay\">\n"
                "      <keyword attribute=\"PERSON\" String=\"people\"/>\n"
                "    </context></contexts>\n"
                "    <itemDatas><itemData name=\"Normal Text\" defStyleNum=\"dsNormal\"/><itemData name=\"PERSON\" "
                "defStyleNum=\"dsKeyword\"/></itemDatas>\n"
                "  </highlighting>\n"
                "  <general><keywords casesensitive=\"1\"/></general>\n"
                "</language>\n");
        f.close();
        AnalyzerOptions options;
        options.userDefinitionDirs << dir.path();
        const Analyzer custom(options);
        const auto spans = custom.analyze(text);
        QCOMPARE(labelOf(spans, text, u"Froblex"_s), u"PERSON"_s);
    }

    void userWordListsAddVocabulary()
    {
        // a band named like a person; "quipped" is no reporting verb of the bundled definition
        const QString text = u"Jennifer Quartz quipped that prices would fall sharply next spring."_s;
        const auto before = run(text);
        QCOMPARE(labelOf(before, text, u"Jennifer Quartz"_s), u"PERSON"_s);
        for (const Span &s : before)
            QVERIFY(s.label != u"ATTRIBUTED"_s);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"syntax"_s)); // the "syntax" subfolder works as well
        QFile f(dir.filePath(u"syntax/vocabulary.xml"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!DOCTYPE language>\n"
            "<language name=\"Test Vocabulary\" section=\"Other\" version=\"1\" kateversion=\"5.0\" extensions=\"\">\n"
            "  <highlighting>\n"
            "    <list name=\"report\"><item>quipped</item></list>\n"
            "    <list name=\"ORG\"><item>Jennifer Quartz</item></list>\n"
            "    <contexts><context name=\"Normal\" attribute=\"Normal Text\" lineEndContext=\"#stay\"/></contexts>\n"
            "    <itemDatas><itemData name=\"Normal Text\" defStyleNum=\"dsNormal\"/></itemDatas>\n"
            "  </highlighting>\n"
            "</language>\n");
        f.close();
        AnalyzerOptions options;
        options.userDefinitionDirs << dir.path();
        const Analyzer custom(options);
        const auto spans = custom.analyze(text);
        QCOMPARE(labelOf(spans, text, u"Jennifer Quartz"_s), u"ORG"_s);
        bool claim = false;
        for (const Span &s : spans) {
            if (s.label == u"ATTRIBUTED"_s) {
                claim = true;
                QCOMPARE(s.source, u"Jennifer Quartz"_s);
            }
        }
        QVERIFY(claim);
    }

    void offsetsAreCodePointsAfterEmoji()
    {
        const QString text =
            u"🎉🎉 Angela Merkel visited Paris on 3 May 2019. 😀 “Prices rose 5% last year,” she said."_s;
        const auto spans = run(text);
        QVERIFY(!spans.isEmpty());
        const int cpLength = codePointLength(text);
        bool merkel = false;
        for (const Span &s : spans) {
            QVERIFY(s.start >= 0 && s.end <= cpLength && s.start < s.end);
            const QString t = spanText(text, s);
            QVERIFY2(!t.front().isLowSurrogate() && !t.back().isHighSurrogate(), qPrintable(t));
            if (t == u"Angela Merkel"_s) {
                merkel = true;
                QCOMPARE(s.start, 3); // two emoji are two code points (four UTF-16 units) + a space
            }
        }
        QVERIFY(merkel);
        QCOMPARE(labelOf(spans, text, u"3 May 2019"_s), u"DATE"_s);
        QCOMPARE(labelOf(spans, text, u"5%"_s), u"QUANTITY"_s);
    }

    void sortedByStart()
    {
        const QString text = u"John Smith said on Monday that Acme Corporation lost $3 million in Ohio."_s;
        const auto spans = run(text);
        for (int i = 1; i < spans.size(); ++i)
            QVERIFY(spans[i - 1].start <= spans[i].start);
    }

    void nonContentBlocksAreSkipped()
    {
        const QString text =
            u"Subscribe to Daily Planet News today!\n\nThe Ministry of Health said 40 people were treated."_s;
        QList<Block> blocks;
        Block b1;
        b1.start = 0;
        b1.end = 37;
        b1.kind = BlockKind::Boilerplate;
        Block b2;
        b2.start = 39;
        b2.end = codePointLength(text);
        blocks << b1 << b2;
        const auto spans = m_analyzer.analyze(text, blocks);
        QVERIFY(!spans.isEmpty());
        for (const Span &s : spans)
            QVERIFY2(s.start >= 39, qPrintable(spanText(text, s)));
        QCOMPARE(labelOf(spans, text, u"Ministry of Health"_s), u"ORG"_s);
    }

    void concurrentCallsAgree()
    {
        // analyze() is const and may run on several threads at once with one Analyzer
        QString text;
        for (int i = 0; i < 200; ++i)
            text += u"“Prices rose 4% last year,” Minister Ana Ruiz of the Ministry of Finance told reporters in "
                    u"Lima on Monday. According to the Central Bank, $3 billion left Peru.\n\n"_s;
        const QList<Span> expected = m_analyzer.analyze(text);
        QVERIFY(expected.size() > 1000);
        std::vector<QList<Span>> results(4);
        std::vector<std::thread> threads;
        for (size_t t = 0; t < results.size(); ++t)
            threads.emplace_back([&, t] { results[t] = m_analyzer.analyze(text); });
        for (auto &t : threads)
            t.join();
        for (const auto &r : results)
            QVERIFY(r == expected);
    }

    void cancellationAndProgress()
    {
        QString text;
        for (int i = 0; i < 3000; ++i)
            text += u"The Ministry of Health said 40 people were treated in Ohio on Monday.\n"_s;
        std::atomic<bool> cancelled{true};
        AnalysisControl control;
        control.cancelled = &cancelled;
        QVERIFY(m_analyzer.analyze(text, {}, control).size() < 10);
        cancelled = false;
        double last = 0;
        int calls = 0;
        control.progress = [&](double p) {
            QVERIFY(p >= last);
            last = p;
            ++calls;
        };
        QVERIFY(m_analyzer.analyze(text, {}, control).size() > 1000);
        QVERIFY(calls >= 2);
        QCOMPARE(last, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
