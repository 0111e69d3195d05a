"""Stock look-ups for the 库房 tab: the item list (filter, sort, page in SQL), an item's ledger,
and the item picker of the document dialogs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from peewee import JOIN, Case, fn

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
from app.models.stock import DOC_RECEIPT, DOC_STOCKTAKE, DOC_WRITE_OFF


@dataclass(frozen=True)
class StockFilter:
    """What the search box and the filters of the stock list ask for."""

    text: str = ""
    category_id: int | None = None
    below_reorder: bool = False
    include_inactive: bool = False


class ItemRow(NamedTuple):
    """One line of the stock list as plain values (quantities in thousandths, money in fen)."""

    id: int
    code: str
    name: str
    spec: str
    unit: str
    category: str
    shelf: str
    on_hand_m: int
    value_fen: int
    reorder_m: int
    active: bool
    allows_fraction: bool

    @property
    def low(self) -> bool:
        """Below its reorder level (items without a level are never low)."""
        return self.reorder_m > 0 and self.on_hand_m < self.reorder_m


# Column key -> SQL expression it sorts by.
SORT_KEYS = {
    "code": Item.code,
    "name": Item.name,
    "spec": Item.spec,
    "unit": Unit.name,
    "category": ItemCategory.name,
    "shelf": Item.shelf,
    "on_hand": Item.on_hand_m,
    "value": Item.on_hand_value_fen,
    "reorder": Item.reorder_level_m,
}


def _select():  # type: ignore[no-untyped-def]
    return (
        Item.select(
            Item.id,
            Item.code,
            Item.name,
            Item.spec,
            Unit.name,
            ItemCategory.name,
            Item.shelf,
            Item.on_hand_m,
            Item.on_hand_value_fen,
            Item.reorder_level_m,
            Item.active,
            Unit.allows_fraction,
        )
        .join_from(Item, Unit)
        .join_from(Item, ItemCategory, JOIN.LEFT_OUTER)
    )


def _rows(query) -> list[ItemRow]:  # type: ignore[no-untyped-def]
    return [
        ItemRow(*row[:5], row[5] or "", *row[6:10], bool(row[10]), bool(row[11]))
        for row in query.tuples()
    ]


def _where(query, flt: StockFilter):  # type: ignore[no-untyped-def]
    if not flt.include_inactive:
        query = query.where(Item.active == True)  # noqa: E712 - peewee expression
    if flt.category_id is not None:
        query = query.where(Item.category == flt.category_id)
    if flt.below_reorder:
        query = query.where((Item.reorder_level_m > 0) & (Item.on_hand_m < Item.reorder_level_m))
    for term in flt.text.split():
        query = query.where(
            Item.code.contains(term) | Item.name.contains(term) | Item.spec.contains(term)
        )
    return query


def count_and_value(flt: StockFilter) -> tuple[int, int]:
    """How many items match and the value (fen) of their stock on hand."""
    query = _where(Item.select(fn.COUNT(Item.id), fn.SUM(Item.on_hand_value_fen)), flt)
    count, total = query.scalar(as_tuple=True)
    return count, total or 0


def fetch_items(
    flt: StockFilter,
    sort: str = "code",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[ItemRow]:
    """One page of the stock list, sorted in SQL (ties broken by id so pages never overlap)."""
    key = SORT_KEYS.get(sort, Item.code)
    order = [key.desc(), Item.id.desc()] if descending else [key.asc(), Item.id.asc()]
    return _rows(_where(_select(), flt).order_by(*order).offset(offset).limit(limit))


def items_by_ids(item_ids: list[int]) -> list[ItemRow]:
    """Stock-list rows of the given items (active or not), in the given order."""
    found: dict[int, ItemRow] = {}
    for start in range(0, len(item_ids), 500):
        chunk = item_ids[start : start + 500]
        found.update((row.id, row) for row in _rows(_select().where(Item.id.in_(chunk))))
    return [found[item_id] for item_id in item_ids if item_id in found]


def find_items(text: str, limit: int = 30, include_inactive: bool = False) -> list[ItemRow]:
    """Items for a picker: an exact code first, then codes starting with ``text``, then names."""
    text = text.strip()
    flt = StockFilter(include_inactive=include_inactive)
    if not text:
        return fetch_items(flt, limit=limit)
    lowered = text.lower()
    rank = Case(
        None,
        (
            (fn.LOWER(Item.code) == lowered, 0),
            (fn.LOWER(Item.code).startswith(lowered), 1),
            (Item.name.startswith(text), 2),
        ),
        3,
    )
    query = _where(_select(), flt).where(
        Item.code.contains(text) | Item.name.contains(text) | Item.spec.contains(text)
    )
    return _rows(query.order_by(rank, Item.code, Item.id).limit(limit))


def last_receipt_price(item_id: int) -> int | None:
    """The unit price (fen) of the item's latest receipt line, as the next receipt's default."""
    row = (
        StockDocLine.select(StockDocLine.unit_price_fen)
        .join(StockDoc)
        .where(
            (StockDocLine.item == item_id)
            & (StockDoc.doc_type == DOC_RECEIPT)
            & (StockDocLine.qty_m > 0)
        )
        .order_by(StockDocLine.id.desc())
        .first()
    )
    return row.unit_price_fen if row is not None else None


class LedgerRow(NamedTuple):
    """One move of an item's ledger (台账) as plain values."""

    id: int
    date: dt.date
    kind: str
    doc_id: int | None
    doc_number: str
    summary: str
    qty_m: int
    value_fen: int
    balance_m: int
    balance_value_fen: int
    operator: str

    @property
    def in_m(self) -> int:
        """The quantity received (0 for an out-move)."""
        return max(self.qty_m, 0)

    @property
    def out_m(self) -> int:
        """The quantity issued (0 for an in-move)."""
        return max(-self.qty_m, 0)


