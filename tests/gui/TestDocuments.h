#pragma once

#include "core/model/Document.h"
#include "core/import/Importer.h"

// Qt 6.8's QVERIFY2 evaluates its message even when the check passes; reading error() of a success is UB.
#define VERIFY_RESULT(result) QVERIFY2(bool(result), (result) ? "" : qPrintable((result).error().message))

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
