"""物资领用单 — the requisition slip the requester, the storekeeper and the approver sign."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from app.money import format_yuan
from app.reports.form_copies import render_copies
from app.reports.layout import Column, FormSpec, Signature, render_form

TITLE = "物资领用单"
COPY_LABELS = ("第一联 存根联", "第二联 领用联")
NOT_ISSUED_NOTE = "本单尚未发放：实发数量与金额由库管员发放时填写。"
COLUMNS = [
    Column("序号", 9, "center"),
    Column("物资编码", 22, "left"),
    Column("物资名称", 30, "left"),
    Column("规格型号", 28, "left"),
    Column("单位", 9, "center"),
    Column("请领数量", 15, "right"),
    Column("实发数量", 15, "right"),
    Column("单价（元）", 17, "right"),
    Column("金额（元）", 20, "right"),
]


@dataclass(frozen=True)
class RequisitionSlipLine:
    """One item on the slip; issued, price and amount stay blank until the goods go out."""

    code: str
    name: str
    spec: str
    unit: str
    requested: Decimal
    issued: Decimal | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = None


@dataclass
class RequisitionSlip:
    """A requisition as printed; a blank name is written in by hand."""

    school_name: str
    number: str
    date: datetime.date
    department: str
    requester: str
    purpose: str
    state: str = ""
    lines: list[RequisitionSlipLine] = field(default_factory=list)
    issued_by: str = ""
    approved_by: str = ""
    department_head: str = ""
    note: str = ""


def format_quantity(value: Decimal) -> str:
    """A quantity without trailing zeros: 12, 2.5, 1,200."""
    return f"{value.normalize():,f}"


def requisition_form_spec(slip: RequisitionSlip) -> FormSpec:
    """Translate a requisition into the shared form layout."""
    if not slip.lines:
        raise ValueError("领用单至少要有一项物资")
    issued = any(line.amount is not None for line in slip.lines)
    rows = [
        [
            str(index),
            line.code,
            line.name,
            line.spec,
            line.unit,
            format_quantity(line.requested),
            "" if line.issued is None else format_quantity(line.issued),
            "" if line.unit_price is None else format_yuan(line.unit_price),
            "" if line.amount is None else format_yuan(line.amount),
        ]
        for index, line in enumerate(slip.lines, start=1)
    ]
    total = sum((line.amount or Decimal("0") for line in slip.lines), Decimal("0"))
    notes = [f"备注：{slip.note}"] if slip.note.strip() else []
    if not issued:
        notes.append(NOT_ISSUED_NOTE)
    meta = [
        ("领用部门", slip.department),
        ("领用人", slip.requester),
        ("用途", slip.purpose),
        ("物资品种", f"{len(slip.lines)} 种"),
    ]
    if slip.state:
        meta.append(("单据状态", slip.state))
    return FormSpec(
        school_name=slip.school_name,
        title=TITLE,
        number=slip.number,
        date=slip.date,
        meta=meta,
        columns=COLUMNS,
        rows=rows,
        total_row=["合计", "", "", "", "", "", "", "", format_yuan(total) if issued else ""],
        amount_total=total if issued else None,
        signatures=[
            Signature("领用人", slip.requester),
            Signature("发放人（库管员）", slip.issued_by),
            Signature("审批人", slip.approved_by),
            Signature("部门负责人", slip.department_head),
        ],
        notes="\n".join(notes) or None,
    )


def render_requisition_slip(slip: RequisitionSlip, *, two_copies: bool = False) -> bytes:
    """Render the 物资领用单 as PDF bytes; ``two_copies`` prints 存根联 and 领用联 on one sheet."""
    spec = requisition_form_spec(slip)
    if two_copies:
        return render_copies(spec, COPY_LABELS)
    return render_form(spec)
