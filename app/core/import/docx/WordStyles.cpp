// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/docx/WordStyles.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::docx {

using namespace office;

WordStyles::WordStyles(const QByteArray &stylesXml)
{
    XmlCursor cursor(stylesXml);
    QString currentId;
    bool inDefaults = false;
    while (cursor.next()) {
        if (cursor.isEnd(u"docDefaults"))
            inDefaults = false;
        if (!cursor.isStart())
            continue;
        const QStringView name = cursor.name();
        if (name == u"docDefaults") {
            inDefaults = true;
        } else if (name == u"lang" && inDefaults && m_language.isEmpty()) {
            m_language = cursor.attribute(u"val");
        } else if (name == u"style") {
            currentId = cursor.attribute(u"type") == u"paragraph" ? cursor.attribute(u"styleId") : QString();
            if (!currentId.isEmpty())
                m_styles.insert(currentId, WordStyle{});
        } else if (!currentId.isEmpty()) {
            WordStyle &style = m_styles[currentId];
            if (name == u"name")
                style.name = cursor.attribute(u"val");
            else if (name == u"basedOn")
                style.parent = cursor.attribute(u"val");
            else if (name == u"outlineLvl")
                style.outlineLevel = cursor.attribute(u"val").toInt();
            else if (name == u"numId")
                style.numbered = cursor.attribute(u"val") != u"0";
            else if (name == u"ilvl")
                style.listLevel = cursor.attribute(u"val").toInt();
        }
    }
}

std::optional<StyleRole> WordStyles::role(const QString &styleId) const
{
    return inheritedRole(styleId, [](const QString &id, const WordStyle *style) -> std::optional<StyleRole> {
        if (!style)
            return roleFromStyleName(id);
        if (std::optional<StyleRole> role = roleFromStyleName(style->name.isEmpty() ? id : style->name))
            return role;
        if (style->outlineLevel >= 0 && style->outlineLevel < 9)
            return StyleRole{BlockKind::Heading, std::min(style->outlineLevel + 1, 6)};
        if (style->numbered)
            return StyleRole{BlockKind::ListItem, std::clamp(style->listLevel + 1, 1, 9)};
        return std::nullopt;
    });
}

} // namespace marginalia::importdetail::docx
