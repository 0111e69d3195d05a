"""Stock documents for the 库房 tab: the filtered documents list and one document in full."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from peewee import JOIN, fn

from app.models import Department, Item, Person, StockDoc, StockDocLine, Supplier, Unit
from app.models.stock import DOC_RECEIPT, DOC_REQUISITION, STATE_ISSUED
from app.services.errors import NotFoundError


@dataclass(frozen=True)
class DocFilter:
    """What the documents list filters by; empty values mean everything."""

    doc_type: str = ""
    state: str = ""
    department_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""


class DocRow(NamedTuple):
    """One document of the list as plain values."""

    id: int
    doc_type: str
    number: str
    date: dt.date
    state: str
    department: str
    party: str  # the requester / returner, or the supplier of a receipt
    purpose: str
    line_count: int
    amount_fen: int | None  # None until goods moved (drafts, submitted, approved …)


DocPerson = Person.alias("doc_person")


def _joined(query):  # type: ignore[no-untyped-def]
    return (
        query.join_from(StockDoc, Department, JOIN.LEFT_OUTER)
        .join_from(StockDoc, DocPerson, JOIN.LEFT_OUTER, on=(StockDoc.person == DocPerson.id))
        .join_from(StockDoc, Supplier, JOIN.LEFT_OUTER)
    )


def _where(query, flt: DocFilter):  # type: ignore[no-untyped-def]
    if flt.doc_type:
        query = query.where(StockDoc.doc_type == flt.doc_type)
    if flt.state:
        query = query.where(StockDoc.state == flt.state)
    if flt.department_id is not None:
        query = query.where(StockDoc.department == flt.department_id)
    if flt.date_from is not None:
        query = query.where(StockDoc.date >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(StockDoc.date <= flt.date_to)
    for term in flt.text.split():
        query = query.where(
            StockDoc.number.contains(term)
            | StockDoc.purpose.contains(term)
            | DocPerson.name.contains(term)
            | Supplier.name.contains(term)
            | StockDoc.invoice_no.contains(term)
        )
    return query


def _matching(query, flt: DocFilter):  # type: ignore[no-untyped-def]
    # The joins are needed only to search names; without them SQLite counts from an index.
    return _where(_joined(query) if flt.text.strip() else query, flt)


def count_docs(flt: DocFilter) -> int:
    """How many documents match."""
    return _matching(StockDoc.select(fn.COUNT(StockDoc.id)), flt).scalar() or 0


def fetch_docs(flt: DocFilter, offset: int = 0, limit: int = 200) -> list[DocRow]:
    """One page of matching documents, newest first."""
    # The page's ids first, so the names and line totals below are read for 200 documents,
    # not for every match before sorting.
    page = (
        _matching(StockDoc.select(StockDoc.id), flt)
        .order_by(StockDoc.date.desc(), StockDoc.id.desc())
        .offset(offset)
        .limit(limit)
    )
    ids = [row[0] for row in page.tuples()]
    if not ids:
        return []
    lines = StockDocLine.alias("l")
    line_count = (
        lines.select(fn.COUNT(lines.id)).where(lines.doc == StockDoc.id).alias("line_count")
    )
    amount = lines.select(fn.SUM(lines.amount_fen)).where(lines.doc == StockDoc.id).alias("amount")
    query = _joined(
        StockDoc.select(
            StockDoc.id,
            StockDoc.doc_type,
            StockDoc.number,
            StockDoc.date,
            StockDoc.state,
            Department.name,
            DocPerson.name,
            Supplier.name,
            StockDoc.purpose,
            line_count,
            amount,
        )
    ).where(StockDoc.id.in_(ids))
    query = query.order_by(StockDoc.date.desc(), StockDoc.id.desc())
    rows = []
    for row in query.tuples():
        doc_id, doc_type, number, date, state, dept, person, supplier, purpose, count, fen = row
        moved = doc_type != DOC_REQUISITION or state == STATE_ISSUED
        party = supplier if doc_type == DOC_RECEIPT else person
        rows.append(
            DocRow(
                doc_id,
                doc_type,
                number,
                date,
                state,
                dept or "",
                party or "",
                purpose,
                count or 0,
                (fen or 0) if moved else None,
            )
        )
    return rows


@dataclass(frozen=True)
class DocLineView:
    """One line of a document as the detail view, the dialogs and the printed forms show it."""

    line_id: int
    item_id: int
    code: str
    name: str
    spec: str
    unit: str
    allows_fraction: bool
    qty_m: int  # requested (requisition) or moved quantity
    issued_m: int | None
    unit_price_fen: int | None
    amount_fen: int | None
    on_hand_m: int  # the item's stock now
    note: str


@dataclass(frozen=True)
class DocView:
    """One stock document in full."""

    id: int
    doc_type: str
    number: str
    date: dt.date
    state: str
    department_id: int | None
    department: str
    person_id: int | None
    person: str
    supplier_id: int | None
    supplier: str
    invoice_no: str
    purpose: str
    handled_by: str
    checked_by: str
    approved_by: str
    approved_at: dt.datetime | None
    issued_by: str
    issued_at: dt.datetime | None
    reject_reason: str
    related_id: int | None
    related_number: str
    note: str
    operator: str
    created_at: dt.datetime
    lines: list[DocLineView] = field(default_factory=list)

    @property
    def total_fen(self) -> int:
        """The value that moved (0 while a requisition is not issued)."""
        return sum(line.amount_fen or 0 for line in self.lines)


def doc_view(doc_id: int) -> DocView:
    """A stock document with its lines."""
    doc = StockDoc.get_or_none(StockDoc.id == doc_id)
    if doc is None:
        raise NotFoundError(f"单据不存在（内部编号 {doc_id}）。")
    query = (
        StockDocLine.select(StockDocLine, Item, Unit)
        .join(Item)
        .join(Unit)
        .where(StockDocLine.doc == doc_id)
        .order_by(StockDocLine.id)
    )
    lines = [
        DocLineView(
            line.id,
            line.item_id,
            line.item.code,
            line.item.name,
            line.item.spec,
            line.item.unit.name,
            bool(line.item.unit.allows_fraction),
            line.qty_m,
            line.issued_m,
            line.unit_price_fen,
            line.amount_fen,
            line.item.on_hand_m,
            line.note,
        )
        for line in query
    ]
    return DocView(
        id=doc.id,
        doc_type=doc.doc_type,
        number=doc.number,
        date=doc.date,
        state=doc.state,
        department_id=doc.department_id,
        department=doc.department.name if doc.department_id else "",
        person_id=doc.person_id,
        person=doc.person.name if doc.person_id else "",
        supplier_id=doc.supplier_id,
        supplier=doc.supplier.name if doc.supplier_id else "",
        invoice_no=doc.invoice_no,
        purpose=doc.purpose,
        handled_by=doc.handled_by,
        checked_by=doc.checked_by,
        approved_by=doc.approved_by,
        approved_at=doc.approved_at,
        issued_by=doc.issued_by,
        issued_at=doc.issued_at,
        reject_reason=doc.reject_reason,
        related_id=doc.related_id,
        related_number=doc.related.number if doc.related_id else "",
        note=doc.note,
        operator=doc.operator,
        created_at=doc.created_at,
        lines=lines,
    )


def doc_numbers(doc_type: str) -> list[str]:
    """Every number of a document type in the order they were given (for list/print)."""
    query = (
        StockDoc.select(StockDoc.number).where(StockDoc.doc_type == doc_type).order_by(StockDoc.id)
    )
    return [doc.number for doc in query]
