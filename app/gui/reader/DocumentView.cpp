// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/reader/DocumentView.h"

#include "gui/reader/AnnotationLanes.h"
#include "gui/reader/LineHitTest.h"
#include "gui/reader/ReadingAnchor.h"
#include "gui/reader/SpanHighlighter.h"

#include <KSyntaxHighlighting/Format>

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace marginalia {

namespace {

QFont defaultReadingFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("Source Serif 4"), QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"),
                      QStringLiteral("Georgia"), QStringLiteral("serif")});
    font.setPointSizeF(12.5);
    font.setStyleHint(QFont::Serif);
    return font;
}

QStringList headingFamilies()
{
    return {QStringLiteral("Source Sans 3"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
            QStringLiteral("Helvetica"), QStringLiteral("sans-serif")};
}

} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QTextEdit(parent)
    , m_highlighter(new SpanHighlighter(this))
    , m_anchor(new ReadingAnchor(this))
    , m_readingFont(defaultReadingFont())
{
    setObjectName(QStringLiteral("documentView"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    setUndoRedoEnabled(false);
    setFont(m_readingFont);
    document()->setDefaultFont(m_readingFont);
    document()->setDocumentMargin(0);
    setPlaceholderText(tr("Import an article with File ▸ Import… or drop a file here."));
    connect(m_highlighter, &SpanHighlighter::changed, this, &DocumentView::scheduleHighlightRefresh);
    connect(m_highlighter, &SpanHighlighter::annotationsChanged, viewport(), qOverload<>(&QWidget::update));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &DocumentView::scheduleHighlightRefresh);
    // The layout is made lazily, top first: blocks on screen move while the rest is laid out.
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &DocumentView::scheduleHighlightRefresh);
    connect(this, &QTextEdit::cursorPositionChanged, this, [this] {
        const QTextCursor cursor = textCursor();
        if (!cursor.hasSelection())
            emit caretMoved(m_index.toCodePoint(cursor.position()));
    });
}

QFont DocumentView::bodyFont() const
{
    QFont font = m_readingFont;
    font.setPointSizeF(m_readingFont.pointSizeF() * std::pow(1.1, m_zoomSteps));
    return font;
}

void DocumentView::setReadingFont(const QFont &font)
{
    m_readingFont = font;
    if (m_readingFont.pointSizeF() <= 0)
        m_readingFont.setPointSizeF(12.5);
    rebuildKeepingPosition();
}

QFont DocumentView::readingFont() const
{
    return m_readingFont;
}

void DocumentView::setZoomSteps(int steps)
{
    m_zoomSteps = std::clamp(steps, -5, 10);
    rebuildKeepingPosition();
}

void DocumentView::setBoilerplateFolded(bool folded)
{
    m_boilerplateFolded = folded;
    rebuildKeepingPosition();
}

void DocumentView::rebuildKeepingPosition()
{
    m_anchor->capture(); // before the new font moves the lines
    setFont(bodyFont());
    document()->setDefaultFont(bodyFont());
    if (m_documentId == 0) {
        updateColumnMargins();
        return;
    }
    // The same text again: nobody needs to hear about the caret moving through the rebuild.
    const QSignalBlocker blocker(this);
    const QTextCursor selection = textCursor();
    const int anchor = selection.anchor();
    const int caret = selection.position();
    showDocument(m_document);
    QTextCursor restored(document());
    restored.setPosition(anchor);
    restored.setPosition(caret, QTextCursor::KeepAnchor);
    setTextCursor(restored);
    m_anchor->hold();
}

int DocumentView::readingPosition() const
{
    if (verticalScrollBar()->value() == 0)
        return 0;
    // Hit-test inside the text column: the side margins are outside any line.
    return m_index.toCodePoint(cursorForPosition(QPoint(viewport()->width() / 2, 2)).position());
}

void DocumentView::scrollToReadingPosition(int codePoint)
{
    m_anchor->holdAt(std::clamp(m_index.toUtf16(std::max(codePoint, 0)), 0, int(m_text.size())));
}

