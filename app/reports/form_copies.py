"""Several copies of one form (存根联 / 领用联): two halves of one A4 sheet, or full pages.

Carbon-copy books print each copy of a short slip on half a sheet, cut apart along a dashed
line. A slip too long for half a page is printed as full pages instead, copy after copy, each
with its own page numbers and its copy's name down the right edge.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.reports.flowables import NumberedCanvas
from app.reports.fonts import register_cjk_font
from app.reports.layout import (
    MARGIN,
    TAIL_ROWS,
    FormSpec,
    Signature,
    form_doc,
    form_header,
    form_story,
    item_table,
    validate_spec,
)
from app.reports.styles import cjk_style, para

# Each half keeps this much paper free on both sides of the cut line.
_CUT_GAP = 7 * mm
_LABEL_STEP = 10


def render_copies(spec: FormSpec, labels: Sequence[str], *, two_up: bool = True) -> bytes:
    """One copy of ``spec`` per label; with ``two_up``, two short copies share one A4 sheet."""
    validate_spec(spec)
    if not labels:
        raise ValueError("至少要打印一联")
    if two_up and len(labels) == 2 and _fits_half_page(spec):
        return _build_two_up(spec, tuple(labels))
    return _build_pages(spec, list(labels))


# --- two halves of one sheet ---------------------------------------------------------------


def _half_frames() -> tuple[Frame, Frame, float, float]:
    """The top and bottom frames, and their width and height."""
    page_width, page_height = A4
    width = page_width - 2 * MARGIN
    height = page_height / 2 - MARGIN - _CUT_GAP
    top = Frame(MARGIN, page_height / 2 + _CUT_GAP, width, height, id="top", **_NO_PADDING)
    bottom = Frame(MARGIN, MARGIN, width, height, id="bottom", **_NO_PADDING)
    return top, bottom, width, height


_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


def _fits_half_page(spec: FormSpec) -> bool:
    """Whether one compact copy fits in half a sheet (measured, not guessed by line count)."""
    _top, _bottom, width, height = _half_frames()
    scratch = Canvas(io.BytesIO(), pagesize=A4)
    used = 0.0
    for part in _half_story(spec, width):
        # KeepTogether always asks to be split; measure what it holds instead.
        for flowable in part._content if isinstance(part, KeepTogether) else [part]:
            used += flowable.wrapOn(scratch, width, height)[1]
            used += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return used <= height


def _half_story(spec: FormSpec, width: float) -> list[Flowable]:
    """A compact copy: smaller title, the table with its totals, signatures side by side."""
    story = form_header(spec, width, compact=True)
    story += [Spacer(1, 2 * mm), item_table(spec, spec.rows, width, {})]
    closing: list[Flowable] = []
    if spec.notes:
        closing += [Spacer(1, 1.5 * mm), para(spec.notes, cjk_style(8.5))]
    if spec.signatures:
        closing += [Spacer(1, 2 * mm), _signature_row(spec.signatures, width)]
    if closing:
        story.append(KeepTogether(closing))
    return story


def _signature_row(signatures: Sequence[Signature | str], width: float) -> Table:
    """Every role on one ruled line (two lines when there are more than four roles)."""
    items = [s if isinstance(s, Signature) else Signature(s) for s in signatures]
    per_row = len(items) if len(items) <= 4 else -(-len(items) // 2)
    style = cjk_style(9.5)
    rows: list[list[object]] = []
    for start in range(0, len(items), per_row):
        chunk = items[start : start + per_row]
        cells: list[object] = [para(f"{s.role}：{s.name}", style) for s in chunk]
        rows.append(cells + [""] * (per_row - len(chunk)))
    gap = 4 * mm
    cell = (width - gap * (per_row - 1)) / per_row
    widths: list[float] = []
    for index in range(per_row):
        widths += ([gap] if index else []) + [cell]
    spaced = [_interleave(row) for row in rows]
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        # Room above each line for a handwritten signature.
        ("TOPPADDING", (0, 0), (-1, -1), 10),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for row_index, row in enumerate(rows):
        for column_index, value in enumerate(row):
            if value != "":
                column = column_index * 2
                commands.append(
                    ("LINEBELOW", (column, row_index), (column, row_index), 0.5, colors.black)
                )
    table = Table(spaced, colWidths=widths)
    table.setStyle(TableStyle(commands))
    return table


def _interleave(cells: list[object]) -> list[object]:
    """Put an empty gap column between the signature cells."""
    out: list[object] = []
    for index, value in enumerate(cells):
        out += ([""] if index else []) + [value]
    return out


def _build_two_up(spec: FormSpec, labels: tuple[str, str]) -> bytes:
    """Both copies on one sheet: the first in the top half, the second below the cut line."""
    font = register_cjk_font()
    top, bottom, width, _height = _half_frames()
    buffer = io.BytesIO()
    doc = form_doc(buffer, spec)
    doc.addPageTemplates(
        PageTemplate(id="two_up", frames=[top, bottom], onPage=partial(_decorate_halves, labels))
    )
    story = [*_half_story(spec, width), FrameBreak(), *_half_story(spec, width)]
    doc.build(story, canvasmaker=partial(NumberedCanvas, footer_font=font))
    return buffer.getvalue()


def _decorate_halves(labels: tuple[str, str], canv: Canvas, doc: BaseDocTemplate) -> None:
    """The dashed cut line across the middle and each half's copy name down its right edge."""
    width, height = doc.pagesize
    middle = height / 2
    canv.saveState()
    canv.setStrokeColor(colors.HexColor("#777777"))
    canv.setLineWidth(0.5)
    canv.setDash(4, 3)
    canv.line(MARGIN / 2, middle, width - MARGIN / 2, middle)
    canv.setFont(register_cjk_font(), 7.5)
    canv.setFillColor(colors.HexColor("#777777"))
    note = "沿 此 线 裁 开"
    note_width = canv.stringWidth(note, register_cjk_font(), 7.5)
    canv.setFillColor(colors.white)
    canv.rect(width / 2 - note_width / 2 - 2 * mm, middle - 5, note_width + 4 * mm, 10, 0, 1)
    canv.setFillColor(colors.HexColor("#777777"))
    canv.drawCentredString(width / 2, middle - 2.5, note)
    canv.setFillColor(colors.HexColor("#333333"))
    canv.setFont(register_cjk_font(), 8.5)
    for label, centre in zip(labels, (middle + middle / 2, middle / 2), strict=True):
        _vertical_label(canv, label, width - MARGIN / 2, centre)
    canv.restoreState()


