// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/Document.h"

#include "core/text/Text.h"

#include <array>
#include <utility>

namespace marginalia {

namespace {
constexpr std::array<std::pair<BlockKind, const char16_t *>, 14> kBlockKindNames{{
    {BlockKind::Heading, u"heading"},
    {BlockKind::Paragraph, u"paragraph"},
    {BlockKind::Quote, u"quote"},
    {BlockKind::ListItem, u"list"},
    {BlockKind::Code, u"code"},
    {BlockKind::Caption, u"caption"},
    {BlockKind::Table, u"table"},
    {BlockKind::Boilerplate, u"boilerplate"},
    {BlockKind::Duplicate, u"duplicate"},
    {BlockKind::Title, u"title"},
    {BlockKind::Byline, u"byline"},
    {BlockKind::Footnote, u"footnote"},
    {BlockKind::Contents, u"contents"},
    {BlockKind::Furniture, u"furniture"},
}};
} // namespace

QString blockKindName(BlockKind kind)
{
    for (const auto &[k, name] : kBlockKindNames)
        if (k == kind)
            return QString::fromUtf16(name);
    return QStringLiteral("paragraph");
}

BlockKind blockKindFromName(const QString &name, bool *ok)
{
    for (const auto &[k, n] : kBlockKindNames) {
        if (name == QStringView(n)) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return BlockKind::Paragraph;
}

bool isContentKind(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Boilerplate:
    case BlockKind::Duplicate:
    case BlockKind::Contents:
    case BlockKind::Furniture:
        return false;
    default:
        return true;
    }
}

QString contentText(const QString &text, const QList<Block> &blocks)
{
    const CodePointIndex index(text);
    QStringList parts;
    for (const Block &b : blocks) {
        if (!isContentKind(b.kind))
            continue;
        const int from = index.toUtf16(b.start);
        parts.append(text.mid(from, index.toUtf16(b.end) - from));
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace marginalia