void DocumentView::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    QPalette p = palette();
    const auto color = [&](KSyntaxHighlighting::Theme::EditorColorRole role) {
        return QColor::fromRgba(theme.editorColor(role));
    };
    p.setColor(QPalette::Base, color(KSyntaxHighlighting::Theme::BackgroundColor));
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    p.setColor(QPalette::Highlight, color(KSyntaxHighlighting::Theme::TextSelection));
    p.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    setPalette(p);
    viewport()->setPalette(p);
    // Rebuilt for the new block colours, staying where the reader was.
    if (m_documentId != 0)
        rebuildKeepingPosition();
}

void DocumentView::scheduleHighlightRefresh()
{
    // Coalesced: several layers often change together, and scrolling sends many steps.
    if (std::exchange(m_highlightRefreshPending, true))
        return;
    QTimer::singleShot(0, this, &DocumentView::refreshVisibleHighlights);
}

void DocumentView::refreshVisibleHighlights()
{
    m_highlightRefreshPending = false;
    // A screen above and below too: a short scroll shows painted text before the next refresh.
    const int height = viewport()->height();
    const int middle = viewport()->width() / 2;
    setExtraSelections(m_highlighter->selectionsForBlocks(cursorForPosition(QPoint(middle, -height)).block(),
                                                          cursorForPosition(QPoint(middle, 2 * height)).block()));
}

void DocumentView::clearDocument()
{
    setExtraSelections({});
    m_documentId = 0;
    m_document = {};
    m_text.clear();
    m_index = CodePointIndex();
    m_highlighter->clearAll();
    clear();
}

void DocumentView::showDocument(const DocumentRecord &record)
{
    m_highlighter->blockSignals(true);
    if (record.id != m_documentId)
        m_highlighter->forgetSpans();
    m_document = record;
    m_documentId = record.id;
    m_text = record.text;
    m_index = CodePointIndex(m_text);
    setExtraSelections({}); // their cursors would follow every edit of the replaced text
    // Plain text keeps positions identical to the normalized text: '\n' is the block separator.
    // setPlainText keeps the caret's character format: start clean so that no heading format leaks over.
    document()->clear();
    setCurrentCharFormat(QTextCharFormat());
    document()->setDefaultFont(bodyFont());
    setPlainText(m_text);
    applyBlockFormats(record);
    updateColumnMargins();
    m_highlighter->blockSignals(false);
    moveCursor(QTextCursor::Start);
    scheduleHighlightRefresh();
}

// How a block of each kind reads: size, weight, margins and line height.
void DocumentView::formatForKind(const Block &block, const BlockColors &colors, QTextBlockFormat &blockFormat,
                                 QTextCharFormat &charFormat) const
{
    switch (block.kind) {
    case BlockKind::Heading: {
        static constexpr double scale[] = {1.0, 1.75, 1.4, 1.2, 1.08, 1.0, 1.0};
        const int level = std::clamp(block.level, 1, 6);
        charFormat.setFontFamilies(headingFamilies());
        charFormat.setFontPointSize(bodyFont().pointSizeF() * scale[level]);
        charFormat.setFontWeight(level <= 2 ? QFont::Bold : QFont::DemiBold);
        if (colors.heading.isValid())
            charFormat.setForeground(colors.heading);
        blockFormat.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
        blockFormat.setHeadingLevel(level);
        blockFormat.setTopMargin(level <= 2 ? 14 : 8);
        break;
    }
    case BlockKind::Quote:
        charFormat.setFontItalic(true);
        blockFormat.setLeftMargin(28);
        blockFormat.setLineHeight(145, QTextBlockFormat::ProportionalHeight);
        break;
    case BlockKind::ListItem:
        blockFormat.setLeftMargin(24 * std::max(1, block.level));
        blockFormat.setLineHeight(145, QTextBlockFormat::ProportionalHeight);
        break;
    case BlockKind::Code:
    case BlockKind::Table:
        charFormat.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont),
                           QTextCharFormat::FontPropertiesSpecifiedOnly);
        charFormat.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
        charFormat.setFontPointSize(bodyFont().pointSizeF() * 0.85);
        blockFormat.setBackground(colors.codeBackground);
        blockFormat.setNonBreakableLines(block.kind == BlockKind::Table);
        blockFormat.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
        break;
    case BlockKind::Caption:
        charFormat.setFontItalic(true);
        charFormat.setFontPointSize(bodyFont().pointSizeF() * 0.9);
        charFormat.setForeground(colors.dimmed);
        blockFormat.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
        break;
    case BlockKind::Title:
        charFormat.setFontFamilies(headingFamilies());
        charFormat.setFontPointSize(bodyFont().pointSizeF() * 2.0);
        charFormat.setFontWeight(QFont::Bold);
        if (colors.heading.isValid())
            charFormat.setForeground(colors.heading);
        blockFormat.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        blockFormat.setHeadingLevel(1);
        blockFormat.setBottomMargin(6);
        break;
    case BlockKind::Byline:
        charFormat.setFontPointSize(bodyFont().pointSizeF() * 0.92);
        charFormat.setForeground(colors.dimmed);
        blockFormat.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        blockFormat.setBottomMargin(10);
        break;
    case BlockKind::Footnote:
        charFormat.setFontPointSize(bodyFont().pointSizeF() * 0.85);
        blockFormat.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        break;
    case BlockKind::Boilerplate:
    case BlockKind::Duplicate:
    case BlockKind::Contents:
    case BlockKind::Furniture:
        // Kept (nothing imported is dropped) but quiet: colors.dimmed, smaller, set off by a tinted band.
        charFormat.setForeground(colors.dimmed);
        charFormat.setFontPointSize(bodyFont().pointSizeF() * 0.85);
        charFormat.setToolTip(quietBlockToolTip(block.kind));
        blockFormat.setBackground(colors.codeBackground);
        blockFormat.setLeftMargin(12);
        blockFormat.setRightMargin(12);
        blockFormat.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        break;
    case BlockKind::Paragraph:
        blockFormat.setLineHeight(145, QTextBlockFormat::ProportionalHeight);
        break;
    }
}

