// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/odt/OdfStyles.h"

using namespace Qt::StringLiterals;

namespace marginalia::importdetail::odt {

using namespace office;

void OdfStyles::add(const QByteArray &xml)
{
    XmlCursor cursor(xml);
    bool inDefault = false;
    while (cursor.next()) {
        if (cursor.isEnd(u"default-style"))
            inDefault = false;
        if (!cursor.isStart())
            continue;
        if (cursor.name() == u"default-style") {
            inDefault = cursor.attribute(u"family") == u"paragraph";
        } else if (cursor.name() == u"style" && cursor.attribute(u"family") == u"paragraph") {
            m_styles.insert(cursor.attribute(u"name"),
                            OdfStyle{cursor.attribute(u"display-name"), cursor.attribute(u"parent-style-name")});
        } else if (inDefault && cursor.name() == u"text-properties" && m_language.isEmpty()) {
            const QString language = cursor.attribute(u"language");
            const QString country = cursor.attribute(u"country");
            if (!language.isEmpty() && language != u"none")
                m_language = country.isEmpty() || country == u"none" ? language : language + u'-' + country;
        }
    }
}

std::optional<StyleRole> OdfStyles::role(const QString &styleName) const
{
    return inheritedRole(styleName, [](const QString &name, const OdfStyle *style) {
        return roleFromStyleName(!style || style->displayName.isEmpty() ? name : style->displayName);
    });
}

} // namespace marginalia::importdetail::odt
