// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/Model.h"
#include "core/text/Text.h"
#include "gui/reader/HighlightSpans.h"

#include <KSyntaxHighlighting/Theme>

#include <QTextEdit>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QMenu;

namespace marginalia {

class ReadingAnchor;
class SpanHighlighter;

// The reading view: the normalized document text, unchanged, so that a QTextDocument position is the UTF-16
// index into the text. Block kinds only change formats. Read-only but selectable; a selection plus a tag key
// (1-9) or the context menu asks for an annotation.
class DocumentView final : public QTextEdit {
    Q_OBJECT

public:
    explicit DocumentView(QWidget *parent = nullptr);

    void showDocument(const DocumentRecord &document);
    void clearDocument();
    qint64 documentId() const { return m_documentId; }
    const DocumentRecord &record() const { return m_document; }
    const QString &documentText() const { return m_text; }
    const CodePointIndex &codePoints() const { return m_index; }

    void setTheme(const KSyntaxHighlighting::Theme &theme);
    void setTags(const QList<Tag> &tags) { m_tags = tags; }
    SpanHighlighter *highlighter() const { return m_highlighter; }
    // The annotation shown as selected (its underline drawn thicker); 0 for none.
    void setActiveAnnotation(qint64 annotationId);
    qint64 activeAnnotation() const { return m_activeAnnotation; }
    // What hovering at a position (UTF-16) shows: every annotation there, innermost first, then the rest.
    QString toolTipAt(int position) const;
    // Builds the tool tip of a span of `layer` that carries none, when it is hovered: a string for each of
    // 400k suggestions would cost memory and time for the few ever hovered.
    using ToolTipProvider = std::function<QString(const HighlightSpan &)>;
    void setToolTipProvider(HighlightSpan::Layer layer, ToolTipProvider provider);

    // Selection in code points, end exclusive.
    std::optional<std::pair<int, int>> selectedRange() const;
    void selectRange(int start, int end);
    // Drops the selection, leaving the caret at its end (after tagging, or on Esc).
    void clearSelection();

    // Reading comfort: the body font (family and size), zoom steps of 10 %, folding boilerplate away.
    void setReadingFont(const QFont &font);
    QFont readingFont() const;
    void setZoomSteps(int steps);
    int zoomSteps() const { return m_zoomSteps; }
    void setBoilerplateFolded(bool folded);

    // The code point at the top of the view, to come back to it later.
    int readingPosition() const;
    void scrollToReadingPosition(int codePoint);

    // Characters per line the text column aims at.
    static constexpr int kMeasure = 72;

signals:
    void tagRequested(qint64 tagId, int start, int end);
    void tagKeyPressed(int key, int start, int end);
    void caretMoved(int codePoint);
    void reviewKeyPressed(int key); // A, R, N, P: accept, reject, next, previous suggestion
    void unfoldRequested();         // a fold marker was clicked
    // A click (no drag) on annotated text: the annotation it chooses. Clicking the same place where
    // several overlap again chooses the next one there (innermost first).
    void annotationClicked(qint64 annotationId);
    // The right-click menu is about to open at `codePoint`; listeners add their entries to it.
    void contextMenuAboutToShow(QMenu *menu, int codePoint);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyBlockFormats(const DocumentRecord &document);
    // Highlights are extra selections for the blocks on screen (and a screen around), never text formats:
    // changing them costs no relayout and time only in what is shown.
    void scheduleHighlightRefresh();
    void refreshVisibleHighlights();
    QString toolTipOf(const HighlightSpan &span) const;
    void rebuildKeepingPosition();
    QFont bodyFont() const;
    void updateColumnMargins();
    // A viewport point moved onto the text line a person meant (see LineHitTest.h), and a mouse event
    // with its point moved so, for QTextEdit's own handlers.
    QPointF snappedToLine(QPointF viewportPoint) const;
    std::unique_ptr<QMouseEvent> snappedToLine(const QMouseEvent &event) const;

    SpanHighlighter *m_highlighter;
    ReadingAnchor *m_anchor;
    KSyntaxHighlighting::Theme m_theme;
    QList<Tag> m_tags;
    QString m_text;
    CodePointIndex m_index;
    qint64 m_documentId = 0;
    DocumentRecord m_document;
    QFont m_readingFont;
    int m_zoomSteps = 0;
    bool m_boilerplateFolded = false;
    bool m_highlightRefreshPending = false;
    std::array<ToolTipProvider, 4> m_toolTipProviders;
    qint64 m_activeAnnotation = 0;
    ClickCycle m_clickCycle;
    QPoint m_pressPoint;
    void chooseAnnotationAt(QPoint viewportPoint);
    QList<int> m_foldMarkers; // positions of the blank lines that stand for folded blocks
    QStringList m_foldLabels; // what each marker says
    QString foldLabel(const QList<Block> &blocks, int utf16Position) const;
    static QString quietBlockToolTip(BlockKind kind);
    struct BlockColors {
        QColor dimmed;
        QColor heading;
        QColor codeBackground;
    };
    void formatForKind(const Block &block, const BlockColors &colors, QTextBlockFormat &blockFormat,
                       QTextCharFormat &charFormat) const;
};

} // namespace marginalia
