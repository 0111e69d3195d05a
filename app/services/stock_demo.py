"""The demo school's stock room: ~300 items and a year of receipts, requisitions and returns.

The first documents of each kind go through the stock services (post_receipt, the requisition
workflow, post_return); the rest are written in bulk with the same rows the services would
write (stock_demo_bulk), so the ledger, the cached stock and the number series hold exactly as
they would after a year of real use, and a million moves take minutes, not half an hour.
``moves`` scales the year's business to about that many ledger moves (`houqin demo --moves N`);
the year itself is in stock_demo_year.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from peewee import fn

from app.models import Item, ItemCategory, StockDoc, StockMove, Unit
from app.models.stock import DOC_RECEIPT, DOC_REQUISITION, DOC_RETURN
from app.money import from_fen
from app.services.demo_data import SURNAMES
from app.services.demo_records import ACTOR
from app.services.errors import ConflictError, ValidationError
from app.services.reference import save_record
from app.services.stock_demo_bulk import MixedPoster
from app.services.stock_demo_data import CATALOGUE, STOCK_SUPPLIERS
from app.services.stock_demo_year import DemoItem, Progress, StockYear
from app.services.stock_items import ItemInput, create_item

MAX_MOVES = 2_000_000
CATEGORY_CODES = {
    "办公用品": "BG",
    "教学耗材": "JX",
    "印刷耗材": "YS",
    "清洁用品": "QJ",
    "电工材料": "DG",
    "水暖材料": "SN",
    "五金工具": "WJ",
    "劳保用品": "LB",
    "食堂用品": "ST",
    "医务用品": "YW",
    "其他": "QT",
}


@dataclass
class StockDemoSummary:
    """What the demo put into the stock room."""

    items: int
    receipts: int
    requisitions: int
    returns: int
    moves: int
    value_on_hand: Decimal


def check_moves(moves: int | None) -> None:
    """Refuse a --moves value out of range before any work is done."""
    if moves is not None and not 0 <= moves <= MAX_MOVES:
        raise ValidationError(f"演示库房的收发记录数应在 0 到 {MAX_MOVES:,} 之间。", "moves")


def build_stock_room(
    builder: Any, moves: int | None = None, progress: Progress | None = None
) -> StockDemoSummary:
    """Fill the stock room of the demo school that ``builder`` (app.services.demo) is making."""
    check_moves(moves)
    if Item.select().exists() or StockDoc.select().exists():
        raise ConflictError(
            "数据库中已有库房物资或单据，不能再生成演示库房，以免和学校的真实数据混在一起。"
        )
    if moves != 0:
        suppliers = _suppliers(builder)
        StockYear(builder, _items(), suppliers, progress, MixedPoster()).run(moves)
    return _summary()


def _summary() -> StockDemoSummary:
    def count(doc_type: str) -> int:
        return StockDoc.select().where(StockDoc.doc_type == doc_type).count()

    value = Item.select(fn.COALESCE(fn.SUM(Item.on_hand_value_fen), 0)).scalar()
    return StockDemoSummary(
        items=Item.select().count(),
        receipts=count(DOC_RECEIPT),
        requisitions=count(DOC_REQUISITION),
        returns=count(DOC_RETURN),
        moves=StockMove.select().count(),
        value_on_hand=from_fen(int(value)),
    )


def _suppliers(builder: Any) -> dict[str, list[int]]:
    """The shops the stock room buys from, by trade, in the demo school's city."""
    rng = builder.rng
    city = builder.city.removesuffix("市").removesuffix("县")
    suppliers: dict[str, list[int]] = defaultdict(list)
    for trade, names in STOCK_SUPPLIERS.items():
        for name in names:
            contact = rng.choice(SURNAMES) + rng.choice(("经理", "老板", "女士"))
            supplier_id = save_record(
                "supplier",
                {
                    "name": city + name,
                    "contact": contact,
                    "phone": f"1{rng.choice('35789')}{rng.randrange(10**9):09d}",
                },
                actor=ACTOR,
            )
            suppliers[trade].append(supplier_id)
    return suppliers


def _items() -> list[DemoItem]:
    """One stock item per product and spec of the catalogue, coded by category (BG0001 …)."""
    units = {u.name: (u.id, u.allows_fraction) for u in Unit.select()}
    categories = {c.name: c.id for c in ItemCategory.select()}
    items = []
    for category_index, (category, (trade, products)) in enumerate(CATALOGUE.items()):
        serial = 0
        for product in products:
            if product.unit not in units:
                # A few packaging units (筒, 板, 提 …) are not in the seeded list: add them.
                unit_id = save_record("unit", {"name": product.unit}, actor=ACTOR)
                units[product.unit] = (unit_id, False)
            unit_id, fraction = units[product.unit]
            prices = product.price.split("|")
            for index, spec in enumerate(product.specs):
                serial += 1
                item_id = create_item(
                    ItemInput(
                        name=product.name,
                        unit_id=unit_id,
                        code=f"{CATEGORY_CODES.get(category, 'QT')}{serial:04d}",
                        spec=spec,
                        category_id=categories.get(category),
                        shelf=f"{chr(65 + category_index)}-{(serial - 1) // 8 + 1:02d}",
                        reorder_level=str(product.reorder),
                    ),
                    actor=ACTOR,
                )
                price = Decimal(prices[index if len(prices) > 1 else 0])
                items.append(DemoItem(item_id, product, category, trade, price, not fraction))
    return items
