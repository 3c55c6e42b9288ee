// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The paragraph styles of a Word document (word/styles.xml): what each style makes of its paragraphs, with
// the inheritance through w:basedOn, and the document's default language (w:docDefaults).

#include "core/import/office/StyleSheet.h"

#include <QString>

#include <optional>

namespace marginalia::importdetail::docx {

// A paragraph style as styles.xml defines it.
struct WordStyle {
    QString name;
    QString parent;        // w:basedOn
    int outlineLevel = -1; // 0-based as in the file; 9 means body text
    bool numbered = false;
    int listLevel = 0;
};

class WordStyles final : public office::StyleSheet<WordStyle> {
public:
    WordStyles() = default;
    // Unreadable or missing styles leave every paragraph a plain one.
    explicit WordStyles(const QByteArray &stylesXml);

    // The role of a paragraph style: from its name ("heading 2", "Quote", "List Bullet"...), else its outline
    // level, else its numbering (a list), else the same for the style it is based on.
    std::optional<office::StyleRole> role(const QString &styleId) const;
};

} // namespace marginalia::importdetail::docx
