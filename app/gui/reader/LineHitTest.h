// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointF>

class QTextDocument;

namespace marginalia {

// Where a click in the reader should land. With line heights above 100 % (the reader uses 120-150 %)
// QTextDocumentLayout's own hit test goes wrong: the blank separator block between two paragraphs overlaps
// the first line of the next one and takes the clicks on its upper half, and the gap under a line sends
// clicks to the start of the next line. This finds the text line nearest to `documentPoint` among the
// visible, non-empty blocks around it and returns the point moved vertically to that line's middle, so that
// the layout's hit test then finds the right character. Document coordinates in and out.
QPointF snapToTextLine(const QTextDocument &document, QPointF documentPoint);

} // namespace marginalia
