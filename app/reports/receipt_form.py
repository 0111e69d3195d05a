"""入库单 — goods received into the stock room, signed by the buyer, the checker and the keeper."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from app.money import format_yuan
from app.reports.layout import Column, FormSpec, Signature, render_form

TITLE = "入库单"
REVERSAL_TITLE = "入库单（红字冲销）"
ACCEPTANCE_NOTE = "验收时核对物资、申购单与发票三者一致后方可入库。"
COLUMNS = [
    Column("序号", 9, "center"),
    Column("物资编码", 22, "left"),
    Column("物资名称", 32, "left"),
    Column("规格型号", 30, "left"),
    Column("单位", 9, "center"),
    Column("数量", 16, "right"),
    Column("单价（元）", 18, "right"),
    Column("金额（元）", 22, "right"),
]


@dataclass(frozen=True)
class ReceiptFormLine:
    """One item received."""

    code: str
    name: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal


@dataclass
class ReceiptForm:
    """A posted receipt as printed; blank names are written in by hand."""

    school_name: str
    number: str
    date: datetime.date
    supplier: str
    invoice_no: str
    lines: list[ReceiptFormLine] = field(default_factory=list)
    handled_by: str = ""
    checked_by: str = ""
    keeper: str = ""
    note: str = ""
    reversal: bool = False  # 红字冲销: negative quantities and amounts


def _quantity(value: Decimal) -> str:
    return f"{value.normalize():,f}"


def receipt_form_spec(form: ReceiptForm) -> FormSpec:
    """Translate a receipt into the shared form layout."""
    if not form.lines:
        raise ValueError("入库单至少要有一项物资")
    rows = [
        [
            str(index),
            line.code,
            line.name,
            line.spec,
            line.unit,
            _quantity(line.quantity),
            format_yuan(line.unit_price),
            format_yuan(line.amount),
        ]
        for index, line in enumerate(form.lines, start=1)
    ]
    total = sum((line.amount for line in form.lines), Decimal("0"))
    notes = f"备注：{form.note}\n{ACCEPTANCE_NOTE}" if form.note.strip() else ACCEPTANCE_NOTE
    return FormSpec(
        school_name=form.school_name,
        title=REVERSAL_TITLE if form.reversal else TITLE,
        number=form.number,
        date=form.date,
        meta=[
            ("供应商", form.supplier),
            ("发票号码", form.invoice_no),
            ("物资品种", f"{len(form.lines)} 种"),
        ],
        columns=COLUMNS,
        rows=rows,
        total_row=["合计", "", "", "", "", "", "", format_yuan(total)],
        # Capitals are written for what was paid; a reversal prints its negative total only.
        amount_total=None if form.reversal else total,
        signatures=[
            Signature("经手人", form.handled_by),
            Signature("验收人", form.checked_by),
            Signature("库管员", form.keeper),
        ],
        notes=notes,
    )


def render_receipt_form(form: ReceiptForm) -> bytes:
    """Render the 入库单 as PDF bytes."""
    return render_form(receipt_form_spec(form))
