"""Requisitions (领用单): draft → submitted → approved → issued, or rejected / cancelled.

The number is allocated when the draft is created; drafts are never deleted, only cancelled,
so the LY series stays gapless. Issuing may give less than was asked for: each line records
what was issued, at the moving-average cost of the moment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from app.models import Item, StockDoc, StockDocLine, Unit
from app.models.base import now
from app.models.stock import (
    DOC_REQUISITION,
    MOVE_ISSUE,
    STATE_APPROVED,
    STATE_CANCELLED,
    STATE_DRAFT,
    STATE_ISSUED,
    STATE_REJECTED,
    STATE_SUBMITTED,
)
from app.services import stock_docs
from app.services.audit import record
from app.services.errors import ConflictError, ValidationError
from app.services.settings import load_settings
from app.services.stock_docs import LineError, LineInput, PostedDoc
from app.services.stock_ledger import append_doc_moves, posting, require_available, stock_levels
from app.services.stock_quantity import mul_div_round, parse_quantity, to_qty_m
from app.services.transaction import action

_WHY_NOT_ISSUED = {
    STATE_DRAFT: "还是草稿，需先提交并经审批",
    STATE_SUBMITTED: "尚未批准",
    STATE_REJECTED: "已被驳回",
    STATE_CANCELLED: "已取消",
    STATE_ISSUED: "已经发放过",
}
_REASON_LABEL = {STATE_REJECTED: "驳回原因", STATE_CANCELLED: "取消原因"}


def issue_refusal(doc: StockDoc) -> str | None:
    """Why a requisition cannot be issued now (with the recorded reason), or None if it can."""
    if doc.state == STATE_APPROVED:
        return None
    why = _WHY_NOT_ISSUED.get(doc.state, f"状态为“{doc.state}”")
    label = _REASON_LABEL.get(doc.state)
    if label and doc.reject_reason:
        why += f"（{label}：{doc.reject_reason}）"
    return f"领用单 {doc.number} {why}，不能发放。"


def why_not_issued(doc_id: int) -> str | None:
    """The message refusing to issue this requisition, or None if it may be issued."""
    return issue_refusal(stock_docs.get_doc(doc_id, DOC_REQUISITION))


@dataclass
class RequisitionInput:
    """What the requisition dialog collects."""

    date: dt.date
    department_id: int | None
    person_id: int | None
    lines: list[LineInput] = field(default_factory=list)
    purpose: str = ""
    note: str = ""


def _header(data: RequisitionInput) -> dict[str, object]:
    """Checked header values (call inside the transaction: records must still be active)."""
    return {
        "date": stock_docs.check_date(data.date, "领用日期"),
        "department": stock_docs.department(data.department_id),
        "person": stock_docs.person(data.person_id, "领用人"),
        "purpose": stock_docs.text(data.purpose, "用途", "purpose", 100),
        "note": stock_docs.text(data.note, "备注", "note", 200),
    }


def create_requisition(data: RequisitionInput, actor: str = "") -> str:
    """Save a new draft with its number (LY-年-序号); return the number."""
    with action():
        header = _header(data)
        lines = stock_docs.parse_lines(data.lines, priced=False)
        date: dt.date = header["date"]  # type: ignore[assignment]
        number = stock_docs.allocate_number(DOC_REQUISITION, date.year)
        doc_id = StockDoc.insert(
            doc_type=DOC_REQUISITION,
            number=number,
            state=STATE_DRAFT,
            operator=actor,
            created_at=now(),
            **header,
        ).execute()
        stock_docs.insert_lines(doc_id, lines)
        record(actor, "新建领用单", "stock_doc", doc_id, f"{number} {len(lines)} 行")
    return number


def _require(doc: StockDoc, allowed: tuple[str, ...], verb: str) -> None:
    if doc.state not in allowed:
        raise ConflictError(f"领用单 {doc.number} 当前状态为“{doc.state}”，不能{verb}。", "state")


def edit_requisition(doc_id: int, data: RequisitionInput, actor: str = "") -> None:
    """Change a draft; once submitted it is fixed (reject or cancel it, or return goods)."""
    with action():
        doc = stock_docs.get_doc(doc_id, DOC_REQUISITION)
        if doc.state != STATE_DRAFT:
            hint = "如发放有误，请办理退库。" if doc.state == STATE_ISSUED else ""
            raise ConflictError(
                f"领用单 {doc.number} 当前状态为“{doc.state}”，只有草稿可以修改。{hint}", "state"
            )
        header = _header(data)
        date: dt.date = header["date"]  # type: ignore[assignment]
        if date.year != doc.date.year:
            raise ValidationError(
                f"领用单 {doc.number} 的编号属于 {doc.date.year} 年，日期不能改到另一年。", "date"
            )
        lines = stock_docs.parse_lines(data.lines, priced=False)
        StockDoc.update(**header).where(StockDoc.id == doc_id).execute()
        StockDocLine.delete().where(StockDocLine.doc == doc_id).execute()
        stock_docs.insert_lines(doc_id, lines)
        record(actor, "修改领用单", "stock_doc", doc_id, f"{doc.number} {len(lines)} 行")


def submit_requisition(doc_id: int, actor: str = "") -> None:
    """Hand a draft in for approval."""
    with action():
        doc = stock_docs.get_doc(doc_id, DOC_REQUISITION)
        _require(doc, (STATE_DRAFT,), "提交")
        StockDoc.update(state=STATE_SUBMITTED).where(StockDoc.id == doc_id).execute()
        record(actor, "提交领用单", "stock_doc", doc_id, doc.number)


def _same_person(a: str, b: str) -> bool:
    return bool(a.strip()) and a.strip().casefold() == b.strip().casefold()


def approve_requisition(doc_id: int, approver: str, actor: str = "") -> None:
    """Approve a submitted requisition; by default nobody approves their own (separation of duties)."""
    approver = stock_docs.text(approver, "审批人", "approver", 30, required=True)
    with action():
        doc = stock_docs.get_doc(doc_id, DOC_REQUISITION)
        _require(doc, (STATE_SUBMITTED,), "审批")
        if load_settings().forbid_self_approval and (
            _same_person(approver, doc.operator)
            or (doc.person_id is not None and _same_person(approver, doc.person.name))
        ):
            raise ConflictError(
                f"{approver} 是领用单 {doc.number} 的填单人或领用人，不能审批自己的领用单。"
                "请由其他人审批（可在设置中关闭此限制）。",
                "approver",
            )
        StockDoc.update(state=STATE_APPROVED, approved_by=approver, approved_at=now()).where(
            StockDoc.id == doc_id
        ).execute()
        record(actor, "批准领用单", "stock_doc", doc_id, f"{doc.number} 审批人 {approver}")


def reject_requisition(doc_id: int, reason: str, approver: str, actor: str = "") -> None:
    """Turn a submitted requisition down, with the reason."""
    reason = stock_docs.text(reason, "驳回原因", "reason", 200, required=True)
    approver = stock_docs.text(approver, "审批人", "approver", 30, required=True)
    with action():
        doc = stock_docs.get_doc(doc_id, DOC_REQUISITION)
        _require(doc, (STATE_SUBMITTED,), "驳回")
        StockDoc.update(
            state=STATE_REJECTED, reject_reason=reason, approved_by=approver, approved_at=now()
        ).where(StockDoc.id == doc_id).execute()
        record(actor, "驳回领用单", "stock_doc", doc_id, f"{doc.number}：{reason}")


def cancel_requisition(doc_id: int, reason: str, actor: str = "") -> None:
    """Cancel a requisition that was not issued (the number stays, marked 已取消)."""
    reason = stock_docs.text(reason, "取消原因", "reason", 200, required=True)
    with action():
        doc = stock_docs.get_doc(doc_id, DOC_REQUISITION)
        _require(doc, (STATE_DRAFT, STATE_SUBMITTED, STATE_APPROVED), "取消")
        StockDoc.update(state=STATE_CANCELLED, reject_reason=reason).where(
            StockDoc.id == doc_id
        ).execute()
        record(actor, "取消领用单", "stock_doc", doc_id, f"{doc.number}：{reason}")


def default_issue(doc_id: int) -> dict[int, int]:
    """Line id → what the issue dialog proposes (qty_m): the request, or what is on hand if less."""
    lines = list(StockDocLine.select().where(StockDocLine.doc == doc_id))
    levels = stock_levels(line.item_id for line in lines)
    return {
        line.id: max(0, min(line.qty_m, levels[line.item_id].on_hand_m))
        if line.item_id in levels
        else 0
        for line in lines
    }


def issue_requisition(
    doc_id: int,
    issued: Mapping[int, str | Decimal] | None = None,
    issued_by: str = "",
    actor: str = "",
    date: dt.date | None = None,
) -> None:
    """Issue an approved requisition; ``issued`` maps line id → quantity (None: all requested).

    Stock is checked inside the transaction: if any item is short the whole issue is refused
    with every shortfall named, and nothing changes.
    """
    issued_by = stock_docs.text(issued_by, "发放人", "issued_by", 30)
    date = stock_docs.check_date(date or dt.date.today(), "发放日期")
    with posting():
        doc = stock_docs.get_doc(doc_id, DOC_REQUISITION)
        refusal = issue_refusal(doc)
        if refusal is not None:
            raise ConflictError(refusal, "state")
        if date < doc.date:
            raise ValidationError("发放日期不能早于领用日期。", "date")
        lines = list(
            StockDocLine.select(StockDocLine, Item, Unit)
            .join(Item)
            .join(Unit)
            .where(StockDocLine.doc == doc_id)
            .order_by(StockDocLine.id)
        )
        amounts = _issued_amounts(lines, issued)
        if not any(amounts.values()):
            raise ValidationError("发放数量都是零：至少要发放一种物资，否则请取消领用单。", "lines")
        require_available({line.item_id: amounts[line.id] for line in lines if amounts[line.id]})
        stamp = now()
        # The moves are dated the day of issue, not the day the requisition was written.
        issue = PostedDoc(doc_id, doc.number, date, actor, stamp)
        issued_lines = [line for line in lines if amounts[line.id]]
        taken = append_doc_moves(
            issue, MOVE_ISSUE, [(line.item_id, -amounts[line.id], None) for line in issued_lines]
        )
        values = {line.id: -value for line, value in zip(issued_lines, taken, strict=True)}
        for line in lines:
            qty_m = amounts[line.id]
            value = values.get(line.id, 0)
            StockDocLine.update(
                issued_m=qty_m,
                amount_fen=value,
                # The average cost per unit at issue, rounded to fen, for the printed slip.
                unit_price_fen=mul_div_round(value, 1000, qty_m) if qty_m else None,
            ).where(StockDocLine.id == line.id).execute()
        StockDoc.update(state=STATE_ISSUED, issued_by=issued_by, issued_at=stamp).where(
            StockDoc.id == doc_id
        ).execute()
        partial = sum(1 for line in lines if amounts[line.id] < line.qty_m)
        detail = f"{doc.number} {len(lines)} 行" + (f"，{partial} 行少发" if partial else "")
        record(actor, "发放领用单", "stock_doc", doc_id, detail)


def _issued_amounts(
    lines: list[StockDocLine], issued: Mapping[int, str | Decimal] | None
) -> dict[int, int]:
    """Line id → quantity to issue (qty_m), checked against the request and the unit."""
    if issued is None:
        return {line.id: line.qty_m for line in lines}
    known = {line.id for line in lines}
    stray = [line_id for line_id in issued if line_id not in known]
    if stray:
        raise ValidationError("发放数量对应的行不属于这张领用单。", "lines")
    amounts = {}
    for row, line in enumerate(lines):
        where = f"第 {row + 1} 行（{line.item.name}）"
        given = issued.get(line.id, "0")
        try:
            qty = parse_quantity(given, line.item.unit, allow_zero=True, label="发放数量")
        except ValidationError as exc:
            raise LineError(f"{where}：{exc.message}", row, "issued") from exc
        qty_m = to_qty_m(qty)
        if qty_m > line.qty_m:
            raise LineError(f"{where}：发放数量不能超过申请数量。", row, "issued")
        amounts[line.id] = qty_m
    return amounts
