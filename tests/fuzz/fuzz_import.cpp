// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for the import formats: one binary for every format in FormatRegistry, so a new format is
// fuzzed without a new target. The format comes from MARGINALIA_FUZZ_FORMAT (a format id or extension, as
// `--format` takes it); `--list-formats` prints "id extension..." per registered format and exits, which is
// how scripts/dev fuzz finds the formats and their seed files. Inputs go through importBytes, the entry point
// the CLI and the window use, so detection, the format's reader and classifyBlocks are all exercised.

#include "core/import/DocumentFormat.h"
#include "core/import/FormatRegistry.h"
#include "core/import/Importer.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace marginalia;
using namespace Qt::StringLiterals;

namespace {

FormatPointer g_format;
QString g_sourcePath;

void listFormats()
{
    for (const FormatPointer &format : FormatRegistry::instance().formats())
        std::printf("%s %s\n", qPrintable(format->id()), qPrintable(format->extensions().join(u' ')));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // As in marginalia-cli: a core application object, for the readers that look up resources or settings.
    static int appArgc = 1;
    static char appName[] = "marginalia-fuzz-import";
    static char *appArgv[] = {appName, nullptr};
    static QCoreApplication app(appArgc, appArgv);
    QLoggingCategory::setFilterRules(u"*.debug=false\n*.warning=false"_s);
    for (int index = 1; index < *argc; ++index) {
        if (std::strcmp((*argv)[index], "--list-formats") == 0) {
            listFormats();
            std::exit(0);
        }
    }
    const char *name = std::getenv("MARGINALIA_FUZZ_FORMAT");
    g_format = FormatRegistry::instance().byName(QString::fromUtf8(name ? name : ""));
    if (!g_format) {
        std::fprintf(stderr, "Set MARGINALIA_FUZZ_FORMAT to one of these format ids:\n");
        listFormats();
        std::exit(2);
    }
    g_sourcePath = u"/fuzz/input."_s + g_format->extensions().value(0, g_format->id());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ImportedDocument> document = importBytes(bytes, g_format->id(), g_sourcePath);
    if (document) {
        // What the store relies on: every block lies inside the text, a duplicate names an earlier block.
        const qsizetype codePoints = document->text.toUcs4().size();
        for (qsizetype index = 0; index < document->blocks.size(); ++index) {
            const Block &block = document->blocks.at(index);
            if (block.start < 0 || block.end < block.start || block.end > codePoints || block.duplicateOf >= index
                || block.duplicateOf < -1) {
                std::fprintf(stderr,
                             "block %lld (%d..%d, duplicate of %d) is not inside the text of %lld code points\n",
                             static_cast<long long>(index), block.start, block.end, block.duplicateOf,
                             static_cast<long long>(codePoints));
                std::abort();
            }
        }
    }
    return 0;
}
