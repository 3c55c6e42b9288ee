// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/import/DocumentFormat.h"

#include <QList>
#include <QMutex>
#include <QString>

namespace marginalia {

// The formats Marginalia imports, in listing order (the order of file dialogs, help texts and messages).
// The built-in formats are listed once, in import.cmake (one line each); every question "which formats
// exist, which one is this file" goes through here. Safe to use from import threads.
class FormatRegistry final {
public:
    static FormatRegistry &instance();

    QList<FormatPointer> formats() const;
    // Adds a format, or replaces the one with the same id.
    void add(FormatPointer format);
    bool remove(const QString &id);

    FormatPointer byId(const QString &id) const;
    // `extension` without the dot, any case.
    FormatPointer byExtension(const QString &extension) const;
    FormatPointer byMimeType(const QString &mimeType) const;
    // A format id or extension ("md", "markdown", "htm"), any case; null for empty or unknown names.
    FormatPointer byName(const QString &name) const;
    // From the path's extension; null when it has none or an unknown one.
    FormatPointer forPath(const QString &path) const;
    // The most confident format for the bytes (ties go to the earlier format); null when none claims them.
    // `binary` chooses between binary formats and text formats.
    FormatPointer sniff(const QByteArray &bytes, bool binary) const;

    // "*.txt *.text *.md ..." for a file dialog's name filter.
    QString nameFilterPatterns() const;
    // The usual extension of each format: ".txt .md .html .pdf".
    QString usualExtensions() const;
    // "plain text, Markdown, HTML and PDF" (untranslated, for messages of the core).
    QString formatNames() const;

private:
    FormatRegistry();

    mutable QMutex m_mutex;
    QList<FormatPointer> m_formats;
};

} // namespace marginalia
