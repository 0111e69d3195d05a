"""The stock ledger: the one function that appends a move and updates the item's cached stock.

Moving-average cost, in whole fen: a receipt adds its quantity and its invoice amount; an
issue or write-off takes ``round(value on hand × quantity / quantity on hand)`` (half up), and
the move that empties an item takes exactly the value left, so no value is stranded at zero
stock. Returns come back at the value they went out with (see stock_returns).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.db import database
from app.models import Item, StockMove, Unit
from app.models.base import now
from app.models.stock import MOVE_KINDS
from app.services.errors import ConflictError, NotFoundError
from app.services.stock_docs import PostedDoc
from app.services.stock_quantity import format_qty, mul_div_round
from app.services.transaction import action


@contextlib.contextmanager
def posting() -> Iterator[None]:
    """One user action that writes stock: a transaction holding the write lock from its start."""
    with action():
        # Under BEGIN DEFERRED a read followed by a write fails at once when another posting
        # commits in between. A write as the first statement waits its turn (busy_timeout)
        # instead, and then the stock read below cannot change before this action writes.
        database.execute_sql("UPDATE number_series SET last = last WHERE 0")
        yield


@dataclass(frozen=True)
class StockLevel:
    """An item's cached stock as read inside the posting transaction."""

    item_id: int
    code: str
    name: str
    unit: str
    on_hand_m: int
    value_fen: int

    @property
    def label(self) -> str:
        """How messages name the item: 名称（编码）."""
        return f"{self.name}（{self.code}）"


def stock_levels(item_ids: Iterable[int]) -> dict[int, StockLevel]:
    """The cached stock of the given items, by id (read inside the posting transaction)."""
    ids = sorted(set(item_ids))
    if not ids:
        return {}
    query = (
        Item.select(
            Item.id, Item.code, Item.name, Unit.name, Item.on_hand_m, Item.on_hand_value_fen
        )
        .join(Unit)
        .where(Item.id.in_(ids))
        .tuples()
    )
    return {row[0]: StockLevel(*row) for row in query}


def require_available(needs: dict[int, int]) -> dict[int, StockLevel]:
    """Refuse, naming every short item and by how much, unless all ``needs`` (qty_m) are on hand."""
    levels = stock_levels(needs)
    short = []
    for item_id, need_m in needs.items():
        level = levels.get(item_id)
        if level is None:
            raise NotFoundError(f"物资不存在（内部编号 {item_id}）。")
        if need_m > level.on_hand_m:
            short.append(
                f"{level.label}需要 {format_qty(need_m)} {level.unit}，"
                f"库存只有 {format_qty(level.on_hand_m)} {level.unit}，"
                f"还差 {format_qty(need_m - level.on_hand_m)} {level.unit}"
            )
    if short:
        raise ConflictError("库存不足：" + "；".join(short) + "。", "lines")
    return levels


def average_out_value(on_hand_m: int, value_fen: int, out_m: int) -> int:
    """The value (fen, positive) that ``out_m`` takes at moving-average cost."""
    if out_m <= 0 or out_m > on_hand_m:
        raise ValueError("an out-move must take a positive quantity not above the stock on hand")
    if out_m == on_hand_m:
        return value_fen
    return mul_div_round(value_fen, out_m, on_hand_m)


def append_move(
    item_id: int,
    kind: str,
    qty_m: int,
    *,
    date: dt.date,
    value_fen: int | None = None,
    doc_id: int | None = None,
    doc_number: str = "",
    operator: str = "",
    at: dt.datetime | None = None,
) -> int:
    """Append one move and update the item's cache in the caller's transaction; return its value.

    ``qty_m`` is signed (+ in, − out). An in-move needs ``value_fen`` (≥ 0). An out-move takes
    the moving-average value unless ``value_fen`` (≤ 0) is given; either way it never takes more
    than the value on hand and takes all of it when it empties the item. Stock never goes below
    zero: the move is refused with the item and the shortfall named.
    """
    if not database.in_transaction():
        raise RuntimeError("stock moves must be appended inside the posting transaction")
    if kind not in MOVE_KINDS:
        raise ValueError(f"unknown stock move kind {kind!r}")
    if qty_m == 0:
        raise ValueError("a stock move must change the quantity")
    level = stock_levels([item_id]).get(item_id)
    if level is None:
        raise NotFoundError(f"物资不存在（内部编号 {item_id}）。")
    if qty_m > 0:
        if value_fen is None or value_fen < 0:
            raise ValueError("an in-move needs a value of zero or more")
        moved_value = value_fen
    else:
        require_available({item_id: -qty_m})
        if value_fen is None:
            moved_value = -average_out_value(level.on_hand_m, level.value_fen, -qty_m)
        elif value_fen > 0:
            raise ValueError("an out-move cannot add value")
        elif -qty_m == level.on_hand_m:
            moved_value = -level.value_fen
        else:
            moved_value = max(value_fen, -level.value_fen)
    balance_m = level.on_hand_m + qty_m
    balance_value = level.value_fen + moved_value
    StockMove.insert(
        item=item_id,
        date=date,
        kind=kind,
        qty_m=qty_m,
        value_fen=moved_value,
        balance_m=balance_m,
        balance_value_fen=balance_value,
        doc=doc_id,
        doc_number=doc_number,
        at=at or now(),
        operator=operator,
    ).execute()
    Item.update(on_hand_m=balance_m, on_hand_value_fen=balance_value).where(
        Item.id == item_id
    ).execute()
    return moved_value


def append_doc_moves(
    doc: PostedDoc, kind: str, moves: Iterable[tuple[int, int, int | None]]
) -> list[int]:
    """Append a posted document's moves, (item id, signed qty_m, value_fen or None) each.

    Returns the value each move took (see ``append_move``), in order.
    """
    return [
        append_move(
            item_id,
            kind,
            qty_m,
            date=doc.date,
            value_fen=value_fen,
            doc_id=doc.id,
            doc_number=doc.number,
            operator=doc.actor,
            at=doc.at,
        )
        for item_id, qty_m, value_fen in moves
    ]