void DocumentView::applyBlockFormats(const DocumentRecord &record)
{
    using KSyntaxHighlighting::Theme;
    QTextDocument *doc = document();
    BlockColors colors;
    colors.dimmed = m_theme.isValid() ? QColor::fromRgba(m_theme.textColor(Theme::Comment)) : QColor(Qt::gray);
    colors.heading = m_theme.isValid() ? QColor::fromRgba(m_theme.textColor(Theme::Normal)) : QColor();
    colors.codeBackground = m_theme.isValid() ? QColor::fromRgba(m_theme.editorColor(Theme::CurrentLine))
                                              : QColor(0xf4, 0xf4, 0xf4);

    // Everything first: generous line height; blank separator lines only half as tall.
    QTextCursor all(doc);
    all.beginEditBlock();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextCursor c(b);
        QTextBlockFormat format = b.blockFormat();
        format.setLineHeight(b.text().isEmpty() ? 45 : 145, QTextBlockFormat::ProportionalHeight);
        c.setBlockFormat(format);
    }

    for (const Block &block : record.blocks) {
        const int from = m_index.toUtf16(block.start);
        const int to = m_index.toUtf16(block.end);
        QTextCursor c(doc);
        c.setPosition(from);
        c.setPosition(to, QTextCursor::KeepAnchor);
        QTextBlockFormat blockFormat;
        QTextCharFormat charFormat;
        formatForKind(block, colors, blockFormat, charFormat);
        c.mergeBlockFormat(blockFormat);
        if (charFormat.propertyCount() > 0)
            c.mergeCharFormat(charFormat);
        if (m_boilerplateFolded && !isContentKind(block.kind)) {
            for (QTextBlock b = doc->findBlock(from); b.isValid() && b.position() < to; b = b.next())
                b.setVisible(false);
        }
        // Right-to-left scripts get their direction from their content, per block.
        const QString blockText = m_text.mid(from, to - from);
        if (blockText.isRightToLeft()) {
            QTextBlockFormat direction;
            direction.setLayoutDirection(Qt::RightToLeft);
            c.mergeBlockFormat(direction);
        }
    }
    // A blank line before a run of folded blocks carries the marker; blank lines inside the run go too.
    m_foldMarkers.clear();
    m_foldLabels.clear();
    if (m_boilerplateFolded) {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (!b.text().isEmpty() || !b.next().isValid() || b.next().isVisible())
                continue;
            if (b.previous().isValid() && !b.previous().isVisible()) {
                b.setVisible(false);
                continue;
            }
            QTextCursor c(b);
            QTextBlockFormat format = b.blockFormat();
            format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
            c.setBlockFormat(format);
            m_foldMarkers.append(b.position());
            m_foldLabels.append(foldLabel(record.blocks, b.next().position()));
        }
    }
    all.endEditBlock();
    if (m_boilerplateFolded)
        doc->markContentsDirty(0, doc->characterCount());
}

