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

} // namespace marginalia::test
