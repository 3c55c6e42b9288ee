// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// marginalia-bench-import: import speed and peak memory at 1, 10 and 100 MB (--sizes 1,10,100), of plain text
// by default and of Markdown and HTML made of the same text (--formats txt,md,html).
// The text is generated news-like prose: sentences of dictionary words (/usr/share/dict/words) mixed with
// function words at about the rate of English, paragraphs of 2-6 sentences, each numbered, so that no paragraph
// repeats (repeats are folded by the import and would flatter the figure). Half the runs save one paragraph per
// line, half separate paragraphs with blank lines. Each import runs in a process of its own (this program with
// --import FILE), so that its peak resident memory is its own, from a start as small as marginalia-cli's.
// Prints figures; asserts nothing about time.
//
// Figures with `marginalia-cli text FILE` under /usr/bin/time are in the commit messages that change the
// import's speed (git log -- app/bench/bench_import.cpp app/core/import).
#include "bench/BenchMemory.h"
#include "core/import/Importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <cstdio>
#include <ctime>

using namespace marginalia;
using marginalia::bench::peakResidentMb; // sizes run in growing order: each figure is the largest import's peak
using namespace Qt::StringLiterals;

namespace {

QByteArrayList dictionaryWords()
{
    QByteArrayList words;
    QFile dict(u"/usr/share/dict/words"_s);
    if (dict.open(QIODevice::ReadOnly))
        for (const QByteArray &word : dict.readAll().split('\n'))
            if (word.size() >= 3 && word.size() <= 12 && !word.contains('\''))
                words.append(word);
    if (words.isEmpty())
        words = {"river", "council", "valley", "harvest", "minister", "report", "summer", "election", "budget"};
    return words;
}

// `megabytes` of numbered paragraphs, none alike.
QByteArray newsText(double megabytes, bool onePerLine)
{
    static const QByteArrayList functionWords{"the", "of",   "and", "to",    "in",    "a",    "said", "that",
                                              "for", "on",   "was", "with",  "by",    "from", "has",  "at",
                                              "its", "were", "had", "after", "would", "their"};
    static const QByteArrayList dictionary = dictionaryWords();
    QRandomGenerator random(9);
    const qsizetype target = qsizetype(megabytes * 1024 * 1024);
    QByteArray text;
    text.reserve(target + 4096);
    for (int paragraph = 1; text.size() < target; ++paragraph) {
        if (paragraph > 1)
            text += onePerLine ? "\n" : "\n\n";
        text += QByteArray::number(paragraph) + ". ";
        for (int sentence = 0, sentences = 2 + int(random.bounded(5)); sentence < sentences; ++sentence) {
            for (int word = 0, words = 8 + int(random.bounded(23)); word < words; ++word) {
                QByteArray next = random.bounded(100) < 45 ? functionWords.at(random.bounded(functionWords.size()))
                                                           : dictionary.at(random.bounded(dictionary.size()));
                if (word == 0)
                    next[0] = char(QChar::toUpper(uint(next[0])));
                text += next;
                text += word + 1 < words ? " " : ". ";
            }
        }
        text.chop(1);
    }
    text += '\n';
    return text;
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// The text as a file of `format`: Markdown gets a "## " heading every 50 paragraphs, HTML a page of <p>.
QByteArray asFormat(const QByteArray &text, const QString &format, bool onePerLine)
{
    const QByteArray separator = onePerLine ? "\n" : "\n\n";
    QByteArrayList paragraphs = text.trimmed().split('\n');
    paragraphs.removeAll(QByteArray());
    QByteArray out;
    out.reserve(text.size() + paragraphs.size() * 8 + 256);
    if (format == u"html")
        out += "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Bench</title></head><body><article>\n";
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (format == u"html") {
            out += "<p>" + paragraphs.at(i) + "</p>\n";
            continue;
        }
        if (i > 0)
            out += separator;
        if (format == u"md" && i % 50 == 1)
            out += "## Section " + QByteArray::number(i / 50 + 1) + separator;
        out += paragraphs.at(i);
    }
    out += format == u"html" ? "</article></body></html>\n" : "\n";
    return out;
}

// Child mode: imports one file and prints "cpu_seconds wall_seconds blocks peak_rss_mb".
int importOne(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const auto document = importFile(path, ImportOptions{.maxBytes = 1LL << 30});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!document) {
        print(document.error().message);
        return 1;
    }
    print(u"%1 %2 %3 %4"_s.arg(cpuSeconds).arg(seconds).arg(document->blocks.size()).arg(peakResidentMb()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import speed and peak memory."_s);
    parser.addHelpOption();
    const QCommandLineOption sizesOption(u"sizes"_s, u"Sizes in MB, comma-separated (default 1,10)."_s, u"LIST"_s,
                                         u"1,10"_s);
    const QCommandLineOption formatsOption(u"formats"_s, u"Formats: txt, md, html, comma-separated (default txt)."_s,
                                           u"LIST"_s, u"txt"_s);
    const QCommandLineOption importOption(u"import"_s, u"Import FILE and print its figures (used by the bench)."_s,
                                          u"FILE"_s);
    parser.addOption(sizesOption);
    parser.addOption(formatsOption);
    parser.addOption(importOption);
    parser.process(app);
    if (parser.isSet(importOption))
        return importOne(parser.value(importOption));

    // Wall-clock and processor time (user + system): on a busy machine the processor time is the steadier figure.
    print(u"format  size_mb  layout          seconds  mb_per_s  cpu_s  cpu_mb_per_s  blocks  peak_rss_mb"_s);
    for (const QString &format : parser.value(formatsOption).split(u',')) {
        const QString path = QDir::temp().filePath(u"marginalia-bench-import."_s + format);
        for (const QString &size : parser.value(sizesOption).split(u',')) {
            for (const bool onePerLine : {false, true}) {
                if (format == u"html" && onePerLine)
                    continue; // one layout: the markup separates the paragraphs
                {
                    const QByteArray text = asFormat(newsText(size.toDouble(), onePerLine), format, onePerLine);
                    QFile file(path);
                    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
                        print(u"cannot write %1"_s.arg(path));
                        return 1;
                    }
                }
                QProcess child;
                child.start(QCoreApplication::applicationFilePath(), {u"--import"_s, path});
                child.waitForFinished(-1);
                const QStringList figures = QString::fromUtf8(child.readAllStandardOutput()).split(u' ');
                if (child.exitCode() != 0 || figures.size() != 4) {
                    print(u"import of %1 failed: %2"_s.arg(path, figures.join(u' ')));
                    return 1;
                }
                const double megabytes = double(QFile(path).size()) / (1024.0 * 1024.0);
                const double cpuSeconds = figures.at(0).toDouble();
                const double seconds = figures.at(1).toDouble();
                print(u"%1  %2  %3  %4  %5  %6  %7  %8  %9"_s.arg(format, -6)
                          .arg(megabytes, 7, 'f', 1)
                          .arg(onePerLine ? u"one per line  "_s : u"blank lines   "_s)
                          .arg(seconds, 7, 'f', 2)
                          .arg(megabytes / seconds, 8, 'f', 1)
                          .arg(cpuSeconds, 5, 'f', 2)
                          .arg(megabytes / cpuSeconds, 12, 'f', 1)
                          .arg(figures.at(2).toInt(), 6)
                          .arg(figures.at(3).trimmed().toDouble(), 11, 'f', 0));
            }
        }
        QFile::remove(path);
    }
    return 0;
}
