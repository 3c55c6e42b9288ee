#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/import/data/two-column-report.pdf from data/two-column-report.txt with ReportLab: a title page
with the abstract, a contents page (dot leaders, page numbers), then the body in two columns; every page but
the first has a running header, every page a "Page N of M" footer. In the .txt, "# " is the title (followed by
the abstract), "## "/"### " are headings and every other line is a paragraph. Run it inside the build root
(python3-reportlab) to regenerate the fixture (the output is byte for byte the same each time); the import test
compares the PDF's text with the .txt."""
import io, os, sys

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, 'data', 'two-column-report.txt')
TARGET = os.path.join(HERE, 'data', 'two-column-report.pdf')
HEADER_LEFT = 'Tidal Creeks of the Wending Estuary'
HEADER_RIGHT = 'Volunteer field notes'
MARGIN, GUTTER = 60, 12  # a gutter this narrow makes Poppler interleave the columns

title_style = ParagraphStyle('title', fontName='Times-Bold', fontSize=22, leading=28, spaceAfter=24)
abstract_style = ParagraphStyle('abstract', fontName='Times-Italic', fontSize=11, leading=15, alignment=TA_JUSTIFY)
body_style = ParagraphStyle('body', fontName='Times-Roman', fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
                            spaceAfter=6)
heading_styles = {
    1: ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=14, leading=18, spaceBefore=10, spaceAfter=6),
    2: ParagraphStyle('h2', fontName='Helvetica-Bold', fontSize=12, leading=16, spaceBefore=8, spaceAfter=4),
}
contents_heading = ParagraphStyle('contents', fontName='Helvetica-Bold', fontSize=18, leading=24, spaceAfter=18)


class Report(BaseDocTemplate):
    def __init__(self, out, total_pages):
        super().__init__(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=70, bottomMargin=70,
                         title=HEADER_LEFT, author='Wending Marsh Volunteers', invariant=1)
        self.total_pages = total_pages
        self.pages_seen = 0
        width, height = A4
        inner = width - 2 * MARGIN
        column = (inner - GUTTER) / 2
        body_height = height - 140
        one = Frame(MARGIN, 70, inner, body_height, id='one')
        left = Frame(MARGIN, 70, column, body_height, id='left')
        right = Frame(MARGIN + column + GUTTER, 70, column, body_height, id='right')
        self.addPageTemplates([PageTemplate('single', [one], onPage=self.furniture),
                               PageTemplate('columns', [left, right], onPage=self.furniture)])

    def furniture(self, canvas, doc):
        self.pages_seen = max(self.pages_seen, doc.page)
        width, height = A4
        canvas.saveState()
        if doc.page > 1:
            canvas.setFont('Helvetica', 8.5)
            canvas.drawString(MARGIN, height - 40, HEADER_LEFT)
            canvas.drawRightString(width - MARGIN, height - 40, HEADER_RIGHT)
        canvas.setFont('Helvetica', 9)
        canvas.drawCentredString(width / 2, 35, 'Page %d of %d' % (doc.page, self.total_pages))
        canvas.restoreState()

    def afterFlowable(self, flowable):
        level = getattr(flowable, 'toc_level', None)
        if level is not None:
            self.notify('TOCEntry', (level, flowable.getPlainText(), self.page))


def story():
    lines = [line.rstrip('\n') for line in open(SOURCE, encoding='utf-8') if line.strip()]
    title = lines[0][2:]
    flow = [Paragraph(title, title_style), Paragraph(lines[1], abstract_style),
            NextPageTemplate('single'), PageBreak(), Paragraph('Contents', contents_heading)]
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [ParagraphStyle('toc1', fontName='Times-Roman', fontSize=11, leading=16),
                       ParagraphStyle('toc2', fontName='Times-Roman', fontSize=11, leading=16, leftIndent=18)]
    flow += [toc, NextPageTemplate('columns'), PageBreak()]
    for line in lines[2:]:
        if line.startswith('#'):
            level = len(line) - len(line.lstrip('#')) - 1
            heading = Paragraph(line.lstrip('#').strip(), heading_styles[level])
            heading.toc_level = level - 1
            flow.append(heading)
        else:
            flow.append(Paragraph(line, body_style))
    return flow


def build(total_pages):
    out = io.BytesIO()
    doc = Report(out, total_pages)
    doc.multiBuild(story())
    return out.getvalue(), doc.pages_seen


first, pages = build(0)      # counts the pages
data, again = build(pages)   # writes "Page N of M" with the real M
assert again == pages, (pages, again)
with open(TARGET, 'wb') as f:
    f.write(data)
print('wrote', TARGET, len(data), 'bytes,', pages, 'pages', file=sys.stderr)
