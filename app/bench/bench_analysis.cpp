// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Analysis throughput: builds news-like English text from templates (written for this benchmark), runs
// the whole analysis on one thread for 1x and 10x the text, and prints MB/s, the time ratio (linear
// scaling gives ~10) and the peak resident memory. Never asserts on time.
#include "core/analysis/Analyzer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

QString buildText(qsizetype minUtf8Bytes, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QStringList first = {u"Maria"_s, u"John"_s,      u"Aisha"_s, u"Kenji"_s, u"Elena"_s, u"Tomas"_s,
                               u"Priya"_s, u"Oluwaseun"_s, u"Hamid"_s, u"Sofia"_s, u"Lars"_s,  u"Mei"_s};
    const QStringList last = {u"Okafor"_s, u"Lindqvist"_s, u"Tanaka"_s,   u"Marchetti"_s, u"Haddad"_s,
                              u"Novak"_s,  u"Ferreira"_s,  u"Kowalski"_s, u"Brennan"_s,   u"Al-Rashid"_s};
    const QStringList titles = {u"President"_s, u"Minister"_s,           u"Dr."_s,  u"Senator"_s,
                                u"Gen."_s,      u"Secretary of State"_s, u"Mayor"_s};
    const QStringList orgs = {u"Ministry of Health"_s,   u"National Grid Authority"_s,
                              u"Blue River Bank"_s,      u"Harbor City Council"_s,
                              u"World Food Programme"_s, u"Daily Courier News"_s,
                              u"Liberty Party"_s,        u"Institute for Coastal Research (ICR)"_s};
    const QStringList places = {u"Afghanistan"_s, u"Ohio"_s,        u"Kenya"_s, u"Brazil"_s, u"the United States"_s,
                                u"Norway"_s,      u"Los Angeles"_s, u"Mosul"_s, u"Texas"_s,  u"Viet Nam"_s};
    const QStringList months = {u"January"_s, u"March"_s, u"May"_s, u"July"_s, u"Sept."_s, u"December"_s};
    const QStringList verbs = {u"said"_s,      u"announced"_s,      u"estimated"_s,
                               u"confirmed"_s, u"told reporters"_s, u"acknowledged"_s};
    const QStringList nouns = {u"budget"_s,    u"election"_s, u"harvest"_s,       u"bridge"_s, u"vaccine"_s,
                               u"ceasefire"_s, u"strike"_s,   u"investigation"_s, u"flood"_s,  u"merger"_s};
    auto pick = [&](const QStringList &l) { return l.at(int(rng.bounded(quint32(l.size())))); };
    auto person = [&] { return pick(first) + u' ' + pick(last); };
    auto date = [&] {
        return pick(months) + u' ' + QString::number(rng.bounded(1, 29)) + u", "_s
               + QString::number(rng.bounded(1990, 2030));
    };
    const QStringList templates = {
        u"%T %P %V the %N would cost $%M million, up %Q percent from %Y."_s,
        u"According to the %O, %Q people were affected in %L on %D."_s,
        u"\u201CWe will not accept delays to the %N,\u201D %P %V on Tuesday."_s,
        u"The %O reported that %Q families left %L last week, a report by %P found."_s,
        u"In %L, officials counted %Q incidents over the past 30 days, while %P of the %O stayed silent."_s,
        u"Prices rose %Q% in %L during %Y, the fastest pace since the 1990s."_s,
        u"%P, who leads the %O, travelled %Q km to %L with a delegation of five experts \U0001F680."_s,
        u"Two years ago the %N in %L drew criticism; %P %V it was \"a costly mistake\"."_s,
        // Real reporting also has many sentences with few or no names; these keep the span density near
        // that of the evaluation articles (about 20,000 spans per MB).
        u"The %N has become a familiar subject of debate among residents, who worry about what comes next."_s,
        u"Many of those who attended the meeting said they had not been consulted before the plan was drawn up."_s,
        u"It is not clear how the %N will be paid for, or whether the work can be finished before the winter."_s,
        u"Critics argue that the decision was rushed, while supporters insist that there was no other choice."_s,
        u"The details of the %N have not been made public, and several questions remain unanswered."_s,
        u"Local shops closed early as crowds gathered outside the town hall to hear the announcement."_s,
    };
    QString text;
    qsizetype utf8 = 0;
    while (utf8 < minUtf8Bytes) {
        QString para;
        const int sentences = 3 + int(rng.bounded(4));
        for (int s = 0; s < sentences; ++s) {
            QString t = pick(templates);
            t.replace(u"%T"_s, pick(titles));
            t.replace(u"%P"_s, person());
            t.replace(u"%V"_s, pick(verbs));
            t.replace(u"%N"_s, pick(nouns));
            t.replace(u"%M"_s, QString::number(rng.bounded(1, 900)) + u'.' + QString::number(rng.bounded(10)));
            t.replace(u"%Q"_s, QString::number(rng.bounded(2, 5000)));
            t.replace(u"%Y"_s, QString::number(rng.bounded(1990, 2030)));
            t.replace(u"%O"_s, pick(orgs));
            t.replace(u"%L"_s, pick(places));
            t.replace(u"%D"_s, date());
            para += t + u' ';
        }
        para.chop(1);
        para += u"\n\n"_s;
        utf8 += para.toUtf8().size();
        text += para;
    }
    text.squeeze();
    return text;
}

