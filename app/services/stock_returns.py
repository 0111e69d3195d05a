"""Returns (退库单) against an issued requisition, and write-offs (报损单) with their reason.

A return always names the requisition it reverses and comes back at the value the goods went
out with: the issued amount × returned / issued, and exactly what is left of that amount when
the last of the line comes back. The average cost of the stock room is then as if the unused
goods had never left, and consumption by department is issued minus returned.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from app.models import Department, Item, StockDoc, StockDocLine, Unit
from app.models.stock import (
    DOC_REQUISITION,
    DOC_RETURN,
    DOC_WRITE_OFF,
    MOVE_RETURN,
    MOVE_WRITE_OFF,
    STATE_ISSUED,
)
from app.services import stock_docs
from app.services.audit import record
from app.services.errors import ConflictError, ValidationError
from app.services.stock_docs import LineError, LineInput, ParsedLine
from app.services.stock_ledger import append_doc_moves, posting, require_available
from app.services.stock_quantity import format_qty, mul_div_round


@dataclass
class ReturnInput:
    """What the return dialog collects."""

    requisition_id: int | None
    date: dt.date
    lines: list[LineInput] = field(default_factory=list)
    person_id: int | None = None  # who brings the goods back; the requester if not given
    reason: str = ""
    keeper: str = ""  # 库管员 who takes them back (stored in StockDoc.issued_by)
    note: str = ""


@dataclass
class WriteOffInput:
    """What the write-off dialog collects."""

    date: dt.date
    reason: str
    lines: list[LineInput] = field(default_factory=list)
    department_id: int | None = None
    handled_by: str = ""
    approved_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class Returnable:
    """One item of an issued requisition and how much of it may still come back."""

    item_id: int
    code: str
    name: str
    spec: str
    unit: str
    allows_fraction: bool
    issued_m: int
    issued_fen: int
    returned_m: int
    returned_fen: int

    @property
    def returnable_m(self) -> int:
        """What may still be returned."""
        return self.issued_m - self.returned_m


def returnable(requisition_id: int) -> list[Returnable]:
    """The issued lines of a requisition with what came back already, in line order."""
    back = (
        StockDocLine.select(
            StockDocLine.item,
            fn.SUM(StockDocLine.qty_m).alias("qty"),
            fn.SUM(StockDocLine.amount_fen).alias("fen"),
        )
        .join(StockDoc)
        .where((StockDoc.related == requisition_id) & (StockDoc.doc_type == DOC_RETURN))
        .group_by(StockDocLine.item)
    )
    returned = {row.item_id: (row.qty or 0, row.fen or 0) for row in back}
    query = (
        StockDocLine.select(StockDocLine, Item, Unit)
        .join(Item)
        .join(Unit)
        .where((StockDocLine.doc == requisition_id) & (StockDocLine.issued_m > 0))
        .order_by(StockDocLine.id)
    )
    return [
        Returnable(
            line.item_id,
            line.item.code,
            line.item.name,
            line.item.spec,
            line.item.unit.name,
            line.item.unit.allows_fraction,
            line.issued_m,
            line.amount_fen or 0,
            *returned.get(line.item_id, (0, 0)),
        )
        for line in query
    ]


def post_return(data: ReturnInput, actor: str = "") -> str:
    """Post a return: the goods come back into stock at the value they went out with."""
    date = stock_docs.check_date(data.date, "退库日期")
    reason = stock_docs.text(data.reason, "退库原因", "reason", 100)
    keeper = stock_docs.text(data.keeper, "库管员", "keeper", 30)
    note = stock_docs.text(data.note, "备注", "note", 200)
    if data.requisition_id is None:
        raise ValidationError("请选择要退库的领用单。", "requisition")
    with posting():
        requisition = stock_docs.get_doc(data.requisition_id, DOC_REQUISITION)
        if requisition.state != STATE_ISSUED:
            raise ConflictError(
                f"领用单 {requisition.number} 状态为“{requisition.state}”，没有发出物资，不能退库。",
                "requisition",
            )
        if date < requisition.date:
            raise ValidationError("退库日期不能早于领用日期。", "date")
        person = requisition.person
        if data.person_id is not None:
            person = stock_docs.person(data.person_id, "退库人")
        lines = stock_docs.parse_lines(data.lines, priced=False, allow_inactive=True)
        valued = _return_values(requisition.number, lines, returnable(requisition.id))
        doc = stock_docs.insert_posted(
            DOC_RETURN,
            date,
            actor,
            department=requisition.department_id,
            person=person,
            purpose=reason,
            issued_by=keeper,
            related=requisition.id,
            note=note,
        )
        stock_docs.insert_lines(doc.id, valued)
        append_doc_moves(
            doc, MOVE_RETURN, ((line.item_id, line.qty_m, line.amount_fen) for line in valued)
        )
        record(actor, "退库过账", "stock_doc", doc.id, f"{doc.number} 退回 {requisition.number}")
    return doc.number


def _return_values(
    number: str, lines: list[ParsedLine], issued: list[Returnable]
) -> list[ParsedLine]:
    """Each line with the value it comes back at; refuse more than was issued and not returned."""
    by_item = {entry.item_id: entry for entry in issued}
    valued = []
    for row, line in enumerate(lines):
        entry = by_item.get(line.item_id)
        if entry is None:
            raise LineError(
                f"第 {row + 1} 行：这个物资不在领用单 {number} 的发放明细中。", row, "item"
            )
        if line.qty_m > entry.returnable_m:
            raise LineError(
                f"第 {row + 1} 行（{entry.name}）：最多可退 {format_qty(entry.returnable_m)} "
                f"{entry.unit}（发放 {format_qty(entry.issued_m)}，"
                f"已退 {format_qty(entry.returned_m)}）。",
                row,
                "quantity",
            )
        left_fen = entry.issued_fen - entry.returned_fen
        if line.qty_m == entry.returnable_m:
            value = left_fen
        else:
            value = min(left_fen, mul_div_round(entry.issued_fen, line.qty_m, entry.issued_m))
        valued.append(ParsedLine(line.item_id, line.qty_m, None, value, line.note))
    return valued


def post_write_off(data: WriteOffInput, actor: str = "") -> str:
    """Post a write-off (报损): the goods leave at moving-average cost, with the reason."""
    date = stock_docs.check_date(data.date, "报损日期")
    texts = {
        "purpose": stock_docs.text(data.reason, "报损原因", "reason", 100, required=True),
        "handled_by": stock_docs.text(data.handled_by, "经手人", "handled_by", 30),
        "approved_by": stock_docs.text(data.approved_by, "审批人", "approved_by", 30),
        "note": stock_docs.text(data.note, "备注", "note", 200),
    }
    with posting():
        department = None
        if data.department_id is not None:
            department = stock_docs.active_record(
                Department, data.department_id, "部门", "department"
            )
        lines = stock_docs.parse_lines(data.lines, priced=False)
        require_available({line.item_id: line.qty_m for line in lines})
        doc = stock_docs.insert_posted(DOC_WRITE_OFF, date, actor, department=department, **texts)
        # No value given: the goods leave at moving-average cost.
        values = append_doc_moves(
            doc, MOVE_WRITE_OFF, ((line.item_id, -line.qty_m, None) for line in lines)
        )
        stock_docs.insert_lines(
            doc.id,
            [
                ParsedLine(line.item_id, line.qty_m, None, -value, line.note)
                for line, value in zip(lines, values, strict=True)
            ],
        )
        record(actor, "报损过账", "stock_doc", doc.id, f"{doc.number}：{texts['purpose']}")
    return doc.number
