// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The text of one Word part (word/document.xml, footnotes.xml or endnotes.xml) as typed items: paragraphs
// with their kind from the paragraph's outline level, style or numbering; one item per table (rows as lines,
// cells joined by " | "). Tracked changes read as accepted: insertions are kept, deletions (w:del,
// w:moveFrom, deleted table rows) dropped, and a deleted paragraph mark joins its paragraph to the next.
// Field codes and the fallback copies of drawings are not text.

#include "core/import/docx/WordStyles.h"
#include "core/import/office/BodyReader.h"
#include "core/model/Document.h"
#include "core/model/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace marginalia::importdetail::docx {

struct WordPart {
    QList<office::BodyItem> items;
    // Note ids in the order the body refers to them.
    QStringList footnoteReferences;
    QStringList endnoteReferences;
};

// A paragraph of the part being read.
struct WordParagraph {
    QString text;
    QString styleId;
    int outlineLevel = -1;
    QString numberingId;
    int listLevel = 0;
    bool markDeleted = false;
};

class WordPartReader final : private office::BodyReader<WordParagraph> {
public:
    // `options`: stop early when the import is cancelled or out of time (see XmlCursor).
    explicit WordPartReader(const WordStyles &styles, const ImportOptions *options = nullptr);
    // The part's items, or what made it unreadable (see XmlCursor::error()).
    Result<WordPart> read(const QByteArray &xml);

private:
    bool isSkipped(QStringView name) const;
    void start(office::XmlCursor &cursor);
    void end(QStringView name);
    void endParagraph();

    const WordStyles &m_styles;
    const ImportOptions *m_options = nullptr;
    WordPart m_part;
    std::vector<QString> m_open; // element names from the root
    bool m_rowDeleted = false;   // the innermost table's current row is a tracked deletion
    QString m_carried;           // text of paragraphs whose mark was deleted, joined to the next one
};

} // namespace marginalia::importdetail::docx
