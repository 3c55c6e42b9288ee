#pragma once

// The paragraph styles of an OpenDocument text (styles.xml and the automatic styles of content.xml): what a
// style makes of its paragraphs, through style:parent-style-name, and the default language.

#include "core/import/office/OfficeXml.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace marginalia::importdetail::odt {

class OdfStyles final {
public:
    // Adds the paragraph styles of one part (unreadable parts add what was read before the problem).
    void add(const QByteArray &xml);
    // The role of a paragraph style from its own (display) name or the style it inherits from.
    std::optional<office::StyleRole> role(const QString &styleName) const;
    // The default paragraph style's language ("en-GB"), or empty.
    QString defaultLanguage() const { return m_language; }

private:
    struct Style {
        QString displayName;
        QString parent;
    };
    QHash<QString, Style> m_styles;
    QString m_language;
};

} // namespace marginalia::importdetail::odt
