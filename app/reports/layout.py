"""The shared page layout of every printed form: header, ruled table, totals, signatures.

``render_form`` prints a FormSpec as it stands. A form with more below its table (the
报废申请表's assessment and approval boxes) passes ``below_table`` and ``closing``; a form
laid out differently (two copies on one sheet) builds on the public pieces: ``form_doc``,
``body_frame``, ``decorate_page``, ``form_header``, ``item_table``, ``form_story``.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.money import amount_in_capitals, format_yuan
from app.reports.flowables import FakeBold, NumberedCanvas, PageStamp, SpacedTitle
from app.reports.fonts import register_cjk_font
from app.reports.parts import meta_grid, signature_block
from app.reports.styles import Align, cjk_style, format_date, para

MARGIN = 15 * mm
HEADER_GREY = colors.HexColor("#E4E4E4")
# When the signatures would start a page of their own, this many rows go with them.
TAIL_ROWS = 3
# Paragraphs collapse ordinary and ideographic spaces; non-breaking ones keep the gap.
_GAP = "\u00a0" * 8


@dataclass(frozen=True)
class Column:
    """One column of the form's table; widths are scaled together to fill the page."""

    title: str
    width_mm: float
    align: Align = "left"


@dataclass(frozen=True)
class Signature:
    """A signature line: the role, and the person's name printed beside it when known."""

    role: str
    name: str = ""


@dataclass
class FormSpec:
    """Everything one printed form shows; render_form turns it into PDF bytes."""

    school_name: str
    title: str
    number: str
    date: datetime.date
    columns: list[Column]
    rows: list[list[str]]
    meta: list[tuple[str, str]] = field(default_factory=list)
    total_row: list[str] | None = None
    amount_total: Decimal | None = None
    signatures: list[Signature | str] = field(default_factory=list)
    notes: str | None = None
    copy_label: str | None = None
    landscape: bool = False
    meta_columns: int = 2


# Given the frame width, the flowables a form adds below its table.
Part = Callable[[float], list[Flowable]]


def render_form(
    spec: FormSpec, *, below_table: Part | None = None, closing: Part | None = None
) -> bytes:
    """Lay out one form on A4 (or landscape A4) and return the PDF bytes.

    ``below_table`` follows the table directly (and may be split from what comes after);
    ``closing`` replaces the notes and signatures as the block kept together at the end.
    """
    validate_spec(spec)
    pages: dict[str, int] = {}
    pdf = _build(spec, pages, 0, below_table, closing)
    if len(spec.rows) > 1 and pages["signatures"] > pages["last_row"]:
        # The closing block would start a page with no item rows on it (perhaps only the
        # totals): carry the last rows over so the signatures stay with the goods they sign for.
        tail = min(TAIL_ROWS, len(spec.rows) - 1)
        pdf = _build(spec, {}, tail, below_table, closing)
    return pdf


def validate_spec(spec: FormSpec) -> None:
    """Refuse a spec whose rows do not match its columns (a bug in the calling form)."""
    if not spec.columns:
        raise ValueError("表格至少需要一列")
    width = len(spec.columns)
    for index, row in enumerate(spec.rows, start=1):
        if len(row) != width:
            raise ValueError(f"第 {index} 行有 {len(row)} 个单元格，表格有 {width} 列")
    if spec.total_row is not None and len(spec.total_row) != width:
        raise ValueError(f"合计行有 {len(spec.total_row)} 个单元格，表格有 {width} 列")


def _build(
    spec: FormSpec,
    pages: dict[str, int],
    tail_rows: int,
    below_table: Part | None,
    closing: Part | None,
) -> bytes:
    """Run reportlab once, noting in `pages` where the last row and the signatures fell."""
    buffer = io.BytesIO()
    doc = form_doc(buffer, spec)
    template = PageTemplate(
        id="form", frames=[body_frame(doc)], onPage=partial(decorate_page, spec)
    )
    doc.addPageTemplates(template)
    story = form_story(spec, doc.width, pages, tail_rows, below_table, closing)
    doc.build(story, canvasmaker=partial(NumberedCanvas, footer_font=register_cjk_font()))
    return buffer.getvalue()


def form_doc(buffer: io.BytesIO, spec: FormSpec) -> BaseDocTemplate:
    """The document of one form: its page size, margins and PDF metadata."""
    return BaseDocTemplate(
        buffer,
        pagesize=landscape(A4) if spec.landscape else A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{spec.title} {spec.number}",
        author=spec.school_name,
        creator="后勤管家 Houqin",
        invariant=True,
        # Otherwise every page also names (but never uses) a non-embedded Helvetica.
        initialFontName=register_cjk_font(),
    )