void DocumentView::clearSelection()
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return;
    cursor.setPosition(cursor.selectionEnd());
    const QSignalBlocker blocker(this); // the caret did not move to somewhere new
    setTextCursor(cursor);
}

void DocumentView::setActiveAnnotation(qint64 annotationId)
{
    if (std::exchange(m_activeAnnotation, annotationId) != annotationId)
        viewport()->update();
}

void DocumentView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    QPainter painter(viewport());
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QRectF visible = viewport()->rect();
    const int from = cursorForPosition(visible.topLeft().toPoint()).block().position();
    const QTextBlock last = cursorForPosition(visible.bottomRight().toPoint()).block();
    const int to = last.position() + last.length();
    AnnotationLanes::paint(painter, *document(), m_highlighter->annotationsBetween(from, to), scroll, visible,
                           m_activeAnnotation);
    if (m_foldMarkers.isEmpty())
        return;
    QFont font = bodyFont();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    font.setItalic(true);
    painter.setFont(font);
    painter.setPen(m_theme.isValid() ? QColor::fromRgba(m_theme.textColor(KSyntaxHighlighting::Theme::Comment))
                                     : palette().color(QPalette::PlaceholderText));
    for (qsizetype i = 0; i < m_foldMarkers.size(); ++i) {
        const QTextBlock block = document()->findBlock(m_foldMarkers.at(i));
        const QRectF rect = document()->documentLayout()->blockBoundingRect(block).translated(-scroll);
        if (rect.bottom() < 0 || rect.top() > viewport()->height())
            continue;
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, m_foldLabels.at(i));
    }
}

// Names a folded run by paragraph numbers, e.g. "¶12–¶15 repeat ¶2–¶5", so the reader knows what is hidden.
QString DocumentView::foldLabel(const QList<Block> &blocks, int utf16Position) const
{
    qsizetype first = 0;
    while (first < blocks.size()
           && (m_index.toUtf16(blocks.at(first).start) < utf16Position || isContentKind(blocks.at(first).kind)))
        ++first;
    if (first >= blocks.size())
        return tr("⋯ folded passage — click to show");
    qsizetype last = first;
    while (last + 1 < blocks.size() && !isContentKind(blocks.at(last + 1).kind))
        ++last;
    const auto paragraphs = [](qsizetype from, qsizetype to) {
        return from == to ? tr("¶%1").arg(from + 1) : tr("¶%1–¶%2").arg(from + 1).arg(to + 1);
    };
    bool allRepeats = true;
    bool allBoilerplate = true;
    bool allPageParts = true; // contents pages and page furniture
    qsizetype repeatFrom = blocks.size();
    qsizetype repeatTo = -1;
    for (qsizetype i = first; i <= last; ++i) {
        const Block &block = blocks.at(i);
        if (block.kind != BlockKind::Contents && block.kind != BlockKind::Furniture)
            allPageParts = false;
        if (block.kind != BlockKind::Boilerplate)
            allBoilerplate = false;
        if (block.kind == BlockKind::Duplicate && block.duplicateOf >= 0) {
            repeatFrom = std::min<qsizetype>(repeatFrom, block.duplicateOf);
            repeatTo = std::max<qsizetype>(repeatTo, block.duplicateOf);
        } else {
            allRepeats = false;
        }
    }
    if (allRepeats)
        return tr("⋯ %1 repeat %2 — click to show").arg(paragraphs(first, last), paragraphs(repeatFrom, repeatTo));
    if (allBoilerplate)
        return tr("⋯ %1 boilerplate (ads, pleas, sign-offs) — click to show").arg(paragraphs(first, last));
    if (allPageParts)
        return tr("⋯ %1 contents page, page headers and numbers — click to show").arg(paragraphs(first, last));
    return tr("⋯ %1 repeats and boilerplate — click to show").arg(paragraphs(first, last));
}

