// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The paragraph styles of an OpenDocument text (styles.xml and the automatic styles of content.xml): what a
// style makes of its paragraphs, through style:parent-style-name, and the default language.

#include "core/import/office/StyleSheet.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace marginalia::importdetail::odt {

// A paragraph style of styles.xml or content.xml's automatic styles.
struct OdfStyle {
    QString displayName;
    QString parent; // style:parent-style-name
};

class OdfStyles final : public office::StyleSheet<OdfStyle> {
public:
    // Adds the paragraph styles of one part (unreadable parts add what was read before the problem).
    void add(const QByteArray &xml);
    // The role of a paragraph style from its own (display) name or the style it inherits from.
    std::optional<office::StyleRole> role(const QString &styleName) const;
};

} // namespace marginalia::importdetail::odt
