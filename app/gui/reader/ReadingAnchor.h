// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QTextCursor>

class QTextEdit;

namespace marginalia {

// Where the reader is: the block at the top of the view and how far down it the view starts. Held across
// a rebuild of the document (theme, font, zoom, folding) and the layout that follows it: Qt lays a long
// document out piece by piece, and a scroll value set before the pieces below exist is cut down to the
// range there was, leaving the reader near the top. Holding re-applies the anchor after each layout step
// until the reader (or the program) scrolls.
class ReadingAnchor final : public QObject {
    Q_OBJECT

public:
    explicit ReadingAnchor(QTextEdit *view);

    void capture();                 // the block at the top of the view now
    void hold();                    // applies the captured place now and after each layout step
    void holdAt(int utf16Position); // the line holding the position at the top, held
    bool isHeld() const { return m_held; }

private:
    void apply();

    QTextEdit *m_view;
    int m_blockPosition = 0;
    double m_fraction = 0; // how far down the block the view's top is, as a share of its height
    bool m_held = false;
    bool m_applying = false;
};

// PageDown / PageUp over a document with folded (hidden) blocks: scrolls one page and puts the caret on the
// shown line at its old height on screen. QTextEdit's own paging moves the caret line by line and, landing in
// a folded block (no lines), measures it at the top of the document and scrolls back there.
void pageThroughShownText(QTextEdit *view, int direction, QTextCursor::MoveMode mode);

} // namespace marginalia