def ledger_page(item_id: int, before_id: int | None = None, limit: int = 200) -> list[LedgerRow]:
    """An item's moves newest first, ``limit`` at a time; pass the last id seen to go on.

    Keyset paging on the (item, id) index: every page costs the same with a million moves.
    """
    query = (
        StockMove.select(
            StockMove.id,
            StockMove.date,
            StockMove.kind,
            StockMove.doc,
            StockMove.doc_number,
            StockDoc.doc_type,
            StockDoc.purpose,
            Department.name,
            Person.name,
            Supplier.name,
            StockMove.qty_m,
            StockMove.value_fen,
            StockMove.balance_m,
            StockMove.balance_value_fen,
            StockMove.operator,
        )
        .join_from(StockMove, StockDoc, JOIN.LEFT_OUTER)
        .join_from(StockDoc, Department, JOIN.LEFT_OUTER)
        .join_from(StockDoc, Person, JOIN.LEFT_OUTER)
        .join_from(StockDoc, Supplier, JOIN.LEFT_OUTER)
        .where(StockMove.item == item_id)
    )
    if before_id is not None:
        query = query.where(StockMove.id < before_id)
    rows = []
    for row in query.order_by(StockMove.id.desc()).limit(limit).tuples():
        (mid, date, kind, doc_id, number, doc_type, purpose, dept, person, supplier) = row[:10]
        rows.append(
            LedgerRow(
                mid,
                date,
                kind,
                doc_id,
                number,
                _summary(doc_type, purpose, dept, person, supplier),
                *row[10:],
            )
        )
    return rows


def _summary(
    doc_type: str | None,
    purpose: str | None,
    department: str | None,
    person: str | None,
    supplier: str | None,
) -> str:
    """摘要: who the goods came from or went to (or why they were written off or adjusted)."""
    if doc_type == DOC_RECEIPT:
        return supplier or purpose or ""
    if doc_type in (DOC_WRITE_OFF, DOC_STOCKTAKE):
        return purpose or ""
    return " ".join(part for part in (department, person) if part)
