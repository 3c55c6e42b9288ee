// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// marginalia-bench-export: exports of a large project. Builds (in one transaction) a project of N
// annotations spread over documents of many blocks, then writes the CSV (and with --format, another
// export) to a file and prints the time, MB/s and the peak resident memory of the export alone.
// Asserts nothing about time. Example: marginalia-bench-export --annotations 1000000
#include "core/export/Exporters.h"
#include "core/store/ProjectStore.h"

#include "bench/BenchMemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <ctime>

using namespace marginalia;

namespace {

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

// A document of `blocks` paragraphs of about 60 characters each.
ImportedDocument makeDocument(int number, int blocks)
{
    ImportedDocument doc;
    doc.meta.title = QStringLiteral("Generated article %1").arg(number);
    doc.format = QStringLiteral("txt");
    doc.contentHash = QString::number(number);
    doc.sourcePath = QStringLiteral("/tmp/generated-%1.txt").arg(number);
    for (int i = 0; i < blocks; ++i) {
        if (i > 0)
            doc.text += QStringLiteral("\n\n");
        Block block;
        block.start = int(doc.text.size());
        doc.text += QStringLiteral("Paragraph %1 says the river, \"clean\", held 5,000 fish in 2024.").arg(i);
        block.end = int(doc.text.size());
        block.page = 1 + i / 40;
        doc.blocks.append(block);
    }
    return doc;
}

Result<void> build(ProjectStore &store, int annotations, int documents, int blocks)
{
    auto tags = store.tags();
    if (!tags)
        return std::unexpected(tags.error());
    return store.transaction([&]() -> Result<void> {
        const int perDocument = (annotations + documents - 1) / documents;
        int made = 0;
        for (int d = 0; d < documents && made < annotations; ++d) {
            const ImportedDocument doc = makeDocument(d, blocks);
            auto id = store.addDocument(doc);
            if (!id)
                return std::unexpected(id.error());
            for (int i = 0; i < perDocument && made < annotations; ++i, ++made) {
                const Block &block = doc.blocks.at((i * 7) % doc.blocks.size());
                Annotation a;
                a.documentId = *id;
                a.start = block.start + 10;
                a.end = block.start + 40;
                a.tagId = tags->at(i % tags->size()).id;
                a.note = QStringLiteral("Note %1 on the passage").arg(i);
                if (auto added = store.addAnnotation(a); !added)
                    return std::unexpected(added.error());
            }
        }
        return {};
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times exports of a generated project."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("annotations"), QStringLiteral("Annotations in the project."), QStringLiteral("N"),
         QStringLiteral("1000000")},
        {QStringLiteral("documents"), QStringLiteral("Documents they are spread over."), QStringLiteral("N"),
         QStringLiteral("1000")},
        {QStringLiteral("blocks"), QStringLiteral("Blocks (paragraphs) per document."), QStringLiteral("N"),
         QStringLiteral("200")},
        {QStringLiteral("format"), QStringLiteral("The export to time (csv, matrix, xlsx, …)."), QStringLiteral("F"),
         QStringLiteral("csv")},
        {QStringLiteral("project"), QStringLiteral("Where the project is kept (reused when it exists)."),
         QStringLiteral("P"), QString()},
    });
    parser.process(app);
    const int annotations = parser.value(QStringLiteral("annotations")).toInt();
    const int documents = parser.value(QStringLiteral("documents")).toInt();
    const int blocks = parser.value(QStringLiteral("blocks")).toInt();
    const auto format = fromName<ExportFormat>(parser.value(QStringLiteral("format")));
    if (annotations <= 0 || documents <= 0 || blocks <= 0 || !format) {
        print(QStringLiteral("bad arguments; see --help\n"));
        return 2;
    }
    QString path = parser.value(QStringLiteral("project"));
    if (path.isEmpty())
        path = QDir::temp().filePath(
            QStringLiteral("marginalia-bench-export-%1-%2-%3.marginalia").arg(annotations).arg(documents).arg(blocks));
    const bool exists = QFileInfo::exists(path);
    auto store = ProjectStore::open(path);
    if (!store) {
        print(store.error().message + u'\n');
        return 1;
    }
    if (!exists) {
        QElapsedTimer timer;
        timer.start();
        if (auto built = build(**store, annotations, documents, blocks); !built) {
            print(built.error().message + u'\n');
            QFile::remove(path);
            return 1;
        }
        print(QStringLiteral("built %1 annotations on %2 documents of %3 blocks in %4 s (%5)\n")
                  .arg(annotations)
                  .arg(documents)
                  .arg(blocks)
                  .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                  .arg(path));
    }
    {
        // What reading the rows alone costs, to tell the store's share from the writer's.
        QElapsedTimer timer;
        timer.start();
        const std::clock_t processorStart = std::clock();
        auto read = (*store)->forEachAnnotation(std::nullopt, [](const Annotation &) -> Result<bool> { return true; });
        if (read)
            print(QStringLiteral("store read: %1 annotations in %2 s (processor %3 s)\n")
                      .arg(*read)
                      .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2)
                      .arg(double(std::clock() - processorStart) / CLOCKS_PER_SEC, 0, 'f', 2));
    }
    const QString output = QDir::temp().filePath(QStringLiteral("marginalia-bench-export.")
                                                 + exportFileSuffix(*format));
    bench::resetPeakResident();
    QElapsedTimer timer;
    timer.start();
    const std::clock_t processorStart = std::clock();
    auto rows = exportProjectToFile(**store, *format, CsvExportOptions(), output);
    const double seconds = timer.nsecsElapsed() / 1e9;
    // Processor time too: on a busy machine the wall time says more about the other programs.
    const double processor = double(std::clock() - processorStart) / CLOCKS_PER_SEC;
    if (!rows) {
        print(rows.error().message + u'\n');
        return 1;
    }
    const double megabytes = QFileInfo(output).size() / 1e6;
    print(QStringLiteral("%1 export: %2 rows, %3 MB in %4 s = %5 MB/s (processor %6 s = %7 MB/s), peak RSS %8 MB\n")
              .arg(nameOf(*format))
              .arg(*rows)
              .arg(megabytes, 0, 'f', 1)
              .arg(seconds, 0, 'f', 2)
              .arg(megabytes / seconds, 0, 'f', 1)
              .arg(processor, 0, 'f', 2)
              .arg(megabytes / processor, 0, 'f', 1)
              .arg(bench::peakResidentMb(), 0, 'f', 0));
    QFile::remove(output);
    return 0;
}
