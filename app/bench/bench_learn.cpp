// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Learned-model inference throughput: trains a tag's model on the gold QUANTITY spans of an evaluation set,
// then builds news text of 1 MB and 10 MB from that set's sentences regrouped at random into paragraphs
// (no paragraph repeats: repeated text is folded and would flatter the figure) and times, on one thread,
// the built-in analysis the features need and the learned inference itself (tokens, features, decoding).
// Prints MB/s, the time ratio (linear scaling gives ~10) and the peak resident memory of each phase.
//
//   marginalia-bench-learn GOLD.jsonl [--sizes 1,10] [--type QUANTITY]
#include "BenchMemory.h"
#include "core/analysis/Analyzer.h"
#include "core/analysis/learn/Recommender.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cstdio>
#include <ctime>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

struct GoldDocument {
    QString text;
    QList<learn::CodePointRange> spans;
};

QList<GoldDocument> readGold(const QString &path, const QString &type)
{
    QList<GoldDocument> documents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return documents;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty())
            continue;
        GoldDocument document{object.value(u"text"_s).toString(), {}};
        for (const QJsonValue &entity : object.value(u"entities"_s).toArray())
            if (entity[u"type"_s].toString() == type)
                document.spans.append({entity[u"start"_s].toInt(), entity[u"end"_s].toInt()});
        documents.append(document);
    }
    return documents;
}

// Paragraphs of three to six sentences drawn at random from the set's sentences, until `bytes` of UTF-8.
QString regroupedText(const QList<GoldDocument> &documents, qsizetype bytes, quint32 seed)
{
    QStringList sentences;
    static const QRegularExpression boundary(u"(?<=[.!?])\\s+(?=[A-Z\"\u201C])|\\n+"_s);
    for (const GoldDocument &document : documents)
        for (const QString &sentence : document.text.split(boundary, Qt::SkipEmptyParts))
            sentences.append(sentence.trimmed());
    QRandomGenerator random(seed);
    QString text;
    qsizetype size = 0;
    while (size < bytes && !sentences.isEmpty()) {
        QString paragraph;
        const int count = int(random.bounded(3, 7));
        for (int i = 0; i < count; ++i)
            paragraph += sentences.at(int(random.bounded(quint32(sentences.size())))) + u' ';
        paragraph.back() = u'\n';
        text += paragraph + u'\n';
        size += paragraph.toUtf8().size() + 1;
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QList<int> sizes = {1, 10};
    QString type = u"QUANTITY"_s;
    QString goldPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--sizes"_s && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &size : args[++i].split(u','))
                sizes.append(size.toInt());
        } else if (args[i] == u"--type"_s && i + 1 < args.size()) {
            type = args[++i];
        } else {
            goldPath = args[i];
        }
    }
    const QList<GoldDocument> gold = readGold(goldPath, type);
    if (gold.isEmpty()) {
        std::fprintf(stderr, "usage: marginalia-bench-learn GOLD.jsonl [--sizes 1,10] [--type QUANTITY]\n");
        return 2;
    }
    const Analyzer analyzer;
    QList<learn::PreparedDocument> prepared;
    QList<learn::TagExamples> examples;
    for (qsizetype i = 0; i < gold.size(); ++i) {
        prepared.append(learn::prepareDocument(i + 1, gold[i].text, analyzer.analyze(gold[i].text)));
        examples.append({i + 1, gold[i].spans, {}});
    }
    QElapsedTimer timer;
    timer.start();
    const learn::SequenceModel model =
        learn::trainTagModel([&prepared](qint64 id) { return &prepared[qsizetype(id - 1)]; }, examples);
    std::printf("trained on %lld documents (%s) in %.2f s, model %lld bytes stored\n", qlonglong(gold.size()),
                qPrintable(type), timer.elapsed() / 1000.0, qlonglong(model.serialize().size()));
    double firstSeconds = 0;
    for (int megabytes : sizes) {
        const QString text = regroupedText(gold, qsizetype(megabytes) * 1000 * 1000, 20261127u + quint32(megabytes));
        const double mb = text.toUtf8().size() / 1e6;
        bench::resetPeakResident();
        timer.restart();
        const QList<Span> analysis = analyzer.analyze(text);
        const double analysisSeconds = timer.elapsed() / 1000.0;
        const double analysisPeak = bench::peakResidentMb();
        bench::resetPeakResident();
        timer.restart();
        const std::clock_t processorStart = std::clock();
        const learn::PreparedDocument document = learn::prepareDocument(0, text, analysis);
        const QList<Span> found = learn::suggestWithModel(model, type, document);
        const double seconds = timer.elapsed() / 1000.0;
        // Processor time too: on a shared machine the wall clock also counts other programs' turns.
        const double processorSeconds = double(std::clock() - processorStart) / CLOCKS_PER_SEC;
        if (firstSeconds == 0)
            firstSeconds = seconds;
        std::printf("%6.2f MB: learned inference %.3f s wall = %.1f MB/s, %.3f s processor = %.1f MB/s (%lld "
                    "suggestions, peak %.0f MB, ratio %.1f); analysis first %.3f s = %.1f MB/s (peak %.0f MB)\n",
                    mb, seconds, mb / seconds, processorSeconds, mb / processorSeconds, qlonglong(found.size()),
                    bench::peakResidentMb(), seconds / firstSeconds, analysisSeconds, mb / analysisSeconds,
                    analysisPeak);
    }
    return 0;
}
