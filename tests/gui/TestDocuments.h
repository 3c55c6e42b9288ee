#pragma once

#include "core/Document.h"
#include "core/Text.h"
#include "core/import/Importer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

// Qt 6.8's QVERIFY2 evaluates its message even when the check passes; reading error() of a success is UB.
#define VERIFY_RESULT(result) QVERIFY2(bool(result), (result) ? "" : qPrintable((result).error().message))

namespace marginalia::test {

inline QString samplePath()
{
    return QStringLiteral(MARGINALIA_SOURCE_DIR "/resources/samples/sample-article.md");
}

// The bundled sample through the real importer; while the importer is not there yet, a small stand-in that
// reads "# " headings and blank-line separated paragraphs.
inline ImportedDocument sampleDocument()
{
    if (auto imported = importFile(samplePath()))
        return *imported;
    QFile file(samplePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    ImportedDocument document;
    document.format = QStringLiteral("md");
    document.sourcePath = samplePath();
    document.contentHash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QStringList parts;
    for (QString part : normalizeText(QString::fromUtf8(bytes)).split(QRegularExpression(QStringLiteral("\n\\s*\n")))) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        Block block;
        if (part.startsWith(QLatin1String("# "))) {
            part = part.mid(2);
            block.kind = BlockKind::Heading;
            block.level = 1;
            if (document.meta.title.isEmpty())
                document.meta.title = part;
        } else if (part.startsWith(u'*') && part.endsWith(u'*')) {
            part = part.mid(1, part.size() - 2);
        }
        const int start = parts.isEmpty() ? 0 : codePointLength(parts.join(QStringLiteral("\n\n"))) + 2;
        block.start = start;
        block.end = start + codePointLength(part);
        parts.append(part);
        document.blocks.append(block);
    }
    document.text = parts.join(QStringLiteral("\n\n"));
    return document;
}

} // namespace marginalia::test
