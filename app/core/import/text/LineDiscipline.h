// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// How a plain-text file breaks its lines, and the paragraphs that follow from it.
//
// A file is first cut into runs of non-blank lines (separated by blank lines). Each run is then read in one of
// three ways:
// - HardWrapped: lines broken near a fixed width (e-mail, Project Gutenberg, `fmt`): a line that is "full" (the
//   next line's first word would not have fitted after it) continues on the next line; the lines of a paragraph
//   are joined with spaces.
// - ParagraphPerLine: every line is a paragraph (what "copy the article text" tools and scrapers save).
// - LineBlock: the run is one paragraph whose line breaks are kept (an address, a verse, a letter's closing).
// The file's wrap width is the length that 90% of its lines stay within (or the longest line up to 10% above it),
// when most lines come close to it and
// few of those end a sentence (text saved one paragraph per line has lines of every length, nearly all ending
// a sentence). A run is HardWrapped when the file has a wrap width and the run has full lines; else it is
// ParagraphPerLine when the file has few blank lines (under one per three lines) or the run's lines are long
// (median 100+ characters); else a LineBlock.

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace marginalia::importdetail {

enum class LineDiscipline { HardWrapped, ParagraphPerLine, LineBlock };

// What the file as a whole looks like.
struct LineLayout {
    int wrapWidth = 0;   // 0: not hard-wrapped
    bool blankSeparated = false; // blank lines separate paragraphs (at least one per three lines)
    std::vector<qsizetype> visibleLengths; // of every line, as measured here: splitParagraphs needs them again
};

// A paragraph: the lines [firstLine, firstLine + lineCount) of the file, read with `discipline`.
struct TextParagraph {
    qsizetype firstLine = 0;
    qsizetype lineCount = 0;
    LineDiscipline discipline = LineDiscipline::ParagraphPerLine;
};

// Length in code points without trailing white space.
qsizetype visibleLength(QStringView line);

LineLayout detectLineLayout(const QList<QStringView> &lines);

// The paragraphs of a file given as lines (without their line ends).
QList<TextParagraph> splitParagraphs(const QList<QStringView> &lines, const LineLayout &layout);

// A paragraph's text is made of pieces of its lines, each after a separator.
struct ParagraphPiece {
    QStringView text;      // a view into the line
    QStringView separator; // empty, " " or "\n"
};

// The pieces of a paragraph, in order, into `pieces` (cleared first): lines trimmed at the end, joined with a
// space (HardWrapped, and then leading white space goes too; a word hyphenated at the line end is joined
// without one) or a line break (LineBlock).
void paragraphPieces(const QList<QStringView> &lines, const TextParagraph &paragraph, QList<ParagraphPiece> &pieces);

// The text of a paragraph: its pieces joined.
QString paragraphText(const QList<QStringView> &lines, const TextParagraph &paragraph);

// Splits text at '\n' into views (the text must outlive them).
QList<QStringView> splitLines(QStringView text);

} // namespace marginalia::importdetail
