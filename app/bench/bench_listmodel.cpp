// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// marginalia-bench-listmodel: finding annotations by id in the reader's annotation list, as the window does for
// every highlight when a document opens or an annotation changes. Prints figures; asserts nothing about time.
#include "gui/models/AnnotationListModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace marginalia;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool given = false;
    const int asked = argc > 1 ? QByteArray(argv[1]).toInt(&given) : 0;
    const int count = given && asked > 0 ? asked : 100000; // other benchmarks' options are not ours
    QList<Annotation> annotations;
    annotations.reserve(count);
    for (int number = 0; number < count; ++number) {
        Annotation a;
        a.id = number + 1;
        a.documentId = 1;
        a.start = number * 10;
        a.end = a.start + 5;
        annotations.append(a);
    }

    AnnotationListModel model;
    QElapsedTimer timer;
    timer.start();
    model.setAnnotations(1, annotations);
    const qint64 loadMs = timer.elapsed();

    // Every highlight looks its annotation up once (MainWindow::refreshHighlights).
    timer.restart();
    qint64 found = 0;
    for (const Annotation &a : model.annotations())
        found += model.annotation(a.id) ? 1 : 0;
    const qint64 indexedMs = timer.elapsed();

    // The same look-ups as a walk over the rows, which is what the model did before it kept an index;
    // a hundredth of them, as the walk is quadratic.
    const int walked = std::max(1, count / 100);
    timer.restart();
    for (int number = 0; number < walked; ++number) {
        const qint64 id = model.annotations().at(number * (count / walked)).id; // spread over the list
        const auto &rows = model.annotations();
        found += std::ranges::find_if(rows, [id](const Annotation &a) { return a.id == id; }) != rows.end() ? 1 : 0;
    }
    const qint64 walkMs = timer.elapsed();

    std::printf("annotations: %d (found %lld)\n", count, static_cast<long long>(found));
    std::printf("setAnnotations: %lld ms\n", static_cast<long long>(loadMs));
    std::printf("look-up of every annotation by id (index): %lld ms\n", static_cast<long long>(indexedMs));
    std::printf("look-up by walking the rows, %d of them: %lld ms (all of them: about %lld ms)\n", walked,
                static_cast<long long>(walkMs), static_cast<long long>(walkMs) * count / walked);
    return 0;
}
