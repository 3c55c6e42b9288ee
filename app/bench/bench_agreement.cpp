// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// marginalia-bench-agreement [--annotations N] [--documents D] [--coders C]: inter-coder agreement on a
// generated project where C coders (default 2) each made N annotations (default 100000) over D documents
// (default 100) of 50 paragraphs each, with 10 tags. The later coders follow the first with their ends moved
// by a few characters, a tag changed now and then and some passages swapped for others. Prints the time to write the
// project (not part of the figure), then wall and processor time and peak memory of computeAgreement on a
// read-only store, as the agreement dialog's worker does it.
#include "BenchMemory.h"
#include "core/agreement/Agreement.h"
#include "core/store/ProjectStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace marginalia;

namespace {

constexpr int kParagraphs = 50;
constexpr int kTags = 10;

ImportedDocument benchDocument(int number)
{
    const QString sentence = QStringLiteral("The council said the river was clean, but the ministry found "
                                            "pollutants in 3 of 12 samples near the old mill. ");
    ImportedDocument document;
    for (int paragraph = 0; paragraph < kParagraphs; ++paragraph) {
        if (paragraph > 0)
            document.text += QStringLiteral("\n\n");
        Block block;
        block.start = int(document.text.size());
        document.text += QStringLiteral("Paragraph %1. ").arg(paragraph) + sentence.repeated(3);
        block.end = int(document.text.size());
        document.blocks.append(block);
    }
    document.meta.title = QStringLiteral("Bench %1").arg(number);
    document.sourcePath = QStringLiteral("/tmp/bench-%1.txt").arg(number);
    document.format = QStringLiteral("txt");
    document.contentHash = QStringLiteral("bench-%1").arg(number);
    return document;
}

// The first coder's annotations, then each later coder's variation of them.
QList<Annotation> codings(const QList<qint64> &documents, const QList<qint64> &tags, int perCoder, int coders,
                          int textLength)
{
    QRandomGenerator random(7);
    QList<Annotation> first;
    for (int number = 0; number < perCoder; ++number) {
        Annotation a;
        a.documentId = documents.at(number % documents.size());
        a.start = int(random.bounded(textLength - 200));
        a.end = a.start + 10 + int(random.bounded(150));
        a.tagId = tags.at(int(random.bounded(kTags)));
        a.author = QStringLiteral("coder1");
        first.append(a);
    }
    QList<Annotation> all = first;
    for (int coder = 2; coder <= coders; ++coder) {
        for (Annotation a : std::as_const(first)) {
            a.author = QStringLiteral("coder%1").arg(coder);
            a.start = std::max(0, a.start + int(random.bounded(11)) - 5);
            a.end = std::max(a.start + 1, a.end + int(random.bounded(11)) - 5);
            if (random.bounded(10) == 0)
                a.tagId = tags.at(int(random.bounded(kTags)));
            if (random.bounded(20) == 0) { // a passage only this coder saw, in place of one only the first saw
                a.start = int(random.bounded(textLength - 200));
                a.end = a.start + 40;
            }
            all.append(a);
        }
    }
    return all;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("annotations"), QStringLiteral("Annotations per coder."), QStringLiteral("N"),
          QStringLiteral("100000")},
         {QStringLiteral("documents"), QStringLiteral("Documents."), QStringLiteral("D"), QStringLiteral("100")},
         {QStringLiteral("coders"), QStringLiteral("Coders."), QStringLiteral("C"), QStringLiteral("2")}});
    parser.process(app);
    const int perCoder = parser.value(QStringLiteral("annotations")).toInt();
    const int documentCount = std::max(1, parser.value(QStringLiteral("documents")).toInt());
    const int coders = std::max(2, parser.value(QStringLiteral("coders")).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agreement.marginalia"));
    QElapsedTimer timer;
    timer.start();
    {
        auto store = ProjectStore::open(path);
        if (!store)
            return std::fprintf(stderr, "%s\n", qPrintable(store.error().message)), 1;
        QList<qint64> documents;
        int textLength = 0;
        for (int number = 0; number < documentCount; ++number) {
            const ImportedDocument document = benchDocument(number);
            textLength = int(document.text.size());
            documents.append((*store)->addDocument(document).value_or(0));
        }
        QList<qint64> tags;
        for (int number = 0; number < kTags; ++number) {
            Tag tag;
            tag.name = QStringLiteral("Code %1").arg(number);
            tags.append((*store)->addTag(tag).transform([](const Tag &t) { return t.id; }).value_or(0));
        }
        if (auto added = (*store)->addAnnotations(codings(documents, tags, perCoder, coders, textLength)); !added)
            return std::fprintf(stderr, "%s\n", qPrintable(added.error().message)), 1;
    }
    std::printf("project: %d coders x %d annotations, %d documents, %d paragraphs each: written in %.1f s\n", coders,
                perCoder, documentCount, kParagraphs, timer.elapsed() / 1000.0);

    bench::resetPeakResident();
    timer.restart();
    const std::clock_t processorStart = std::clock();
    auto store = ProjectStore::open(path, ProjectAccess::ReadOnly);
    if (!store)
        return std::fprintf(stderr, "%s\n", qPrintable(store.error().message)), 1;
    auto report = computeAgreement(**store);
    if (!report)
        return std::fprintf(stderr, "%s\n", qPrintable(report.error().message)), 1;
    const double wall = timer.elapsed() / 1000.0;
    const double processor = double(std::clock() - processorStart) / CLOCKS_PER_SEC;
    std::printf("agreement: %.2f s wall, %.2f s processor, peak %.0f MB; %lld characters, %d paragraph units, "
                "%d tags\n",
                wall, processor, bench::peakResidentMb(), static_cast<long long>(report->characters),
                report->paragraphs, int(report->tags.size()));
    if (!report->tags.isEmpty())
        std::printf("first tag %s: alpha_u %.3f, kappa %.3f\n", qPrintable(report->tags.first().tagPath),
                    report->tags.first().alpha, report->tags.first().kappa);
    return 0;
}