// CPU time of this thread: on a machine shared with other builds wall time says little.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

long statusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype mb = 1024 * 1024;
    const QString small = buildText(1 * mb, 7);
    const QString big = buildText(10 * mb, 11);
    const double smallMb = double(small.toUtf8().size()) / double(mb);
    const double bigMb = double(big.toUtf8().size()) / double(mb);
    if (argc > 2 && QByteArray(argv[1]) == "--dump") { // write the 1x text, e.g. to profile the CLI on it
        QFile out(QString::fromLocal8Bit(argv[2]));
        if (out.open(QIODevice::WriteOnly))
            out.write(small.toUtf8());
        return 0;
    }

    const marginalia::Analyzer analyzer;
    (void)analyzer.analyze(u"Warm-up: Dr. Jane Smith said on Monday that 5% of Ohio voted."_s);
    std::printf("analysis: resident before analysing %.1f MB (Qt, rules, gazetteers and the texts)\n",
                double(statusKb("VmRSS:")) / 1024.0);

    QElapsedTimer t;
    t.start();
    double c = threadCpuSeconds();
    const qsizetype n1 = analyzer.analyze(small).size();
    const double t1 = double(t.nsecsElapsed()) / 1e9;
    const double c1 = threadCpuSeconds() - c;
    t.restart();
    c = threadCpuSeconds();
    const qsizetype n10 = analyzer.analyze(big).size();
    const double t10 = double(t.nsecsElapsed()) / 1e9;
    const double c10 = threadCpuSeconds() - c;

    std::printf("analysis: 1x %.2f MB: wall %.3f s (%.1f MB/s), cpu %.3f s (%.1f MB/s), %lld spans\n", smallMb, t1,
                smallMb / t1, c1, smallMb / c1, qlonglong(n1));
    std::printf("analysis: 10x %.2f MB: wall %.3f s (%.1f MB/s), cpu %.3f s (%.1f MB/s), %lld spans\n", bigMb, t10,
                bigMb / t10, c10, bigMb / c10, qlonglong(n10));
    std::printf("analysis: time(10x)/time(1x) = %.2f wall, %.2f cpu (size ratio %.2f)\n", t10 / t1, c10 / c1,
                bigMb / smallMb);
    const long rss = statusKb("VmHWM:");
    std::printf("analysis: peak RSS %.1f MB (budget 3 x %.1f MB + 100 MB = %.1f MB)\n", double(rss) / 1024.0, bigMb,
                3 * bigMb + 100);
    return 0;
}
