// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// marginalia-bench-reanchor: moves annotations from a generated article (about 1 MB) to a revised version of
// it (sentences inserted and deleted, typographic quotes, paragraphs removed, typos fixed inside quotes;
// tests/common/RevisedArticle.h) and prints how long that takes and where they landed: first the anchoring
// alone, then the whole re-import through ProjectEditor on a project under /tmp (store write included).
// Arguments: [annotations, default 10000] [characters, default 1000000]. Asserts nothing about time.
#include "RevisedArticle.h"
#include "core/edit/DocumentRevision.h"
#include "core/edit/ProjectEditor.h"
#include "core/store/ProjectStore.h"
#include "core/text/Anchoring.h"
#include "core/text/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace marginalia;

namespace {

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

struct Tally {
    int right = 0; // a kept passage on what it says now, or a removed one orphaned
    int wrong = 0;
    QHash<AnchorStatus, int> byStatus;
    QStringList firstWrong; // a few, to see what went wrong
};

void check(Tally &tally, const testdata::RevisedPassage &passage, const QString &newText, const AnchorPlacement &placed)
{
    ++tally.byStatus[placed.status];
    const QString landed = newText.mid(placed.start, placed.end - placed.start); // all BMP: UTF-16 = code points
    const bool right = passage.removed
                           ? placed.status == AnchorStatus::Orphaned
                           : (placed.status != AnchorStatus::Orphaned
                              && (landed == passage.expectedQuote
                                  || (passage.changed && textSimilarity(landed, passage.expectedQuote) >= 0.9)));
    ++(right ? tally.right : tally.wrong);
    if (!right && tally.firstWrong.size() < 5)
        tally.firstWrong.append(QStringLiteral("  %1 at %2: expected “%3”%4, got %5 “%6”")
                                    .arg(passage.changed ? QStringLiteral("changed") : QStringLiteral("kept"))
                                    .arg(passage.start)
                                    .arg(passage.expectedQuote)
                                    .arg(passage.removed ? QStringLiteral(" (removed)") : QString())
                                    .arg(nameOf(placed.status), landed));
}

QString statusLine(const QHash<AnchorStatus, int> &counts)
{
    QStringList parts;
    for (const auto &entry : vocabulary<AnchorStatus>())
        if (counts.value(entry.value))
            parts.append(QStringLiteral("%1 %2").arg(counts.value(entry.value)).arg(entry.name.toString()));
    return parts.join(QStringLiteral(", "));
}

void benchEditor(const testdata::RevisedArticle &article)
{
    const QString path = QDir::temp().filePath(QStringLiteral("marginalia-bench-reanchor.marginalia"));
    QFile::remove(path);
    auto store = ProjectStore::open(path);
    if (!store) {
        print(store.error().message + u'\n');
        return;
    }
    ImportedDocument oldVersion{article.oldText, {}, {}, QStringLiteral("article.txt"), QStringLiteral("txt"), {}};
    oldVersion.blocks.append({0, int(article.oldText.size()), BlockKind::Paragraph});
    auto id = (*store)->addDocument(oldVersion);
    (*store)->transaction([&]() -> Result<void> {
        for (const auto &passage : article.passages) {
            Annotation annotation;
            annotation.documentId = *id;
            annotation.start = passage.start;
            annotation.end = passage.end;
            annotation.note = QStringLiteral("note");
            if (auto added = (*store)->addAnnotation(annotation); !added)
                return std::unexpected(added.error());
        }
        return {};
    });
    ImportedDocument newVersion{article.newText, {}, {}, QStringLiteral("article-v2.txt"), QStringLiteral("txt"), {}};
    newVersion.blocks.append({0, int(article.newText.size()), BlockKind::Paragraph});
    ProjectEditor editor(**store);
    QElapsedTimer timer;
    timer.start();
    auto before = (*store)->documentVersion(*id);
    const qint64 readMs = timer.elapsed();
    timer.restart();
    const DocumentRevision revision = reviseDocument(*before, newVersion);
    const qint64 reviseMs = timer.elapsed();
    print(QStringLiteral("reading the document's version: %1 ms; reviseDocument: %2 ms\n").arg(readMs).arg(reviseMs));
    timer.restart();
    auto summary = editor.reimportDocument(*id, newVersion);
    const qint64 reimportMs = timer.elapsed();
    timer.restart();
    editor.undoStack()->undo();
    const qint64 undoMs = timer.elapsed();
    if (!summary) {
        print(summary.error().message + u'\n');
        return;
    }
    print(QStringLiteral("ProjectEditor::reimportDocument (re-anchoring and store write): %1 ms; undo: %2 ms\n")
              .arg(reimportMs)
              .arg(undoMs));
    store->reset();
    QFile::remove(path);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int annotations = args.size() > 1 ? args.at(1).toInt() : 10'000;
    const int characters = args.size() > 2 ? args.at(2).toInt() : 1'000'000;
    const auto article = testdata::makeRevisedArticle(characters, annotations);
    print(QStringLiteral("article: %1 characters, revised: %2; %3 annotations\n")
              .arg(article.oldText.size())
              .arg(article.newText.size())
              .arg(article.passages.size()));

    QElapsedTimer timer;
    timer.start();
    const Reanchoring reanchoring(article.oldText, article.newText);
    const qint64 indexMs = timer.elapsed();
    Tally tally;
    QList<AnchorPlacement> placements;
    const CodePointIndex oldCodePoints(article.oldText);
    for (const auto &passage : article.passages) {
        Annotation annotation;
        annotation.start = passage.start;
        annotation.end = passage.end;
        fillContext(annotation, article.oldText, oldCodePoints);
        placements.append(reanchoring.place(
            {annotation.start, annotation.end, annotation.quote, annotation.prefix, annotation.suffix}));
    }
    const qint64 totalMs = timer.elapsed();
    for (qsizetype index = 0; index < placements.size(); ++index)
        check(tally, article.passages.at(index), article.newText, placements.at(index));
    print(QStringLiteral("re-anchoring: %1 ms in all (index and landmarks %2 ms, placing %3 ms)\n")
              .arg(totalMs)
              .arg(indexMs)
              .arg(totalMs - indexMs));
    print(QStringLiteral("results: %1; right %2, wrong %3\n")
              .arg(statusLine(tally.byStatus))
              .arg(tally.right)
              .arg(tally.wrong));
    if (!tally.firstWrong.isEmpty())
        print(tally.firstWrong.join(u'\n') + u'\n');
    benchEditor(article);
    return tally.wrong == 0 ? 0 : 1;
}
