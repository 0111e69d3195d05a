"""Printed stock forms from stored documents: 领用单, 入库单 and an item's 物资明细账.

Read-only queries over the stock models; the PDFs are drawn by app.reports.
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN, fn

from app.models import (
    Department,
    Item,
    ItemCategory,
    Person,
    StockDoc,
    StockDocLine,
    StockMove,
    Supplier,
    Unit,
)
from app.models.stock import (
    DOC_RECEIPT,
    DOC_REQUISITION,
    MOVE_ADJUST,
    MOVE_ISSUE,
    MOVE_OPENING,
    MOVE_RECEIPT,
    MOVE_RETURN,
    MOVE_WRITE_OFF,
    STATE_ISSUED,
    STATE_REJECTED,
)
from app.money import from_fen
from app.reports.receipt_form import ReceiptForm, ReceiptFormLine, render_receipt_form
from app.reports.requisition_slip import (
    RequisitionSlip,
    RequisitionSlipLine,
    render_requisition_slip,
)
from app.reports.stock_ledger_report import ItemLedger, LedgerEntry, render_item_ledger
from app.services.errors import NotFoundError, ValidationError
from app.services.settings import load_settings
from app.services.stock_quantity import from_qty_m
from app.services.terms import Period

NO_SCHOOL = "（未设置学校名称）"
# How the printed ledger names each kind of move.
_IN_KINDS = (MOVE_OPENING, MOVE_RECEIPT)
# A return is written as a negative issue, so 本期发出 is what was consumed.
_OUT_KINDS = (MOVE_ISSUE, MOVE_WRITE_OFF, MOVE_RETURN)
MAX_LEDGER_MOVES = 20_000


def _school() -> str:
    return load_settings().school_name or NO_SCHOOL


def _numbers(doc_type: str) -> list[str]:
    query = (
        StockDoc.select(StockDoc.number)
        .where(StockDoc.doc_type == doc_type)
        .order_by(StockDoc.date, StockDoc.id)
    )
    return [number for (number,) in query.tuples()]


def list_requisition_numbers() -> list[str]:
    """Every requisition number (drafts and cancelled ones too), oldest first."""
    return _numbers(DOC_REQUISITION)


def list_receipt_numbers() -> list[str]:
    """Every receipt number (reversals too), oldest first."""
    return _numbers(DOC_RECEIPT)


def _doc(number: str, doc_type: str, label: str) -> StockDoc:
    doc = StockDoc.get_or_none(
        (StockDoc.number == number.strip()) & (StockDoc.doc_type == doc_type)
    )
    if doc is None:
        raise NotFoundError(f"找不到{label} {number.strip()}。")
    return doc


def _lines(doc_id: int) -> list[StockDocLine]:
    return list(
        StockDocLine.select(StockDocLine, Item, Unit)
        .join(Item)
        .join(Unit)
        .where(StockDocLine.doc == doc_id)
        .order_by(StockDocLine.id)
    )


def _state_text(doc: StockDoc) -> str:
    """What the slip says about a requisition that was not (or not yet) issued."""
    if doc.state == STATE_ISSUED:
        return ""
    if doc.reject_reason:
        verb = "驳回" if doc.state == STATE_REJECTED else "取消"
        return f"{doc.state}（{verb}原因：{doc.reject_reason}）"
    return f"{doc.state}（未发放）"


def requisition_slip(number: str) -> RequisitionSlip:
    """The data printed on a requisition slip."""
    doc = _doc(number, DOC_REQUISITION, "领用单")
    issued = doc.state == STATE_ISSUED
    lines = [
        RequisitionSlipLine(
            code=line.item.code,
            name=line.item.name,
            spec=line.item.spec,
            unit=line.item.unit.name,
            requested=from_qty_m(line.qty_m),
            issued=from_qty_m(line.issued_m) if issued and line.issued_m is not None else None,
            unit_price=(
                from_fen(line.unit_price_fen)
                if issued and line.unit_price_fen is not None
                else None
            ),
            amount=from_fen(line.amount_fen or 0) if issued else None,
        )
        for line in _lines(doc.id)
    ]
    return RequisitionSlip(
        school_name=_school(),
        number=doc.number,
        date=doc.date,
        department=doc.department.name if doc.department_id else "",
        requester=doc.person.name if doc.person_id else "",
        purpose=doc.purpose,
        state=_state_text(doc),
        lines=lines,
        issued_by=doc.issued_by,
        approved_by=doc.approved_by if doc.state != STATE_REJECTED else "",
        note=doc.note,
    )


def requisition_slip_pdf(number: str, two_copies: bool | None = None) -> bytes:
    """The 物资领用单 as PDF; two copies (存根联/领用联) when the setting (or caller) says so."""
    if two_copies is None:
        two_copies = load_settings().requisition_two_copies
    return render_requisition_slip(requisition_slip(number), two_copies=two_copies)


def receipt_form(number: str) -> ReceiptForm:
    """The data printed on a receipt; a reversal (红字冲销) prints negative quantities."""
    doc = _doc(number, DOC_RECEIPT, "入库单")
    lines = [
        ReceiptFormLine(
            code=line.item.code,
            name=line.item.name,
            spec=line.item.spec,
            unit=line.item.unit.name,
            quantity=from_qty_m(line.qty_m),
            unit_price=from_fen(line.unit_price_fen or 0),
            amount=from_fen(line.amount_fen or 0),
        )
        for line in _lines(doc.id)
    ]
    note = doc.note
    if doc.related_id is not None:
        note = f"红字冲销入库单 {doc.related.number}，原因：{doc.purpose}"
    return ReceiptForm(
        school_name=_school(),
        number=doc.number,
        date=doc.date,
        supplier=doc.supplier.name if doc.supplier_id else "",
        invoice_no=doc.invoice_no,
        lines=lines,
        handled_by=doc.handled_by,
        checked_by=doc.checked_by,
        keeper=doc.issued_by,
        note=note,
        reversal=doc.related_id is not None,
    )


def receipt_form_pdf(number: str) -> bytes:
    """The 入库单 as PDF."""
    return render_receipt_form(receipt_form(number))


def find_item(code: str) -> Item:
    """An item by its code (as typed: case and surrounding spaces do not matter)."""
    wanted = code.strip()
    if not wanted:
        raise ValidationError("请填写物资编码。", "code")
    item = Item.get_or_none(fn.LOWER(Item.code) == wanted.lower())
    if item is None:
        raise NotFoundError(f"找不到物资 {wanted}。")
    return item


def item_ledger(item_id: int, period: Period, today: dt.date | None = None) -> ItemLedger:
    """One item's moves over ``period``, in date order, with opening and running balances."""
    item = (
        Item.select(Item, Unit, ItemCategory)
        .join(Unit)
        .switch(Item)
        .join(ItemCategory, JOIN.LEFT_OUTER)
        .where(Item.id == item_id)
        .first()
    )
    if item is None:
        raise NotFoundError(f"物资不存在（内部编号 {item_id}）。")
    before = StockMove.select(
        fn.COALESCE(fn.SUM(StockMove.qty_m), 0), fn.COALESCE(fn.SUM(StockMove.value_fen), 0)
    ).where((StockMove.item == item_id) & (StockMove.date < period.start))
    opening_m, opening_fen = before.tuples().get()
    moves = _period_moves(item_id, period)
    if len(moves) > MAX_LEDGER_MOVES:
        raise ValidationError(
            f"{period.title}内该物资有 {len(moves):,} 笔收发，超过一次打印的上限"
            f" {MAX_LEDGER_MOVES:,} 笔，请缩短期间。",
            "period",
        )
    balance_m, balance_fen = opening_m, opening_fen
    entries = []
    for row in moves:
        balance_m += row["qty_m"]
        balance_fen += row["value_fen"]
        entries.append(
            LedgerEntry(
                date=row["date"],
                doc_number=row["doc_number"],
                summary=_summary(row),
                quantity=from_qty_m(row["qty_m"]),
                value=from_fen(row["value_fen"]),
                balance=from_qty_m(balance_m),
                balance_value=from_fen(balance_fen),
                incoming=_incoming(row["kind"], row["qty_m"]),
            )
        )
    return ItemLedger(
        school_name=_school(),
        code=item.code,
        name=item.name,
        spec=item.spec,
        unit=item.unit.name,
        category=item.category.name if item.category_id else "",
        shelf=item.shelf,
        reorder_level=from_qty_m(item.reorder_level_m),
        start=period.start,
        end=period.end,
        opening=from_qty_m(opening_m),
        opening_value=from_fen(opening_fen),
        entries=entries,
        printed_on=today or dt.date.today(),
    )


