// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// marginalia-bench-annotations [COUNT]: bulk import of COUNT annotations (default 100000) on one document of
// about 1 MB, from JSON Lines, then from the CSV, W3C and REFI-QDA exports of the result, each into a fresh
// project.
// Prints wall and processor time and annotations per second for each format.
#include "core/exchange/AnnotationImport.h"
#include "core/export/Exporters.h"
#include "core/import/qdpx/QdpxImporter.h"
#include "core/store/ProjectStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace marginalia;

namespace {

ImportedDocument benchDocument()
{
    const QString sentence = QStringLiteral("The council said the river was clean, but the ministry found "
                                            "pollutants in 3 of 12 samples taken in 2024 near the old mill. ");
    ImportedDocument document;
    while (document.text.size() < 1'000'000)
        document.text += sentence;
    document.text.chop(1);
    Block block;
    block.end = int(document.text.size());
    document.blocks.append(block);
    document.meta.title = QStringLiteral("Bench");
    document.sourcePath = QStringLiteral("/tmp/bench.txt");
    document.format = QStringLiteral("txt");
    document.contentHash = QStringLiteral("bench");
    return document;
}

QByteArray jsonLines(int count, int textLength)
{
    QRandomGenerator random(42);
    QByteArray lines;
    for (int number = 0; number < count; ++number) {
        const int start = int(random.bounded(textLength - 100));
        const int end = start + 5 + int(random.bounded(60));
        lines += QStringLiteral("{\"document_id\": 1, \"start\": %1, \"end\": %2, \"tag\": \"Theme %3/Code %4\", "
                                "\"note\": \"%5\"}\n")
                     .arg(start)
                     .arg(end)
                     .arg(number % 5)
                     .arg(number % 20)
                     .arg(number % 3 == 0 ? QStringLiteral("Note number %1").arg(number) : QString())
                     .toUtf8();
    }
    return lines;
}

std::unique_ptr<ProjectStore> project(const QString &path)
{
    auto store = ProjectStore::open(path);
    if (!store || !(*store)->addDocument(benchDocument()))
        return nullptr;
    return std::move(*store);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Imports `file` into a fresh project and prints the figure; returns the project for the next export.
std::unique_ptr<ProjectStore> timeImport(const QTemporaryDir &dir, const QString &name, const QString &file)
{
    auto store = project(dir.filePath(name + QStringLiteral(".marginalia")));
    if (!store)
        return nullptr;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t processorStart = std::clock();
    // REFI-QDA projects come in through their own importer, the other formats through the annotation import.
    Result<qsizetype> added = failure(Error::Kind::BadInput, QStringLiteral("nothing imported"));
    if (name == nameOf(ExportFormat::Qdpx)) {
        auto report = importQdpx(*store, file);
        added = report ? Result<qsizetype>(report->annotationsAdded) : std::unexpected(report.error());
    } else {
        auto summary = importAnnotationFile(*store, file);
        added = summary ? Result<qsizetype>(summary->added.size()) : std::unexpected(summary.error());
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    // Processor time too: on a busy machine the wall time says more about the other programs.
    const double processor = double(std::clock() - processorStart) / CLOCKS_PER_SEC;
    if (!added) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(added.error().message));
        return nullptr;
    }
    const double count = double(*added);
    std::printf("%-6s %7.0f annotations  wall %6.3f s (%7.0f/s)  processor %6.3f s (%7.0f/s)  file %.1f MB\n",
                qPrintable(name), count, seconds, count / seconds, processor, count / processor,
                double(QFile(file).size()) / 1e6);
    return store;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;
    QTemporaryDir dir;
    const QString jsonl = dir.filePath(QStringLiteral("annotations.jsonl"));
    if (count <= 0 || !writeFile(jsonl, jsonLines(count, int(benchDocument().text.size())))) {
        std::fprintf(stderr, "usage: marginalia-bench-annotations [COUNT > 0]\n");
        return 2;
    }
    auto first = timeImport(dir, QStringLiteral("jsonl"), jsonl);
    if (!first)
        return 1;
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::W3c, ExportFormat::Qdpx}) {
        const QString suffix = format == ExportFormat::W3c ? QStringLiteral("json") : exportFormatInfo(format).suffix;
        const QString file = dir.filePath(QStringLiteral("annotations.") + suffix);
        if (!exportProjectToFile(*first, format, {}, file) || !timeImport(dir, nameOf(format), file))
            return 1;
    }
    return 0;
}