QString DocumentView::quietBlockToolTip(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Duplicate:
        return tr("Repeats an earlier passage: left out of analysis");
    case BlockKind::Contents:
        return tr("Table of contents: left out of analysis");
    case BlockKind::Furniture:
        return tr("Page header, footer or number: left out of analysis");
    default:
        return tr("Boilerplate: left out of analysis");
    }
}

void DocumentView::mousePressEvent(QMouseEvent *event)
{
    if (!m_foldMarkers.isEmpty() && event->button() == Qt::LeftButton) {
        const int position = cursorForPosition(event->position().toPoint()).block().position();
        if (m_foldMarkers.contains(position)) {
            emit unfoldRequested();
            return;
        }
    }
    m_pressPoint = event->position().toPoint();
    const std::unique_ptr<QMouseEvent> snapped = snappedToLine(*event);
    QTextEdit::mousePressEvent(snapped.get());
    event->setAccepted(snapped->isAccepted());
}

void DocumentView::mouseMoveEvent(QMouseEvent *event)
{
    // Hovering only changes the pointer shape: the line search is for moves that extend a selection.
    if (event->buttons() == Qt::NoButton) {
        QTextEdit::mouseMoveEvent(event);
        return;
    }
    const std::unique_ptr<QMouseEvent> snapped = snappedToLine(*event);
    QTextEdit::mouseMoveEvent(snapped.get());
    event->setAccepted(snapped->isAccepted());
}

void DocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    const std::unique_ptr<QMouseEvent> snapped = snappedToLine(*event);
    QTextEdit::mouseReleaseEvent(snapped.get());
    event->setAccepted(snapped->isAccepted());
    const bool click = (event->position().toPoint() - m_pressPoint).manhattanLength() < 4;
    if (event->button() == Qt::LeftButton && click && !textCursor().hasSelection())
        chooseAnnotationAt(snapped->position().toPoint());
    else
        m_clickCycle.reset();
}

void DocumentView::chooseAnnotationAt(QPoint viewportPoint)
{
    const int position = cursorForPosition(viewportPoint).position();
    QList<qint64> ids;
    for (const HighlightSpan &span : annotationsInnermostFirst(m_highlighter->spansAt(position), position))
        ids.append(span.id);
    const qint64 chosen = m_clickCycle.choose(ids);
    if (chosen == 0)
        return;
    setActiveAnnotation(chosen);
    emit annotationClicked(chosen);
}

void DocumentView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const std::unique_ptr<QMouseEvent> snapped = snappedToLine(*event);
    QTextEdit::mouseDoubleClickEvent(snapped.get());
    event->setAccepted(snapped->isAccepted());
}

QPointF DocumentView::snappedToLine(QPointF viewportPoint) const
{
    const qreal scrolled = verticalScrollBar()->value();
    const QPointF inDocument(viewportPoint.x(), viewportPoint.y() + scrolled);
    return {viewportPoint.x(), snapToTextLine(*document(), inDocument).y() - scrolled};
}

std::unique_ptr<QMouseEvent> DocumentView::snappedToLine(const QMouseEvent &event) const
{
    const QPointF position = snappedToLine(event.position());
    const QPointF shift = position - event.position();
    return std::make_unique<QMouseEvent>(event.type(), position, event.scenePosition() + shift,
                                         event.globalPosition() + shift, event.button(), event.buttons(),
                                         event.modifiers(), event.pointingDevice());
}

void DocumentView::updateColumnMargins()
{
    const QFontMetricsF metrics(bodyFont());
    const qreal column = metrics.averageCharWidth() * kMeasure;
    const qreal available = viewport()->width();
    const qreal side = std::max<qreal>(24, (available - column) / 2);
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (qFuzzyCompare(format.leftMargin(), side) && format.topMargin() == 28)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(28);
    format.setBottomMargin(48);
    document()->rootFrame()->setFrameFormat(format);
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateColumnMargins();
    scheduleHighlightRefresh();
}

std::optional<std::pair<int, int>> DocumentView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    // Leading and trailing white space is never part of what was meant.
    while (start < end && m_text.at(start).isSpace())
        ++start;
    while (end > start && m_text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return std::nullopt;
    return std::pair{m_index.toCodePoint(start), m_index.toCodePoint(end)};
}

