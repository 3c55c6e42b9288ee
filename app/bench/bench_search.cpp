// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// marginalia-bench-search: full-text search latency on a generated project of 10,000 documents (~100 MB).
// The project is kept under /tmp and reused by later runs (--regenerate builds it again). Prints figures;
// asserts nothing about time.
#include "core/store/ProjectStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace marginalia;

namespace {

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

// Lower-case words from the system word list (wamerican), or made-up ones when it is missing.
QStringList vocabulary(QRandomGenerator &random)
{
    QStringList words;
    QFile dict(QStringLiteral("/usr/share/dict/words"));
    if (dict.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&dict);
        while (!in.atEnd()) {
            const QString word = in.readLine().trimmed();
            if (word.size() >= 2 && word.size() <= 14
                && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; }))
                words.append(word);
        }
    }
    if (words.size() < 1000) {
        static const char *const syllables[] = {"ka",   "ri", "to",  "men", "sa",  "lo", "ver", "pa",
                                                "tion", "de", "gra", "ul",  "sti", "ne", "bor", "is"};
        for (int i = 0; i < 40000; ++i) {
            QString w;
            for (int s = 0, n = 2 + int(random.bounded(3)); s < n; ++s)
                w += QLatin1StringView(syllables[random.bounded(16)]);
            words.append(w);
        }
    }
    std::shuffle(words.begin(), words.end(), random); // so that frequent words are not all "a..."
    return words;
}

// Skewed choice: low indices (frequent words) much more often, like word frequencies in text.
const QString &pick(const QStringList &words, QRandomGenerator &random)
{
    const double u = random.generateDouble();
    return words.at(std::min(qsizetype(std::pow(u, 3.0) * double(words.size())), words.size() - 1));
}

QString makeDocument(const QStringList &words, QRandomGenerator &random, int targetChars)
{
    static const QStringList special = {QStringLiteral("café"),      QStringLiteral("naïve"),
                                        QStringLiteral("Zoë"),       QStringLiteral("Kraków"),
                                        QStringLiteral("résumé"),    QStringLiteral("Ångström"),
                                        QStringLiteral("São Paulo"), QStringLiteral("\U0001F30D"),
                                        QStringLiteral("\U0001F4F0")};
    QString text;
    text.reserve(targetChars + 200);
    while (text.size() < targetChars) {
        const int sentences = 2 + int(random.bounded(5));
        for (int s = 0; s < sentences; ++s) {
            const int length = 6 + int(random.bounded(18));
            for (int w = 0; w < length; ++w) {
                QString word = random.bounded(100) == 0 ? special.at(random.bounded(int(special.size())))
                                                        : pick(words, random);
                if (w == 0)
                    word[0] = word[0].toUpper();
                text += word;
                text += w == length - 1 ? QStringLiteral(". ")
                                        : (random.bounded(12) == 0 ? QStringLiteral(", ") : QStringLiteral(" "));
            }
        }
        text += QStringLiteral("\n\n");
    }
    return text.trimmed();
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const double rank = p * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(rank)), hi = qsizetype(std::ceil(rank));
    return values.at(lo) + (values.at(hi) - values.at(lo)) * (rank - double(lo));
}

} // namespace

