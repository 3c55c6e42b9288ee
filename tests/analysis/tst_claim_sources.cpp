// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Claim sources: a noun phrase headed by a noun or a name, pronouns and documents resolved to the source named
// before, credits after captions and quotations, several attributions in one sentence, and quotations and
// colons that carry an attribution into the next paragraph. Through Analyzer::analyze, the public entry point.
#include "core/analysis/Analyzer.h"
#include "core/text/Text.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace marginalia;

class TestClaimSources : public QObject {
    Q_OBJECT

private:
    Analyzer m_analyzer;

    static QString spanText(const QString &text, const Span &s) { return codePointMid(text, s.start, s.end); }
    static QString dump(const QString &text, const QList<Span> &spans)
    {
        QStringList out;
        for (const Span &s : spans)
            if (s.kind == SpanKind::Claim)
                out << u"[%1] %2 <- '%3' (%4)"_s.arg(s.label, spanText(text, s), s.source, s.rule);
        return out.join(u"\n"_s);
    }

private Q_SLOTS:
    void sourceOfClaim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("claimHolds"); // words inside the claim whose source is checked
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("rule");
        QTest::newRow("agent of a vehicle") << u"A special investigative report by the BBC found that the camps "
                                               u"were full of children."_s
                                            << u"camps were full"_s << u"the BBC"_s << u"reporting-verb"_s;
        QTest::newRow("appositive after the person")
            << u"Masoud Andarabi, acting Minister of Interior of Afghanistan, said that the attack was planned "
               u"abroad."_s
            << u"attack was planned"_s << u"Masoud Andarabi"_s << u"reporting-verb"_s;
        QTest::newRow("long appositive with a possessive")
            << u"Senior researcher Mu Li, of the University of Sydney's school of public health, said that pregnant "
               u"women are also deficient in iodine."_s
            << u"pregnant women"_s << u"Senior researcher Mu Li"_s << u"reporting-verb"_s;
        QTest::newRow("he resolved to the person before")
            << u"Doctor Helen Marsh runs the clinic in Leeds. Last week he said that the waiting lists had "
               u"doubled."_s
            << u"waiting lists"_s << u"he (Helen Marsh)"_s << u"pronoun-source"_s;
        QTest::newRow("it resolved to the organisation before")
            << u"The World Health Organization visited the camp on Monday. It said that the water supply was "
               u"failing."_s
            << u"water supply"_s << u"It (World Health Organization)"_s << u"pronoun-source"_s;
        QTest::newRow("the report resolved to its author")
            << u"Human Rights Watch published its findings on Monday. The report states that most detainees were "
               u"never charged."_s
            << u"detainees were"_s << u"The report (Human Rights Watch)"_s << u"document-source"_s;
        QTest::newRow("lone determiner is no source")
            << u"The report said that most people are happy with the result."_s << u"most people"_s << u"The report"_s
            << u"reporting-verb"_s;
        QTest::newRow("negated verb attributes nothing, the next verb does")
            << u"Officials have not said why, but Ambassador Hamdullah Mohib says there were concerns about "
               u"the visas."_s
            << u"there were concerns"_s << u"Ambassador Hamdullah Mohib"_s << u"reporting-verb"_s;
        QTest::newRow("second attribution in the sentence")
            << u"According to ABC News, Basya also believes the asylum seekers were pushed back."_s
            << u"asylum seekers were"_s << u"Basya"_s << u"reporting-verb"_s;
        QTest::newRow("comma between subject and verb")
            << u"The security firm Secunia, has said that the browser has many open holes."_s << u"browser has"_s
            << u"The security firm Secunia"_s << u"reporting-verb"_s;
        QTest::newRow("photo credit") << u"A showdown at the Legion booth on the first day. Image: Nick Moreau."_s
                                      << u"showdown at the Legion"_s << u"Nick Moreau"_s << u"credit-line"_s;
        QTest::newRow("credit after a quoted headline")
            << u"\u201CSensitive government document found on rainy Ottawa street\u201D \u2014 CBC.ca, August 15, "
               u"2008"_s
            << u"Sensitive government document"_s << u"CBC.ca"_s << u"credit-line"_s;
        QTest::newRow("colon introduces the quotation")
            << u"Shadow Home Secretary Yvette Cooper spoke. She continued: \u201CLabour has a common-sense plan to fix "
               u"this.\u201D"_s
            << u"common-sense plan"_s << u"She (Yvette Cooper)"_s << u"pronoun-source"_s;
        QTest::newRow("colon introduces the next paragraph")
            << u"In a statement to the press, the Church of Scientology denied these allegations:\n\nShe was never "
               u"held against her will on the ship."_s
            << u"never held against"_s << u"the Church of Scientology"_s << u"reporting-verb"_s;
        QTest::newRow("quotation running on into the next paragraph")
            << u"Professor Cres Eastman said: \u201CThe children are deficient and nobody acted on the warnings.\n\n"
               u"\u201CWe have known about this problem for years and still there is no plan at all.\u201D"_s
            << u"We have known"_s << u"Professor Cres Eastman"_s << u"quotation"_s;
    }
    void sourceOfClaim()
    {
        QFETCH(QString, text);
        QFETCH(QString, claimHolds);
        QFETCH(QString, source);
        QFETCH(QString, rule);
        const QList<Span> spans = m_analyzer.analyze(text);
        bool found = false;
        for (const Span &s : spans)
            if (s.kind == SpanKind::Claim && spanText(text, s).contains(claimHolds) && s.source == source
                && s.rule == rule)
                found = true;
        QVERIFY2(found,
                 qPrintable(u"expected a claim holding '%1' from '%2' (%3) in:\n%4"_s.arg(claimHolds, source, rule,
                                                                                          dump(text, spans))));
    }

    // No claim source is a lone determiner, pronoun or fewer than two letters
    void noBareSources_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("they with nobody before") << u"They said that the bridge would open in May."_s;
        QTest::newRow("first-person clause") << u"\u201CI know how unfair it seems,\u201D said nobody at all."_s;
        QTest::newRow("determiner before a noun verb") << u"The report by officials claims that taxes rose."_s;
        QTest::newRow("it with nobody before") << u"It said that the water supply was failing."_s;
        QTest::newRow("I outside quotes") << u"I said that the water supply was failing badly."_s;
    }
    void noBareSources()
    {
        QFETCH(QString, text);
        static const QStringList bare = {u"a"_s,   u"an"_s,   u"the"_s, u"this"_s, u"that"_s, u"it"_s, u"he"_s,
                                         u"she"_s, u"they"_s, u"we"_s,  u"i"_s,    u"you"_s,  u"who"_s};
        const QList<Span> spans = m_analyzer.analyze(text);
        for (const Span &s : spans) {
            if (s.kind != SpanKind::Claim || s.source.isEmpty())
                continue;
            const QString source = s.source.trimmed();
            int letters = 0;
            for (QChar c : source)
                letters += c.isLetter() ? 1 : 0;
            QVERIFY2(!bare.contains(source.toLower()) && letters >= 2 && !source.startsWith(u"I "_s),
                     qPrintable(dump(text, spans)));
        }
    }
};

QTEST_GUILESS_MAIN(TestClaimSources)
#include "tst_claim_sources.moc"
