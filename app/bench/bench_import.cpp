// marginalia-bench-import: plain-text import speed and peak memory at 1, 10 and 100 MB (--sizes 1,10,100).
// The text is generated news-like prose: sentences of dictionary words (/usr/share/dict/words) mixed with
// function words at about the rate of English, paragraphs of 2-6 sentences, each numbered, so that no paragraph
// repeats (repeats are folded by the import and would flatter the figure). Half the runs save one paragraph per
// line, half separate paragraphs with blank lines. Prints figures; asserts nothing about time.
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Plain-text import speed and peak memory."_s);
    parser.addHelpOption();
    const QCommandLineOption sizesOption(u"sizes"_s, u"Sizes in MB, comma-separated (default 1,10)."_s, u"LIST"_s,
                                         u"1,10"_s);
    parser.addOption(sizesOption);
    parser.process(app);

    // Wall-clock and processor time: on a busy machine the processor time is the steadier figure.
    print(u"size_mb  layout           seconds  mb_per_s  cpu_s  cpu_mb_per_s  blocks  peak_rss_mb"_s);
    const QString path = QDir::temp().filePath(u"marginalia-bench-import.txt"_s);
    for (const QString &size : parser.value(sizesOption).split(u',')) {
        for (const bool onePerLine : {false, true}) {
            {
                const QByteArray text = newsText(size.toDouble(), onePerLine);
                QFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
                    print(u"cannot write %1"_s.arg(path));
                    return 1;
                }
            }
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
            const double megabytes = double(QFile(path).size()) / (1024.0 * 1024.0);
            print(u"%1  %2  %3  %4  %5  %6  %7  %8"_s.arg(megabytes, 7, 'f', 1)
                      .arg(onePerLine ? u"one per line   "_s : u"blank lines    "_s)
                      .arg(seconds, 7, 'f', 2)
                      .arg(megabytes / seconds, 8, 'f', 1)
                      .arg(cpuSeconds, 5, 'f', 2)
                      .arg(megabytes / cpuSeconds, 12, 'f', 1)
                      .arg(document->blocks.size(), 6)
                      .arg(peakResidentMb(), 11, 'f', 0));
        }
    }
    QFile::remove(path);
    return 0;
}
