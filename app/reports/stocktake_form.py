"""库存盘点表 (the count sheet, blank 实盘 column for the pen) and 盘点调整单 (the posted result)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from app.money import format_yuan
from app.reports.layout import Column, FormSpec, Signature, render_form

SHEET_TITLE = "库存盘点表"
ADJUSTMENT_TITLE = "盘点调整单"
SHEET_NOTE = (
    "盘点时逐项清点实物，在“实盘数量”栏填写实际数量；账实不符的在备注栏注明原因。"
    "盘点人、监盘人当场签字。"
)
ADJUSTMENT_NOTE = "盘盈物资按盘点时的平均单价入账，盘亏物资按移动平均成本出账；差异原因须经审批。"
SHEET_COLUMNS = [
    Column("序号", 9, "center"),
    Column("货位", 14, "center"),
    Column("物资编码", 20, "left"),
    Column("物资名称", 30, "left"),
    Column("规格型号", 30, "left"),
    Column("单位", 9, "center"),
    Column("账面数量", 18, "right"),
    Column("实盘数量", 20, "right"),
    Column("差异", 16, "right"),
    Column("备注", 22, "left"),
]
ADJUSTMENT_COLUMNS = [
    Column("序号", 9, "center"),
    Column("物资编码", 20, "left"),
    Column("物资名称", 30, "left"),
    Column("规格型号", 28, "left"),
    Column("单位", 9, "center"),
    Column("账面数量", 17, "right"),
    Column("实盘数量", 17, "right"),
    Column("盈亏数量", 17, "right"),
    Column("单价（元）", 20, "right"),
    Column("金额（元）", 21, "right"),
]


@dataclass(frozen=True)
class SheetLine:
    """One item to count."""

    shelf: str
    code: str
    name: str
    spec: str
    unit: str
    book: Decimal


@dataclass
class CountSheet:
    """The sheet the storekeeper takes to the shelves."""

    school_name: str
    date: datetime.date
    scope: str
    lines: list[SheetLine] = field(default_factory=list)


@dataclass(frozen=True)
class AdjustmentLine:
    """One difference: signed quantity and amount."""

    code: str
    name: str
    spec: str
    unit: str
    book: Decimal
    counted: Decimal
    difference: Decimal
    unit_price: Decimal
    amount: Decimal


@dataclass
class AdjustmentForm:
    """A posted 盘点调整单."""

    school_name: str
    number: str
    date: datetime.date
    reason: str
    lines: list[AdjustmentLine] = field(default_factory=list)
    counted_by: str = ""
    supervised_by: str = ""
    keeper: str = ""
    approved_by: str = ""
    note: str = ""


def _qty(value: Decimal, signed: bool = False) -> str:
    text = f"{value.normalize():,f}"
    return f"+{text}" if signed and value > 0 else text.replace("-", "−")


def _money(value: Decimal) -> str:
    return format_yuan(value).replace("-", "−")


def count_sheet_spec(sheet: CountSheet) -> FormSpec:
    """The count sheet in the shared form layout: 实盘 and 差异 left blank for the pen."""
    if not sheet.lines:
        raise ValueError("盘点表至少要有一项物资")
    rows = [
        [
            str(n),
            line.shelf,
            line.code,
            line.name,
            line.spec,
            line.unit,
            _qty(line.book),
            "",
            "",
            "",
        ]
        for n, line in enumerate(sheet.lines, start=1)
    ]
    return FormSpec(
        school_name=sheet.school_name,
        title=SHEET_TITLE,
        # Not a document yet: the adjustment gets its PD number when posted.
        number="（过账后编号）",
        date=sheet.date,
        meta=[("盘点范围", sheet.scope), ("物资品种", f"{len(sheet.lines)} 种")],
        columns=SHEET_COLUMNS,
        rows=rows,
        signatures=[Signature("盘点人"), Signature("监盘人"), Signature("库管员")],
        notes=SHEET_NOTE,
    )


def adjustment_spec(form: AdjustmentForm) -> FormSpec:
    """The posted adjustment in the shared layout, with gains and losses totalled apart."""
    if not form.lines:
        raise ValueError("盘点调整单至少要有一项差异")
    rows = [
        [
            str(n),
            line.code,
            line.name,
            line.spec,
            line.unit,
            _qty(line.book),
            _qty(line.counted),
            _qty(line.difference, signed=True),
            format_yuan(line.unit_price),
            _money(line.amount),
        ]
        for n, line in enumerate(form.lines, start=1)
    ]
    gains = sum((line.amount for line in form.lines if line.difference > 0), Decimal(0))
    losses = sum((line.amount for line in form.lines if line.difference < 0), Decimal(0))
    gain_count = sum(1 for line in form.lines if line.difference > 0)
    net = gains + losses
    notes = (
        f"盘盈 {gain_count} 种，金额 {format_yuan(gains)} 元；"
        f"盘亏 {len(form.lines) - gain_count} 种，金额 {_money(-losses)} 元。\n"
    )
    if form.note.strip():
        notes += f"备注：{form.note}\n"
    return FormSpec(
        school_name=form.school_name,
        title=ADJUSTMENT_TITLE,
        number=form.number,
        date=form.date,
        meta=[("盘点说明", form.reason), ("差异品种", f"{len(form.lines)} 种")],
        columns=ADJUSTMENT_COLUMNS,
        rows=rows,
        total_row=["合计（净额）", "", "", "", "", "", "", "", "", _money(net)],
        signatures=[
            Signature("盘点人", form.counted_by),
            Signature("监盘人", form.supervised_by),
            Signature("库管员", form.keeper),
            Signature("审批人", form.approved_by),
        ],
        notes=notes + ADJUSTMENT_NOTE,
    )


def render_count_sheet(sheet: CountSheet) -> bytes:
    """Render the 库存盘点表 as PDF bytes."""
    return render_form(count_sheet_spec(sheet))


def render_adjustment(form: AdjustmentForm) -> bytes:
    """Render the 盘点调整单 as PDF bytes."""
    return render_form(adjustment_spec(form))
