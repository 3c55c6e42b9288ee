// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/import/Importer.h"
#include "core/model/Document.h"
#include "core/store/ProjectStore.h"

#include <memory>

#include "TestHelpers.h"

namespace marginalia::test {

inline QString samplePath()
{
    return QStringLiteral(MARGINALIA_SOURCE_DIR "/resources/samples/sample-article.md");
}

// The bundled sample through the real importer; empty when it cannot be read (callers check the text).
inline ImportedDocument sampleDocument()
{
    return importFile(samplePath()).value_or(ImportedDocument{});
}

// A plain-text document holding `text` as an import gives it (one block per line), for store and view tests.
inline ImportedDocument textDocument(const QString &text)
{
    ImportedDocument document;
    document.text = text;
    document.sourcePath = QStringLiteral("/tmp/document.txt");
    document.format = QStringLiteral("txt");
    document.contentHash = text;
    document.meta.title = text.left(12);
    int start = 0; // blocks count code points
    for (const QString &line : text.split(u'\n')) {
        const int length = int(line.toUcs4().size());
        if (length > 0) {
            Block block;
            block.start = start;
            block.end = start + length;
            document.blocks.append(block);
        }
        start += length + 1;
    }
    return document;
}

// A plain-text document of `paragraphs` separated by blank lines, one block each (code-point offsets), titled
// `title` (also its content hash), for export and matrix tests that need known block boundaries.
inline ImportedDocument paragraphsDocument(const QStringList &paragraphs, const QString &title)
{
    ImportedDocument document;
    document.meta.title = title;
    document.format = QStringLiteral("txt");
    document.contentHash = title;
    int length = 0; // code points of document.text so far
    for (const QString &paragraph : paragraphs) {
        if (!document.text.isEmpty()) {
            document.text += QStringLiteral("\n\n");
            length += 2;
        }
        Block block;
        block.start = length;
        document.text += paragraph;
        length += int(paragraph.toUcs4().size());
        block.end = length;
        document.blocks.append(block);
    }
    return document;
}

// A new project at `path` holding the bundled sample as its one document.
struct SampleProject {
    std::unique_ptr<ProjectStore> store;
    qint64 documentId = 0;
    QString text; // the sample's normalized text
};

inline Result<SampleProject> openSampleProject(const QString &path)
{
    auto store = ProjectStore::open(path);
    if (!store)
        return std::unexpected(store.error());
    const ImportedDocument document = sampleDocument();
    if (document.text.isEmpty())
        return failure(Error::Kind::NotFound, QStringLiteral("The bundled sample could not be read."));
    auto id = (*store)->addDocument(document);
    if (!id)
        return std::unexpected(id.error());
    return SampleProject{std::move(*store), *id, document.text};
}

} // namespace marginalia::test
