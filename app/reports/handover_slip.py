"""资产交接单 — the handover slip both keepers sign when property changes hands."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from app.money import format_yuan
from app.reports.layout import Column, FormSpec, Signature, render_form

TITLE = "资产交接单"
KINDS = ("领用", "调拨", "归还", "移交")
COPIES_NOTE = "本单一式两份，移交方、接收方各执一份。"
COLUMNS = [
    Column("序号", 10, "center"),
    Column("资产编号", 34, "left"),
    Column("资产名称", 34, "left"),
    Column("规格型号", 35, "left"),
    Column("单位", 10, "center"),
    Column("原值（元）", 24, "right"),
    Column("存放地点", 33, "left"),
]


@dataclass(frozen=True)
class HandoverSlipLine:
    """One asset on the slip."""

    asset_number: str
    name: str
    spec: str
    unit: str
    original_value: Decimal
    location: str


@dataclass
class HandoverSlip:
    """A handover document as printed; names may be blank and are then written by hand."""

    school_name: str
    number: str
    kind: str
    date: datetime.date
    from_text: str
    to_text: str
    lines: list[HandoverSlipLine] = field(default_factory=list)
    handed_by: str = ""
    received_by: str = ""
    manager: str = ""
    approver: str = ""
    note: str = ""


def handover_form_spec(slip: HandoverSlip) -> FormSpec:
    """Translate a handover slip into the shared form layout."""
    if slip.kind not in KINDS:
        raise ValueError(f"交接类型“{slip.kind}”无效，应为：{'、'.join(KINDS)}")
    if not slip.lines:
        raise ValueError("交接单至少要有一项资产")
    total = sum((line.original_value for line in slip.lines), Decimal("0"))
    rows = [
        [
            str(index),
            line.asset_number,
            line.name,
            line.spec,
            line.unit,
            format_yuan(line.original_value),
            line.location,
        ]
        for index, line in enumerate(slip.lines, start=1)
    ]
    notes = f"备注：{slip.note}\n{COPIES_NOTE}" if slip.note.strip() else COPIES_NOTE
    return FormSpec(
        school_name=slip.school_name,
        title=TITLE,
        number=slip.number,
        date=slip.date,
        meta=[
            ("交接类型", slip.kind),
            ("资产数量", f"{len(slip.lines)} 件"),
            ("移交方", slip.from_text),
            ("接收方", slip.to_text),
        ],
        columns=COLUMNS,
        rows=rows,
        total_row=["合计", "", "", "", "", format_yuan(total), ""],
        amount_total=total,
        signatures=[
            Signature("移交人", slip.handed_by),
            Signature("接收人", slip.received_by),
            Signature("资产管理员", slip.manager),
            Signature("审批人", slip.approver),
        ],
        notes=notes,
    )


def render_handover_slip(slip: HandoverSlip) -> bytes:
    """Render the 资产交接单 as PDF bytes."""
    return render_form(handover_form_spec(slip))
