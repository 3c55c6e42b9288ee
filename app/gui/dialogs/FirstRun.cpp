// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/dialogs/FirstRun.h"

#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"
#include "core/text/Text.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace.
static void initResourcesOnce()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(done);
}

namespace marginalia {

void initGuiResources()
{
    initResourcesOnce();
}

Result<qint64> importBundledSample(ProjectStore &store)
{
    initGuiResources();
    QFile resource(u":/samples/sample-article.md"_s);
    if (!resource.open(QIODevice::ReadOnly))
        return failure(Error::Kind::NotFound, u"The bundled sample article is missing."_s);
    const QByteArray bytes = resource.readAll();
    // importFile wants a path with the right extension; a private temporary copy is the honest source.
    QTemporaryDir folder;
    if (!folder.isValid())
        return failure(Error::Kind::Io, folder.errorString());
    const QString path = folder.filePath(u"sample-article.md"_s);
    QFile copy(path);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size())
        return failure(Error::Kind::Io, copy.errorString());
    copy.close();
    auto imported = importFile(path);
    if (!imported)
        return std::unexpected(imported.error());
    imported->sourcePath = u"sample-article.md"_s;
    return store.addDocument(*imported);
}

Result<int> addDemonstrationAnnotations(ProjectStore &store, qint64 documentId)
{
    auto document = store.document(documentId);
    if (!document)
        return std::unexpected(document.error());
    auto existing = store.annotations(documentId);
    if (!existing)
        return std::unexpected(existing.error());
    if (!existing->isEmpty())
        return 0;
    auto tags = store.tags();
    if (!tags)
        return std::unexpected(tags.error());
    const auto tagWithKey = [&](int key) -> qint64 {
        for (const Tag &t : *tags)
            if (t.key == key)
                return t.id;
        return tags->isEmpty() ? 0 : tags->first().id;
    };

    // The first sentence of the first real paragraph (bylines are short), and the first figure in it.
    const QString &text = document->text;
    const CodePointIndex index(text);
    for (const Block &block : document->blocks) {
        if (block.kind != BlockKind::Paragraph || block.end - block.start < 80)
            continue;
        const int from = index.toUtf16(block.start);
        const QString paragraph = text.mid(from, index.toUtf16(block.end) - from);
        const auto sentenceEnd = QRegularExpression(u"[.!?](\\s|$)"_s).match(paragraph);
        const int sentenceLength = sentenceEnd.hasMatch() ? int(sentenceEnd.capturedStart()) + 1
                                                          : int(paragraph.size());

        QList<Annotation> demo;
        Annotation claim;
        claim.documentId = documentId;
        claim.start = block.start;
        claim.end = index.toCodePoint(from + sentenceLength);
        claim.tagId = tagWithKey(6);
        claim.note = QCoreApplication::translate("FirstRun", "Who confirms this? Check the council's minutes.");
        demo.append(claim);

        const auto figure = QRegularExpression(u"[£€$]?\\d[\\d,.]*\\s?(%|per cent|million|billion)?"_s)
                                .match(paragraph.left(sentenceLength));
        if (figure.hasMatch()) {
            Annotation number;
            number.documentId = documentId;
            number.start = index.toCodePoint(from + int(figure.capturedStart()));
            number.end = index.toCodePoint(from + int(figure.capturedEnd()));
            number.tagId = tagWithKey(5);
            demo.append(number);
        }
        int added = 0;
        auto written = store.transaction([&]() -> Result<void> {
            for (Annotation &a : demo) {
                fillContext(a, text);
                auto result = store.addAnnotation(a);
                if (!result)
                    return std::unexpected(result.error());
                ++added;
            }
            return {};
        });
        if (!written)
            return std::unexpected(written.error());
        return added;
    }
    return 0;
}

} // namespace marginalia
