"""固定资产台账 — the register print-out of a filter: rows, count, totals in figures and capitals."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import partial

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, PageTemplate, Spacer, Table

from app.money import amount_in_capitals, format_yuan
from app.reports.flowables import NumberedCanvas, SpacedTitle
from app.reports.fonts import register_cjk_font
from app.reports.layout import body_frame
from app.reports.ledger_table import LedgerColumn, LedgerTable
from app.reports.parts import signature_block
from app.reports.styles import cjk_style, format_date, para
from app.reports.text_fit import text_width

TITLE = "固定资产台账"
MARGIN = 12 * mm
# Measured at 8.5 pt, adding up to the 273 mm frame: each of 2018-DQ-00001, 1,234,567.00,
# 交互式智能平板（班班通）, 钢木 1400×700mm 带副柜, 电子和通信测量仪器 and
# K-301 生物实验室（一） fits its column on one line.
COLUMNS = [
    LedgerColumn("序号", 9, "center", 1),
    LedgerColumn("资产编号", 23.5, "left", 1),
    LedgerColumn("资产名称", 38.5),
    LedgerColumn("规格型号", 46),
    LedgerColumn("资产分类", 29),
    LedgerColumn("购置日期", 17.5, "center", 1),
    LedgerColumn("存放地点", 35),
    LedgerColumn("保管人", 14),
    LedgerColumn("原值（元）", 20, "right", 1),
    LedgerColumn("累计折旧（元）", 20, "right", 1),
    LedgerColumn("净值（元）", 20, "right", 1),
]
# The money columns share this much of the frame; the totals decide how it is split.
_MONEY = slice(8, 11)
_SPEC_COLUMN = 3
_FONT_SIZE = 8.5
SIGNATURES = [("制表人", ""), ("资产管理员", ""), ("审核人（后勤主任）", "")]
# Called with (rows laid out so far, all rows); it may raise to cancel the rendering.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RegisterLine:
    """One asset as the print-out shows it."""

    number: str
    name: str
    spec: str
    category: str
    purchase_date: datetime.date
    location: str
    custodian: str
    original_value: Decimal
    accumulated: Decimal
    net_value: Decimal


@dataclass
class RegisterReport:
    """What one print-out shows: the filter it was made from, the date of the figures, the rows."""

    school_name: str
    printed_on: datetime.date
    as_of: datetime.date
    filter_text: str
    lines: Sequence[RegisterLine]
    title: str = TITLE


@dataclass(frozen=True)
class RegisterSums:
    """The totals of the printed rows."""

    count: int
    original_value: Decimal
    accumulated: Decimal
    net_value: Decimal


def register_sums(lines: Sequence[RegisterLine]) -> RegisterSums:
    """Count and add up the printed rows (exact Decimal yuan)."""
    zero = Decimal("0.00")
    original = accumulated = net = zero
    for line in lines:
        original += line.original_value
        accumulated += line.accumulated
        net += line.net_value
    return RegisterSums(len(lines), original, accumulated, net)


def render_register(report: RegisterReport, progress: Progress | None = None) -> bytes:
    """Lay the print-out on landscape A4 and return the PDF bytes."""
    font = register_cjk_font()
    buffer = io.BytesIO()
    pagesize = landscape(A4)
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 3 * mm,
        bottomMargin=MARGIN + 2 * mm,
        title=f"{report.title} {report.school_name}",
        author=report.school_name,
        creator="后勤管家 Houqin",
        invariant=True,
        initialFontName=font,
    )
    doc.addPageTemplates(
        PageTemplate(id="register", frames=[body_frame(doc)], onPage=partial(_running_head, report))
    )
    doc.build(
        _story(report, doc.width, progress), canvasmaker=partial(NumberedCanvas, footer_font=font)
    )
    return buffer.getvalue()


def _story(report: RegisterReport, width: float, progress: Progress | None) -> list:
    sums = register_sums(report.lines)
    rows = [
        [
            str(index),
            line.number,
            line.name,
            line.spec,
            line.category,
            line.purchase_date.isoformat(),
            line.location,
            line.custodian,
            format_yuan(line.original_value),
            format_yuan(line.accumulated),
            format_yuan(line.net_value),
        ]
        for index, line in enumerate(report.lines, start=1)
    ]
    total_row = [f"合计（共 {sums.count:,} 件）", "", "", "", "", "", "", ""]
    total_row += [format_yuan(v) for v in (sums.original_value, sums.accumulated, sums.net_value)]
    closing = [
        Spacer(1, 3 * mm),
        _amounts(sums, width),
        Spacer(1, 2 * mm),
        signature_block(SIGNATURES, width),
    ]
    return [
        para(report.school_name, cjk_style(13, "center")),
        Spacer(1, 1.5 * mm),
        SpacedTitle(report.title, register_cjk_font(), size=18),
        Spacer(1, 2.5 * mm),
        _info_line(report, width),
        Spacer(1, 2 * mm),
        LedgerTable(_columns(total_row), rows, total_row, progress=progress, closing=closing),
    ]


def _columns(total_row: Sequence[str]) -> list[LedgerColumn]:
    """COLUMNS with the money columns widened to hold the totals (taken from 规格型号).

    A 10,000-asset register totals ¥20,842,025.50; at the 20 mm that fits 1,234,567.00 the
    totals line was cut to "20,842,025…". The totals are the widest figures of their columns.
    """
    font = register_cjk_font()
    padding_mm = 2 * _FONT_SIZE * 0.32 / mm
    # The totals are drawn bold (fill and stroke), a little wider than measured.
    needed = max(text_width(text, font, _FONT_SIZE) / mm for text in total_row[_MONEY]) + 0.6
    width = max(COLUMNS[_MONEY.start].width_mm, needed + padding_mm)
    extra = sum(width - column.width_mm for column in COLUMNS[_MONEY])
    if extra <= 0:
        return COLUMNS
    columns = list(COLUMNS)
    spec = columns[_SPEC_COLUMN]
    columns[_SPEC_COLUMN] = replace(spec, width_mm=spec.width_mm - extra)
    columns[_MONEY] = [replace(column, width_mm=width) for column in COLUMNS[_MONEY]]
    return columns


def _info_line(report: RegisterReport, width: float) -> Table:
    """Filter on the left; the date of the depreciation figures and the print date on the right."""
    # Paragraphs collapse ideographic spaces; non-breaking ones keep the gap.
    gap = "\u00a0" * 6
    right = (
        f"折旧计算截至：{format_date(report.as_of)}{gap}打印日期：{format_date(report.printed_on)}"
    )
    line = Table(
        [
            [
                para(f"范围：{report.filter_text}", cjk_style(9.5)),
                para(right, cjk_style(9.5, "right")),
            ]
        ],
        colWidths=[width * 0.55, width * 0.45],
    )
    line.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ]
    )
    return line


def _amounts(sums: RegisterSums, width: float) -> Table:
    """The totals in words under the table: count, original value and net value in capitals."""
    style = cjk_style(10, leading=15)
    gap = "\u00a0" * 6
    lines = [
        f"资产数量：{sums.count:,} 件",
        f"原值合计（小写）：¥{format_yuan(sums.original_value)}{gap}"
        f"（大写）：人民币{amount_in_capitals(sums.original_value)}",
        f"累计折旧合计（小写）：¥{format_yuan(sums.accumulated)}{gap}"
        f"（大写）：人民币{amount_in_capitals(sums.accumulated)}",
        f"净值合计（小写）：¥{format_yuan(sums.net_value)}{gap}"
        f"（大写）：人民币{amount_in_capitals(sums.net_value)}",
    ]
    box = Table([[para(text, style)] for text in lines], colWidths=[width])
    box.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
            ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
    )
    return box


def _running_head(report: RegisterReport, canv: Canvas, doc: BaseDocTemplate) -> None:
    """Continuation pages name the school, the form and the date of the figures."""
    if doc.page == 1:
        return
    width, height = doc.pagesize
    canv.saveState()
    canv.setFont(register_cjk_font(), 8.5)
    canv.setFillColor(colors.HexColor("#333333"))
    y = height - MARGIN
    canv.drawString(MARGIN, y, report.school_name)
    canv.drawCentredString(width / 2, y, f"{report.title}（续）")
    canv.drawRightString(width - MARGIN, y, f"折旧计算截至：{format_date(report.as_of)}")
    canv.restoreState()
