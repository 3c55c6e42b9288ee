#pragma once

#include "core/import/Importer.h"
#include "core/model/Document.h"

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

} // namespace marginalia::test
