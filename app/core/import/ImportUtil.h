// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Helpers shared by the format importers (not part of the public import interface).

#include "core/import/Importer.h"
#include "core/model/Document.h"
#include "core/model/Error.h"

#include <QString>
#include <QStringList>

namespace marginalia::importdetail {

// Appends blocks to a normalized text, keeping code point offsets and the "\n\n" separators.
class DocumentBuilder final {
public:
    // Normalizes `text` (line ends, NFC, controls) and trims it; empty text adds nothing. Code keeps its
    // inner layout (only blank lines at either end go); other kinds also lose blank lines inside.
    // Returns the index of the new block or -1.
    int add(BlockKind kind, const QString &text, int level = 0, int page = -1, const QString &language = {});
    // The same for text that is already normalized, trimmed and free of blank lines (the plain-text reader's
    // paragraphs): appended as it is, without another normalisation pass.
    int addNormalized(BlockKind kind, QStringView text, int level = 0);
    void reserve(qsizetype utf16Length) { m_text.reserve(utf16Length); }
    bool isEmpty() const { return m_blocks.isEmpty(); }
    int size() const { return int(m_blocks.size()); }
    const QList<Block> &blocks() const { return m_blocks; }
    QList<Block> &blocks() { return m_blocks; }
    QString blockText(int index) const;
    // Moves the result into a document (text, blocks).
    void finish(ImportedDocument &document);

private:
    QString m_text;
    QList<Block> m_blocks;
    int m_codePoints = 0;
};

// Collapses runs of white space (including NBSP and newlines) to single spaces and trims.
QString simplifyWhitespace(const QString &text);

// Decodes a few common named and all numeric character references (&amp; &#8217; &#x2019;).
QString decodeEntities(const QString &text);

// True when the cancel flag is set or the import's deadline has passed: the formats check it in their loops
// and return cancelledError(), which importBytes turns into the time-limit message when the time is up.
inline bool isCancelled(const ImportOptions &options)
{
    return (options.cancelled && options.cancelled->load(std::memory_order_relaxed))
           || std::chrono::steady_clock::now() > options.deadline;
}

inline Error cancelledError()
{
    return Error{Error::Kind::Cancelled, QStringLiteral("The import was cancelled.")};
}

// Typographic ligatures (U+FB00..FB06, as PDFs often carry them) spelled out: "ﬁ" -> "fi".
QString expandLigatures(QString text);

// Title from the first heading, else empty.
QString firstHeading(const ImportedDocument &document);

// Lower-case English stop words (for boilerplate and content scoring).
bool isStopWord(QStringView lowerWord);
// The same, in any case, given the word's lowerWordHash (ClassifyCues.h).
bool isStopWord(QStringView word, size_t lowerHash);
// Fraction of words that are stop words, and the word count.
double stopWordDensity(QStringView text, int *wordCount = nullptr);

} // namespace marginalia::importdetail