def _period_moves(item_id: int, period: Period) -> list[dict[str, object]]:
    related = StockDoc.alias()
    query = (
        StockMove.select(
            StockMove.date,
            StockMove.kind,
            StockMove.qty_m,
            StockMove.value_fen,
            StockMove.doc_number,
            StockDoc.doc_type,
            StockDoc.purpose,
            Department.name.alias("department"),
            Person.name.alias("person"),
            Supplier.name.alias("supplier"),
            related.number.alias("related"),
        )
        .join(StockDoc, JOIN.LEFT_OUTER, on=(StockMove.doc == StockDoc.id))
        .join(Department, JOIN.LEFT_OUTER, on=(StockDoc.department == Department.id))
        .join(Person, JOIN.LEFT_OUTER, on=(StockDoc.person == Person.id))
        .join(Supplier, JOIN.LEFT_OUTER, on=(StockDoc.supplier == Supplier.id))
        .join(related, JOIN.LEFT_OUTER, on=(StockDoc.related == related.id))
        .where(
            (StockMove.item == item_id)
            & (StockMove.date >= period.start)
            & (StockMove.date <= period.end)
        )
        .order_by(StockMove.date, StockMove.id)
        .limit(MAX_LEDGER_MOVES + 1)
        .dicts()
    )
    return list(query)


def _incoming(kind: str, qty_m: int) -> bool:
    """Receipts (a reversal as a negative one) are 收入; issues, returns, write-offs 发出."""
    if kind in _IN_KINDS:
        return True
    if kind in _OUT_KINDS:
        return False
    return qty_m > 0


def _summary(row: dict[str, object]) -> str:
    """摘要: the kind of move and who was on the other side."""
    kind = str(row["kind"])
    if kind == MOVE_RECEIPT and row["related"]:
        return f"冲销入库 {row['related']}"
    parties = [str(row[key]) for key in ("department", "person", "supplier") if row.get(key)]
    if kind == MOVE_WRITE_OFF and row.get("purpose"):
        parties.append(str(row["purpose"]))
    if kind == MOVE_ADJUST and not parties:
        parties.append("盘点调整")
    return " ".join([kind, *parties])


def item_ledger_pdf(item_id: int, period: Period, today: dt.date | None = None) -> bytes:
    """The 物资明细账 of one item over a period, as PDF."""
    return render_item_ledger(item_ledger(item_id, period, today))