void DocumentView::selectRange(int start, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(m_index.toUtf16(start));
    cursor.setPosition(m_index.toUtf16(end), QTextCursor::KeepAnchor);
    // Bring the passage into view with some context above it.
    const QRect target = cursorRect(QTextCursor(document()->findBlock(cursor.selectionStart())));
    if (target.top() < 0 || target.bottom() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + target.top() - viewport()->height() / 3);
    setTextCursor(cursor);
}

void DocumentView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && key >= Qt::Key_1 && key <= Qt::Key_9) {
        if (const auto range = selectedRange()) {
            emit tagKeyPressed(key - Qt::Key_0, range->first, range->second);
            event->accept();
            return;
        }
    }
    if ((key == Qt::Key_PageDown || key == Qt::Key_PageUp)
        && (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == Qt::NoModifier) {
        const bool extend = event->modifiers() & Qt::ShiftModifier;
        pageThroughShownText(this, key == Qt::Key_PageDown ? 1 : -1,
                             extend ? QTextCursor::KeepAnchor : QTextCursor::MoveAnchor);
        event->accept();
        return;
    }
    if (plain && key == Qt::Key_Escape && textCursor().hasSelection()) {
        clearSelection();
        event->accept();
        return;
    }
    if (event->modifiers() == Qt::NoModifier
        && (key == Qt::Key_A || key == Qt::Key_R || key == Qt::Key_N || key == Qt::Key_P)) {
        emit reviewKeyPressed(key);
        event->accept();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void DocumentView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const auto range = selectedRange();
    QMenu *tagMenu = new QMenu(tr("&Tag as…"), menu.get());
    tagMenu->setObjectName(QStringLiteral("tagAsMenu"));
    for (const Tag &tag : std::as_const(m_tags)) {
        QPixmap chip(12, 12);
        chip.fill(tag.color);
        QAction *action = tagMenu->addAction(QIcon(chip), tag.name);
        if (tag.key > 0)
            action->setShortcut(QKeySequence(QString::number(tag.key)));
        const qint64 tagId = tag.id;
        connect(action, &QAction::triggered, this, [this, tagId, range] {
            if (range)
                emit tagRequested(tagId, range->first, range->second);
        });
    }
    tagMenu->setEnabled(range.has_value() && !m_tags.isEmpty());
    QAction *first = menu->actions().value(0);
    menu->insertMenu(first, tagMenu);
    menu->insertSeparator(first);
    // The window adds what applies to the annotation or suggestion under the pointer.
    emit contextMenuAboutToShow(menu.get(), m_index.toCodePoint(cursorForPosition(event->pos()).position()));
    menu->exec(event->globalPos());
}

// Every span at the place: the annotations innermost first (the order a click cycles through), then
// suggestions and find matches.
QString DocumentView::toolTipAt(int position) const
{
    const QList<HighlightSpan> here = m_highlighter->spansAt(position);
    const QList<HighlightSpan> annotations = annotationsInnermostFirst(here, position);
    QStringList tips;
    for (const HighlightSpan &span : annotations)
        if (const QString tip = toolTipOf(span); !tip.isEmpty())
            tips.append(tip);
    for (const HighlightSpan &span : here)
        if (span.layer != HighlightSpan::Layer::Annotation)
            if (const QString tip = toolTipOf(span); !tip.isEmpty())
                tips.append(tip);
    if (annotations.size() > 1)
        tips.prepend(tr("<i>%n annotations here; click again for the next one</i>", nullptr, int(annotations.size())));
    return tips.join(QStringLiteral("<hr>"));
}

void DocumentView::setToolTipProvider(HighlightSpan::Layer layer, ToolTipProvider provider)
{
    m_toolTipProviders[size_t(layer)] = std::move(provider);
}

QString DocumentView::toolTipOf(const HighlightSpan &span) const
{
    if (!span.toolTip.isEmpty())
        return span.toolTip;
    const ToolTipProvider &provider = m_toolTipProviders[size_t(span.layer)];
    return provider ? provider(span) : QString();
}

bool DocumentView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(snappedToLine(help->pos()).toPoint());
        const QString tip = toolTipAt(cursor.position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

} // namespace marginalia
