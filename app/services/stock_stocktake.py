"""Stocktake (库房盘点): count the shelves, post the differences as one 盘点调整单 (PD-).

The storekeeper loads a count sheet (all items, or one category or shelf), types what is on
the shelf, and posting writes one document whose lines are the differences: 盘盈 (more than
the book) comes in at the item's average unit cost, 盘亏 goes out at moving-average cost, like
any issue. A count equal to the book makes no line; if nothing differs nothing is posted.

If the book of a counted item changed after the sheet was loaded (a receipt or an issue
posted meanwhile), posting is refused: the count was taken against the old shelf, and nobody
can tell whether the goods that moved were counted or not. Reload the sheet and recount
those items. Adjusting against the new book silently would write off goods that were just
received, or invent goods that were just issued.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN

from app.models import Item, ItemCategory, StockMove, Unit
from app.models.stock import DOC_STOCKTAKE, MOVE_ADJUST
from app.services import stock_docs
from app.services.audit import record
from app.services.errors import ConflictError, ValidationError
from app.services.stock_docs import LineError, ParsedLine
from app.services.stock_ledger import (
    append_doc_moves,
    average_out_value,
    posting,
    stock_levels,
)
from app.services.stock_quantity import format_qty, mul_div_round, parse_quantity, to_qty_m

GAIN = "盘盈"
LOSS = "盘亏"
MAX_COUNT_LINES = 5000  # a whole stock room on one sheet; the document holds only the differences


@dataclass(frozen=True)
class CountRow:
    """One item on the count sheet, with its book stock when the sheet was loaded."""

    item_id: int
    code: str
    name: str
    spec: str
    unit: str
    allows_fraction: bool
    category: str
    shelf: str
    book_m: int
    book_fen: int


@dataclass
class CountInput:
    """What was counted for one item; ``counted`` blank means not counted (no adjustment)."""

    item_id: int
    counted: str | Decimal
    book_m: int  # the book quantity shown on the sheet the count was made against


@dataclass
class StocktakeInput:
    """What the stocktake dialog collects."""

    date: dt.date
    counts: list[CountInput] = field(default_factory=list)
    reason: str = ""  # 盘点说明: 期末盘点, 学期盘点 …
    counted_by: str = ""  # 盘点人 (StockDoc.handled_by)
    supervised_by: str = ""  # 监盘人 (StockDoc.checked_by)
    keeper: str = ""  # 库管员 (StockDoc.issued_by)
    approved_by: str = ""  # 审批人
    note: str = ""


@dataclass(frozen=True)
class Difference:
    """One line of the adjustment: signed quantity and value (+ 盘盈, − 盘亏)."""

    item_id: int
    book_m: int
    counted_m: int
    qty_m: int
    value_fen: int

    @property
    def kind(self) -> str:
        """盘盈 or 盘亏."""
        return GAIN if self.qty_m > 0 else LOSS


def count_sheet(category_id: int | None = None, shelf: str = "") -> list[CountRow]:
    """The items to count, by shelf and code: those in use, and any stopped item still in stock."""
    query = (
        Item.select(Item, Unit, ItemCategory)
        .join(Unit)
        .switch(Item)
        .join(ItemCategory, JOIN.LEFT_OUTER)
        .where(Item.active | (Item.on_hand_m != 0))
        .order_by(Item.shelf, Item.code)
    )
    if category_id is not None:
        query = query.where(Item.category == category_id)
    shelf = shelf.strip()
    if shelf:
        query = query.where(Item.shelf.startswith(shelf))
    return [
        CountRow(
            item.id,
            item.code,
            item.name,
            item.spec,
            item.unit.name,
            bool(item.unit.allows_fraction),
            item.category.name if item.category_id else "",
            item.shelf,
            item.on_hand_m,
            item.on_hand_value_fen,
        )
        for item in query
    ]


def gain_value(item_id: int, on_hand_m: int, value_fen: int, gain_m: int) -> int:
    """What a 盘盈 of ``gain_m`` is worth: the average unit cost now, or when last in stock."""
    if on_hand_m > 0:
        return mul_div_round(value_fen, gain_m, on_hand_m)
    last = (
        StockMove.select(StockMove.balance_m, StockMove.balance_value_fen)
        .where((StockMove.item == item_id) & (StockMove.balance_m > 0))
        .order_by(StockMove.id.desc())
        .first()
    )
    if last is not None:
        return mul_div_round(last.balance_value_fen, gain_m, last.balance_m)
    # Never in stock: no cost is known, so the gain comes in at nil rather than a guess.
    return 0


def difference_of(item_id: int, book_m: int, book_fen: int, counted_m: int) -> Difference | None:
    """The adjustment one count calls for, valued as posting would value it; None if equal."""
    diff = counted_m - book_m
    if diff == 0:
        return None
    if diff > 0:
        return Difference(
            item_id, book_m, counted_m, diff, gain_value(item_id, book_m, book_fen, diff)
        )
    value = -average_out_value(book_m, book_fen, -diff)
    return Difference(item_id, book_m, counted_m, diff, value)


def parse_counts(counts: list[CountInput]) -> list[tuple[int, int, int]]:
    """(item id, counted qty_m, book qty_m shown) for every counted row; blank rows are skipped."""
    if len(counts) > MAX_COUNT_LINES:
        raise ValidationError(f"一次盘点最多 {MAX_COUNT_LINES} 种物资，请按类别分开盘点。", "lines")
    ids = [count.item_id for count in counts]
    items = {i.id: i for i in Item.select(Item, Unit).join(Unit).where(Item.id.in_(ids or [0]))}
    seen: set[int] = set()
    parsed = []
    for row, count in enumerate(counts):
        item = items.get(count.item_id)
        if item is None:
            raise LineError(f"第 {row + 1} 行：物资不存在。", row, "item")
        if item.id in seen:
            raise LineError(f"第 {row + 1} 行（{item.name}）：同一物资列了两次。", row, "item")
        seen.add(item.id)
        if isinstance(count.counted, str) and not count.counted.strip():
            continue
        try:
            qty = parse_quantity(count.counted, item.unit, allow_zero=True, label="实盘数量")
        except ValidationError as exc:
            raise LineError(
                f"第 {row + 1} 行（{item.name} {item.code}）：{exc.message}", row, "counted"
            ) from exc
        parsed.append((item.id, to_qty_m(qty), count.book_m))
    if not parsed:
        raise ValidationError("还没有填写任何实盘数量。", "lines")
    return parsed


def post_stocktake(data: StocktakeInput, actor: str = "") -> str:
    """Post the count's differences as one 盘点调整单; refuse if nothing differs or the book moved."""
    date = stock_docs.check_date(data.date, "盘点日期")
    texts = {
        "purpose": stock_docs.text(data.reason, "盘点说明", "reason", 100, required=True),
        "handled_by": stock_docs.text(data.counted_by, "盘点人", "counted_by", 30, required=True),
        "checked_by": stock_docs.text(
            data.supervised_by, "监盘人", "supervised_by", 30, required=True
        ),
        "issued_by": stock_docs.text(data.keeper, "库管员", "keeper", 30),
        "approved_by": stock_docs.text(data.approved_by, "审批人", "approved_by", 30),
        "note": stock_docs.text(data.note, "备注", "note", 200),
    }
    if texts["handled_by"] == texts["checked_by"]:
        raise ValidationError("监盘人不能与盘点人是同一人。", "supervised_by")
    with posting():
        counted = parse_counts(data.counts)
        levels = stock_levels(item_id for item_id, _, _ in counted)
        moved = [
            f"{levels[item_id].label}（盘点表账面 {format_qty(shown)}，现在 "
            f"{format_qty(levels[item_id].on_hand_m)} {levels[item_id].unit}）"
            for item_id, _, shown in counted
            if levels[item_id].on_hand_m != shown
        ]
        if moved:
            raise ConflictError(
                "载入盘点表后以下物资又有收发，账面数已变："
                + "；".join(moved[:10])
                + ("等" if len(moved) > 10 else "")
                + "。请重新载入盘点表，核对这些物资的实盘数后再过账。",
                "lines",
            )
        diffs = [
            diff
            for item_id, counted_m, _ in counted
            if (
                diff := difference_of(
                    item_id, levels[item_id].on_hand_m, levels[item_id].value_fen, counted_m
                )
            )
            is not None
        ]
        if not diffs:
            raise ValidationError(
                f"所填 {len(counted)} 种物资的实盘数与账面数全部一致，没有盘盈盘亏，无需过账。",
                "lines",
            )
        doc = stock_docs.insert_posted(DOC_STOCKTAKE, date, actor, **texts)
        values = append_doc_moves(
            doc, MOVE_ADJUST, ((diff.item_id, diff.qty_m, diff.value_fen) for diff in diffs)
        )
        stock_docs.insert_lines(
            doc.id,
            [
                ParsedLine(
                    diff.item_id,
                    diff.qty_m,
                    mul_div_round(abs(value), 1000, abs(diff.qty_m)),
                    value,
                    diff.kind,
                )
                for diff, value in zip(diffs, values, strict=True)
            ],
        )
        gains = sum(1 for diff in diffs if diff.qty_m > 0)
        record(
            actor,
            "盘点调整过账",
            "stock_doc",
            doc.id,
            f"{doc.number} 盘点 {len(counted)} 种，盘盈 {gains} 种，盘亏 {len(diffs) - gains} 种",
        )
    return doc.number


def stocktake_lines(doc_id: int) -> list[tuple[StockMove, Item]]:
    """The adjustment's moves with their items, in line order (book = balance − quantity)."""
    query = (
        StockMove.select(StockMove, Item, Unit)
        .join(Item)
        .join(Unit)
        .where(StockMove.doc == doc_id)
        .order_by(StockMove.id)
    )
    return [(move, move.item) for move in query]