def _vertical_label(canv: Canvas, label: str, x: float, centre: float) -> None:
    """Write a copy's name down the edge, one character a line, centred on ``centre``."""
    text = label.replace(" ", "　")
    y = centre + len(text) * _LABEL_STEP / 2
    for char in text:
        canv.drawCentredString(x, y, char)
        y -= _LABEL_STEP


# --- full pages, copy after copy -----------------------------------------------------------


class _CopyCanvas(NumberedCanvas):
    """Numbers the pages of each copy on their own: 第 1 页 / 共 2 页 for every copy."""

    def __init__(self, *args: object, footer_font: str, copy_of_page: dict[int, int], **kw: object):
        super().__init__(*args, footer_font=footer_font, **kw)
        self._copy_of_page = copy_of_page

    def _draw_footer(self, total: int) -> None:
        """The page's number within its copy, and how many pages that copy has."""
        copy = self._copy_of_page.get(self._pageNumber, 0)
        pages = sorted(p for p, c in self._copy_of_page.items() if c == copy)
        if not pages:
            super()._draw_footer(total)
            return
        width, _height = self._pagesize
        self.saveState()
        self.setFont(self._footer_font, 9)
        text = f"第 {pages.index(self._pageNumber) + 1} 页 / 共 {len(pages)} 页"
        self.drawCentredString(width / 2, 8 * mm, text)
        self.restoreState()


def _build_pages(spec: FormSpec, labels: list[str]) -> bytes:
    """Every copy as full pages; rows move over so signatures never stand alone on a page."""
    copies = [replace(spec, copy_label=label) for label in labels]
    tails = [0] * len(copies)
    pages: list[dict[str, int]] = [{} for _ in copies]
    pdf = _build_full(copies, pages, tails)
    for index, copy_pages in enumerate(pages):
        if len(spec.rows) > 1 and copy_pages["signatures"] > copy_pages["last_row"]:
            tails[index] = min(TAIL_ROWS, len(spec.rows) - 1)
    if any(tails):
        pdf = _build_full(copies, [{} for _ in copies], tails)
    return pdf


def _build_full(copies: list[FormSpec], pages: list[dict[str, int]], tails: list[int]) -> bytes:
    font = register_cjk_font()
    page_width, page_height = A4
    buffer = io.BytesIO()
    doc = form_doc(buffer, copies[0])
    copy_of_page: dict[int, int] = {}
    templates = []
    story: list[Flowable] = []
    for index, copy in enumerate(copies):
        frame = Frame(
            MARGIN, MARGIN, page_width - 2 * MARGIN, page_height - 2 * MARGIN, **_NO_PADDING
        )
        on_page = partial(_decorate_copy, copy, index, copy_of_page)
        templates.append(PageTemplate(id=f"copy{index}", frames=[frame], onPage=on_page))
        if index:
            story += [NextPageTemplate(f"copy{index}"), PageBreak()]
        story += form_story(copy, doc.width, pages[index], tails[index])
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=partial(_CopyCanvas, footer_font=font, copy_of_page=copy_of_page))
    return buffer.getvalue()


def _decorate_copy(
    spec: FormSpec, index: int, copy_of_page: dict[int, int], canv: Canvas, doc: BaseDocTemplate
) -> None:
    """Note which copy the page belongs to; a running head on the copy's later pages."""
    first_of_copy = index not in copy_of_page.values()
    copy_of_page[doc.page] = index
    width, height = doc.pagesize
    canv.saveState()
    canv.setFont(register_cjk_font(), 8.5)
    canv.setFillColor(colors.HexColor("#333333"))
    if not first_of_copy:
        y = height - MARGIN + 4 * mm
        canv.drawString(MARGIN, y, spec.school_name)
        canv.drawCentredString(width / 2, y, f"{spec.title}（续）")
        canv.drawRightString(width - MARGIN, y, f"No. {spec.number}")
    if spec.copy_label:
        _vertical_label(canv, spec.copy_label, width - MARGIN / 2, height / 2)
    canv.restoreState()