// Fills the empty project with `documentCount` generated documents, in transactions of 250.
static bool generateDocuments(ProjectStore &store, const QString &path, const QStringList &words,
                              QRandomGenerator &random, int documentCount, int chars)
{
    print(QStringLiteral("generating %1 documents of about %2 characters in %3 ...\n")
              .arg(documentCount)
              .arg(chars)
              .arg(path));
    QElapsedTimer timer;
    timer.start();
    qint64 totalBytes = 0;
    const int batch = 250;
    for (int first = 0; first < documentCount; first += batch) {
        auto done = store.transaction([&]() -> Result<void> {
            for (int i = first; i < std::min(documentCount, first + batch); ++i) {
                ImportedDocument doc;
                doc.text = makeDocument(words, random, chars);
                doc.meta.title = QStringLiteral("Generated document %1").arg(i + 1);
                doc.sourcePath = QStringLiteral("/generated/%1.txt").arg(i + 1);
                doc.format = QStringLiteral("txt");
                doc.contentHash = QString::number(i);
                totalBytes += doc.text.toUtf8().size();
                if (auto id = store.addDocument(doc); !id)
                    return std::unexpected(id.error());
            }
            return {};
        });
        if (!done) {
            print(done.error().message + u'\n');
            return false;
        }
    }
    print(QStringLiteral("generated %1 MB of text in %2 s\n")
              .arg(double(totalBytes) / 1e6, 0, 'f', 1)
              .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return true;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Full-text search latency on a generated project."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("project"), QStringLiteral("Where the generated project lives."),
                      QStringLiteral("P"),
                      QDir::tempPath() + QStringLiteral("/marginalia-bench-search/bench.marginalia")});
    parser.addOption({QStringLiteral("documents"), QStringLiteral("How many documents."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("chars"), QStringLiteral("Characters per document, about."), QStringLiteral("C"),
                      QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("repeat"), QStringLiteral("Runs of each query."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("regenerate"), QStringLiteral("Build the project again even when it exists.")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("project"));
    const int documentCount = parser.value(QStringLiteral("documents")).toInt();
    const int chars = parser.value(QStringLiteral("chars")).toInt();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    QRandomGenerator random(20261126);
    const QStringList words = vocabulary(random);

    if (parser.isSet(QStringLiteral("regenerate"))) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    auto opened = ProjectStore::open(path);
    if (!opened) {
        print(opened.error().message + u'\n');
        return 1;
    }
    ProjectStore &store = **opened;
    const int existing = int(store.documents().value_or(QList<DocumentRecord>()).size());
    if (existing != documentCount) {
        if (existing > 0) {
            print(QStringLiteral("%1 has %2 documents, not %3; use --regenerate.\n")
                      .arg(path)
                      .arg(existing)
                      .arg(documentCount));
            return 1;
        }
        if (!generateDocuments(store, path, words, random, documentCount, chars))
            return 1;
    }
    print(QStringLiteral("project: %1 documents, file %2 MB, FTS5 index: %3\n")
              .arg(documentCount)
              .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
              .arg(store.hasSearchIndex() ? QStringLiteral("yes") : QStringLiteral("no (scanning)")));

    // Queries of three kinds, drawn from the same vocabulary: frequent, middling and rare words,
    // prefixes, and two-word phrases taken from a generated text so that they occur.
    QRandomGenerator queryRandom(7);
    QStringList wordQueries, prefixQueries, phraseQueries;
    for (const qsizetype index : {qsizetype(0), qsizetype(3), qsizetype(40), qsizetype(400), words.size() / 8,
                                  words.size() / 3, words.size() / 2})
        wordQueries.append(words.at(index));
    wordQueries.append(QStringLiteral("cafe"));
    wordQueries.append(words.at(5) + u' ' + words.at(60));
    for (const qsizetype index : {qsizetype(1), qsizetype(20), qsizetype(300), words.size() / 10, words.size() / 4})
        prefixQueries.append(words.at(index).left(std::max(qsizetype(2), words.at(index).size() - 3)) + u'*');
    prefixQueries.append(QStringLiteral("kra*"));
    // A stored document, so that its phrases are in the corpus.
    const QString sample =
        store.document(1 + qint64(queryRandom.bounded(documentCount))).value_or(DocumentRecord()).text;
    const QStringList sampleWords = sample.split(QRegularExpression(QStringLiteral("[^\\p{L}]+")), Qt::SkipEmptyParts);
    for (int i = 0; i < 6; ++i) {
        const int at = int(queryRandom.bounded(int(sampleWords.size()) - 3));
        phraseQueries.append(u'"' + sampleWords.at(at) + u' ' + sampleWords.at(at + 1) + u'"');
    }
    phraseQueries.append(QStringLiteral("\"sao paulo\""));

    QList<double> all;
    const auto measure = [&](const QString &kind, const QStringList &queries) {
        QList<double> times;
        for (const QString &query : queries) {
            int hits = 0;
            QList<double> own;
            for (int r = 0; r < repeat; ++r) {
                QElapsedTimer timer;
                timer.start();
                auto result = store.search(query, 100);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                hits = result ? int(result->size()) : -1;
                own.append(ms);
            }
            times += own;
            print(QStringLiteral("  %1 %2: %3 hits, median %4 ms\n")
                      .arg(kind, -7)
                      .arg(query, -28)
                      .arg(hits, 3)
                      .arg(percentile(own, 0.5), 0, 'f', 1));
        }
        print(QStringLiteral("%1 queries: median %2 ms, p95 %3 ms\n")
                  .arg(kind)
                  .arg(percentile(times, 0.5), 0, 'f', 1)
                  .arg(percentile(times, 0.95), 0, 'f', 1));
        all += times;
    };
    measure(QStringLiteral("word"), wordQueries);
    measure(QStringLiteral("prefix"), prefixQueries);
    measure(QStringLiteral("phrase"), phraseQueries);
    print(QStringLiteral("all %1 runs (limit 100 hits): median %2 ms, p95 %3 ms\n")
              .arg(all.size())
              .arg(percentile(all, 0.5), 0, 'f', 1)
              .arg(percentile(all, 0.95), 0, 'f', 1));
    return 0;
}
