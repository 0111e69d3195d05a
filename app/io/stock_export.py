"""Stock reports as .xlsx workbooks: typed cells (numbers stay numbers), a header that explains.

The consumption report gets three sheets (department × item, by department, by item); the
supply plan one sheet whose header note states the rule behind every suggested quantity.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.money import from_fen

if TYPE_CHECKING:  # the report objects come from app.services; io never imports services
    from app.services.stock_reports import ConsumptionReport, ConsumptionRow, SupplyPlan

QTY_SCALE = 1000
MONEY_FORMAT = "#,##0.00"
WHOLE_FORMAT = "#,##0"
FRACTION_FORMAT = "#,##0.0##"
PERCENT_FORMAT = "0.0%"
_TITLE_FONT = Font(size=14, bold=True)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E4E4E4")
_BUY_FILL = PatternFill("solid", fgColor="FFF2CC")
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass(frozen=True)
class Qty:
    """A quantity cell, stored in thousandths like the database."""

    qty_m: int


@dataclass(frozen=True)
class Money:
    """A money cell, in fen."""

    fen: int


@dataclass(frozen=True)
class Share:
    """A fraction of a whole, shown as a percentage."""

    value: Decimal


Cell = str | int | Qty | Money | Share | None


@dataclass
class Sheet:
    """One worksheet: title lines above a table with a header row and optional total row."""

    name: str
    title: str
    notes: list[str]
    headers: list[str]
    widths: list[int]
    rows: list[list[Cell]] = field(default_factory=list)
    total: list[Cell] | None = None
    highlight: list[bool] = field(default_factory=list)  # rows to shade (e.g. something to buy)


def workbook_bytes(sheets: Sequence[Sheet]) -> bytes:
    """Write the sheets into one .xlsx and return its bytes."""
    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        _write_sheet(book.create_sheet(sheet.name[:31]), sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write_sheet(ws: Worksheet, sheet: Sheet) -> None:
    width = len(sheet.headers)
    ws.cell(row=1, column=1, value=sheet.title).font = _TITLE_FONT
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    row = 2
    for note in sheet.notes:
        cell = ws.cell(row=row, column=1, value=note)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        # A merged cell does not grow with its text: give long notes room for their lines.
        # Chinese characters are two columns wide.
        lines = -(-2 * len(note) // max(1, sum(sheet.widths)))
        ws.row_dimensions[row].height = 15 * max(1, lines)
        row += 1
    header_row = row + 1
    for column, title in enumerate(sheet.headers, start=1):
        cell = ws.cell(row=header_row, column=column, value=title)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for offset, values in enumerate(sheet.rows, start=1):
        shade = offset - 1 < len(sheet.highlight) and sheet.highlight[offset - 1]
        _write_row(ws, header_row + offset, values, fill=_BUY_FILL if shade else None)
    last = header_row + len(sheet.rows)
    if sheet.total is not None:
        last += 1
        _write_row(ws, last, sheet.total, bold=True)
    for column, chars in enumerate(sheet.widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = chars
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    if sheet.rows:
        ws.auto_filter.ref = (
            f"A{header_row}:{get_column_letter(width)}{header_row + len(sheet.rows)}"
        )
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _write_row(
    ws: Worksheet,
    row: int,
    values: list[Cell],
    *,
    bold: bool = False,
    fill: PatternFill | None = None,
) -> None:
    for column, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=column)
        if isinstance(value, Qty):
            whole = value.qty_m % QTY_SCALE == 0
            cell.value = value.qty_m // QTY_SCALE if whole else Decimal(value.qty_m) / QTY_SCALE
            cell.number_format = WHOLE_FORMAT if whole else FRACTION_FORMAT
        elif isinstance(value, Money):
            cell.value = from_fen(value.fen)
            cell.number_format = MONEY_FORMAT
        elif isinstance(value, Share):
            cell.value = value.value
            cell.number_format = PERCENT_FORMAT
        else:
            cell.value = value
        cell.border = _BORDER
        if bold:
            cell.font = _HEADER_FONT
        if fill is not None:
            cell.fill = fill


# --- consumption ---------------------------------------------------------------------------

_ITEM_HEADERS = ["物资编码", "物资名称", "规格型号", "单位", "物资类别"]
_ITEM_WIDTHS = [12, 22, 22, 7, 12]
_MOVE_HEADERS = [
    "领用数量",
    "退库数量",
    "消耗数量",
    "领用金额（元）",
    "退库金额（元）",
    "消耗金额（元）",
]
_MOVE_WIDTHS = [11, 11, 11, 15, 15, 15]


def _item_cells(row: ConsumptionRow) -> list[Cell]:
    item = row.item
    return [item.code, item.name, item.spec, item.unit, item.category]


def _move_cells(row: ConsumptionRow) -> list[Cell]:
    return [
        Qty(row.issued_m),
        Qty(row.returned_m),
        Qty(row.net_m),
        Money(row.issued_fen),
        Money(row.returned_fen),
        Money(row.net_fen),
    ]


def _consumption_notes(report: ConsumptionReport, made_on: dt.date) -> list[str]:
    period = report.period
    notes = [
        f"统计期间：{period.title}（{period.start.isoformat()} 至 {period.end.isoformat()}）",
        "消耗 = 领用 − 退库；金额按物资发出时的移动加权平均成本计价，单位：元。",
        f"制表日期：{made_on.isoformat()}",
    ]
    if report.department_filter:
        notes.insert(1, f"部门：{report.department_filter}")
    return notes


def consumption_workbook(report: ConsumptionReport, made_on: dt.date | None = None) -> bytes:
    """The consumption report as .xlsx: department × item, by department, by item."""
    made_on = made_on or dt.date.today()
    school = report.school_name or "物资"
    notes = _consumption_notes(report, made_on)
    money_total = Money(report.total_fen)
    detail = Sheet(
        name="部门物资明细",
        title=f"{school}物资消耗统计表（按部门、物资）",
        notes=notes,
        headers=["领用部门", *_ITEM_HEADERS, *_MOVE_HEADERS],
        widths=[14, *_ITEM_WIDTHS, *_MOVE_WIDTHS],
        rows=[[row.department, *_item_cells(row), *_move_cells(row)] for row in report.rows],
        total=["合计", *[None] * 10, money_total],
    )
    total_fen = report.total_fen
    departments = report.by_department()
    by_department = Sheet(
        name="按部门汇总",
        title=f"{school}物资消耗统计表（按部门汇总）",
        notes=notes,
        headers=["领用部门", "物资种数", "消耗金额（元）", "占比"],
        widths=[16, 10, 16, 10],
        rows=[
            [
                d.department,
                d.items,
                Money(d.value_fen),
                Share(_share(d.value_fen, total_fen)),
            ]
            for d in departments
        ],
        total=["合计", sum(d.items for d in departments), money_total, None],
    )
    items = report.by_item()
    by_item = Sheet(
        name="按物资汇总",
        title=f"{school}物资消耗统计表（按物资汇总）",
        notes=notes,
        headers=[*_ITEM_HEADERS, *_MOVE_HEADERS],
        widths=[*_ITEM_WIDTHS, *_MOVE_WIDTHS],
        rows=[[*_item_cells(row), *_move_cells(row)] for row in items],
        total=["合计", *[None] * 9, money_total],
    )
    return workbook_bytes([detail, by_department, by_item])


def _share(part: int, whole: int) -> Decimal:
    if not whole:
        return Decimal(0)
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"))


# --- supply plan ---------------------------------------------------------------------------


def supply_plan_workbook(plan: SupplyPlan, rule_note: str) -> bytes:
    """The supply plan as .xlsx, with the rule behind the suggested quantities in its header."""
    basis = plan.basis
    school = plan.school_name or ""
    rows: list[list[Cell]] = []
    for index, row in enumerate(plan.rows, start=1):
        item = row.item
        rows.append(
            [
                index,
                item.category,
                item.code,
                item.name,
                item.spec,
                item.unit,
                Qty(row.consumed_m),
                Qty(row.on_hand_m),
                Qty(row.reorder_m),
                Qty(row.suggested_m),
                None if row.unit_cost_fen is None else Money(row.unit_cost_fen),
                Money(row.estimate_fen),
                # Never received: its 0.00 estimate is not a price, so the sheet says to ask.
                "无参考单价，请询价" if row.unit_cost_fen is None and row.suggested_m > 0 else None,
            ]
        )
    sheet = Sheet(
        name="供需计划",
        title=f"{school}{plan.target}物资供需计划",
        notes=[
            f"依据期间：{basis.title}（{basis.start.isoformat()} 至 {basis.end.isoformat()}）"
            f"；计划学期：{plan.target}；制表日期：{plan.made_on.isoformat()}",
            f"计算方法：{rule_note}",
            f"建议采购 {len(plan.to_buy)} 种物资（已用底色标出），"
            f"预计金额合计 {from_fen(plan.estimate_fen):,.2f} 元。",
        ],
        headers=[
            "序号",
            "物资类别",
            "物资编码",
            "物资名称",
            "规格型号",
            "单位",
            "依据期间消耗量",
            "当前库存",
            "最低库存",
            "建议采购量",
            "参考单价（元）",
            "预计金额（元）",
            "备注",
        ],
        widths=[6, 12, 12, 22, 22, 7, 14, 11, 11, 12, 14, 15, 16],
        rows=rows,
        total=["合计", *[None] * 10, Money(plan.estimate_fen), None],
        highlight=[row.suggested_m > 0 for row in plan.rows],
    )
    return workbook_bytes([sheet])
