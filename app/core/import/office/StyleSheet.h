// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the Word and OpenDocument paragraph styles share: styles by id that inherit from a parent style (Word's
// w:basedOn, OpenDocument's style:parent-style-name), and the document's default language. `Style` is the
// format's own style record; it has a `parent` member.

#include "core/import/office/OfficeXml.h"

#include <QHash>
#include <QString>

#include <optional>

namespace marginalia::importdetail::office {

template<typename Style> class StyleSheet {
public:
    // The default paragraph style's language ("en-GB"), or empty.
    QString defaultLanguage() const { return m_language; }

protected:
    // The first role that `ownRole(id, style)` finds, from `id` up through its parents; `style` is null for an
    // id the sheet does not define, which ends the walk.
    template<typename OwnRole> std::optional<StyleRole> inheritedRole(const QString &id, OwnRole ownRole) const
    {
        QString current = id;
        // A chain longer than this is a loop in a damaged file.
        for (int step = 0; step < 32 && !current.isEmpty(); ++step) {
            const auto found = m_styles.constFind(current);
            const Style *style = found == m_styles.cend() ? nullptr : &*found;
            if (std::optional<StyleRole> role = ownRole(current, style))
                return role;
            if (!style)
                return std::nullopt;
            current = style->parent;
        }
        return std::nullopt;
    }

    QHash<QString, Style> m_styles;
    QString m_language;
};

} // namespace marginalia::importdetail::office