def body_frame(doc: BaseDocTemplate) -> Frame:
    """The frame filling the page inside the margins, without padding."""
    return Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def decorate_page(spec: FormSpec, canv: Canvas, doc: BaseDocTemplate) -> None:
    """Per-page furniture: a running head on continuation pages and the copy label."""
    width, height = doc.pagesize
    canv.saveState()
    canv.setFont(register_cjk_font(), 8.5)
    canv.setFillColor(colors.HexColor("#333333"))
    if doc.page > 1:
        y = height - MARGIN + 4 * mm
        canv.drawString(MARGIN, y, spec.school_name)
        canv.drawCentredString(width / 2, y, f"{spec.title}（续）")
        canv.drawRightString(width - MARGIN, y, f"No. {spec.number}")
    if spec.copy_label:
        # Carbon-copy sets print the copy's name down the right edge, one character a line.
        label = spec.copy_label.replace(" ", "　")
        y = height / 2 + len(label) * 11 / 2
        for char in label:
            canv.drawCentredString(width - MARGIN / 2, y, char)
            y -= 11
    canv.restoreState()


def form_story(
    spec: FormSpec,
    width: float,
    pages: dict[str, int],
    tail_rows: int = 0,
    below_table: Part | None = None,
    closing: Part | None = None,
) -> list[Flowable]:
    """The flowables of one form, top to bottom; `pages` learns where the rows and end fell.

    With ``tail_rows``, that many last rows start a new page together with the closing block.
    """
    story = form_header(spec, width)
    story.append(Spacer(1, 3 * mm))
    if tail_rows:
        head, tail = spec.rows[:-tail_rows], spec.rows[-tail_rows:]
        story += [item_table(spec, head, width, None), PageBreak()]
        story.append(item_table(spec, tail, width, pages))
    else:
        story.append(item_table(spec, spec.rows, width, pages))
    if below_table is not None:
        story += below_table(width)
    end = closing(width) if closing is not None else standard_closing(spec, width)
    story.append(KeepTogether([PageStamp(pages, "signatures"), *end]))
    return story


def form_header(spec: FormSpec, width: float, *, compact: bool = False) -> list[Flowable]:
    """School name, spaced title, date and number, and the meta grid; smaller when compact."""
    school, title, gap, meta_gap = (11, 16, 1.5, 1) if compact else (13, 20, 3, 1.5)
    story: list[Flowable] = [
        para(spec.school_name, cjk_style(school, "center")),
        Spacer(1, (1 if compact else 2) * mm),
        SpacedTitle(spec.title, register_cjk_font(), size=title),
        Spacer(1, gap * mm),
        _date_number_line(spec, width),
    ]
    if spec.meta:
        story += [Spacer(1, meta_gap * mm), meta_grid(spec.meta, width, spec.meta_columns)]
    return story


def standard_closing(spec: FormSpec, width: float) -> list[Flowable]:
    """What ends an ordinary form: the notes and the signature lines."""
    closing: list[Flowable] = [Spacer(1, 3 * mm)]
    if spec.notes:
        closing += [para(spec.notes, cjk_style(9.5)), Spacer(1, 4 * mm)]
    if spec.signatures:
        signatures = [s if isinstance(s, Signature) else Signature(s) for s in spec.signatures]
        closing.append(signature_block([(s.role, s.name) for s in signatures], width))
    return closing


def _date_number_line(spec: FormSpec, width: float) -> Table:
    """Date on the left, document number on the right, no rules."""
    cells = [
        [
            para(f"日期：{format_date(spec.date)}", cjk_style(10)),
            para(f"No. {spec.number}", cjk_style(11, "right")),
        ]
    ]
    line = Table(cells, colWidths=[width / 2, width / 2])
    line.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return line


def _column_widths(columns: list[Column], width: float) -> list[float]:
    """Scale the requested widths so the table exactly fills the frame."""
    requested = sum(column.width_mm for column in columns)
    return [width * column.width_mm / requested for column in columns]


def item_table(
    spec: FormSpec, rows: list[list[str]], width: float, pages: dict[str, int] | None
) -> Table:
    """The ruled table of ``rows``; given `pages`, it is the last part and carries the totals."""
    widths = _column_widths(spec.columns, width)
    styles = [cjk_style(9, column.align) for column in spec.columns]
    header = [FakeBold(para(c.title, cjk_style(9, "center"))) for c in spec.columns]
    data: list[list[object]] = [header]
    data += [[para(text, styles[i]) for i, text in enumerate(row)] for row in rows]
    if pages is not None and rows:
        data[-1][0] = PageStamp(pages, "last_row", data[-1][0])
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
        ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if pages is not None and spec.total_row is not None:
        total = spec.total_row
        data.append([FakeBold(para(text, styles[i])) for i, text in enumerate(total)])
        # The label ("合计") spans the empty cells after it so it reads as one box.
        span_end = 0
        while span_end + 1 < len(total) and not total[span_end + 1]:
            span_end += 1
        row = len(data) - 1
        data[row][0] = FakeBold(para(total[0], cjk_style(9, "center")))
        if span_end:
            commands.append(("SPAN", (0, row), (span_end, row)))
    if pages is not None and spec.amount_total is not None:
        data.append([_amount_cell(spec.amount_total)] + [""] * (len(widths) - 1))
        commands.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _amount_cell(amount: Decimal) -> Paragraph:
    """合计金额（小写）：¥1,234.50　（大写）：人民币壹仟贰佰叁拾肆元伍角."""
    text = (
        f"合计金额（小写）：¥{format_yuan(amount)}"
        f"{_GAP}（大写）：人民币{amount_in_capitals(amount)}"
    )
    return para(text, cjk_style(10, leading=15))
