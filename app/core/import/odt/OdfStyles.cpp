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
                            Style{cursor.attribute(u"display-name"), cursor.attribute(u"parent-style-name")});
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
    QString name = styleName;
    // A chain longer than this is a loop in a damaged file.
    for (int step = 0; step < 32 && !name.isEmpty(); ++step) {
        const auto found = m_styles.constFind(name);
        const QString shown = found == m_styles.cend() || found->displayName.isEmpty() ? name : found->displayName;
        if (std::optional<StyleRole> role = roleFromStyleName(shown))
            return role;
        if (found == m_styles.cend())
            return std::nullopt;
        name = found->parent;
    }
    return std::nullopt;
}

} // namespace marginalia::importdetail::odt
