// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The text of an OpenDocument text's content.xml as typed items: text:h headings with their outline level,
// paragraphs typed by their style, list items with their nesting depth, one item per table (rows as lines,
// cells joined by " | "), table of contents entries; footnotes and endnotes (text:note) are collected apart,
// their citation marks dropped. Tracked changes read as accepted: the deleted text, kept in
// text:tracked-changes, is left out; inserted text is already in place. Comments and alt text are not text.

#include "core/import/odt/OdfStyles.h"
#include "core/import/office/BodyReader.h"
#include "core/model/Document.h"
#include "core/model/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace marginalia::importdetail::odt {

struct OdtBody {
    QList<office::BodyItem> items;
    QStringList footnotes; // in the order they appear
    QStringList endnotes;
};

// A paragraph or heading of the body being read.
struct OdtParagraph {
    QString text;
    QString styleName;
    int headingLevel = 0; // text:h
};

class OdtBodyReader final : private office::BodyReader<OdtParagraph> {
public:
    // `options`: stop early when the import is cancelled or out of time (see XmlCursor).
    explicit OdtBodyReader(const OdfStyles &styles, const ImportOptions *options = nullptr);
    // The body's items, or what made the part unreadable.
    Result<OdtBody> read(const QByteArray &contentXml);

private:
    struct Note {
        QString text;
        bool endnote = false;
    };
    bool start(office::XmlCursor &cursor);
    void end(QStringView name);
    void endParagraph();

    const OdfStyles &m_styles;
    const ImportOptions *m_options = nullptr;
    OdtBody m_body;
    std::vector<Note> m_notes;
    int m_listDepth = 0;
    int m_contentsDepth = 0;
};

} // namespace marginalia::importdetail::odt
