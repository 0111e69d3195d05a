"""Export the stock room's item list to .xlsx in the columns the item import reads back."""

from __future__ import annotations

from collections.abc import Iterator

from app.io.register_export import Column, write_workbook
from app.models import Item, ItemCategory, Unit
from app.money import from_fen
from app.services.stock_quantity import from_qty_m

# Titles the item import recognises: the on-hand stock becomes another database's opening.
COLUMNS: tuple[Column, ...] = (
    Column("物资编码", "text", 12),
    Column("物资名称", "text", 20),
    Column("规格型号", "text", 20),
    Column("计量单位", "text", 8),
    Column("物资分类", "text", 10),
    Column("货架", "text", 8),
    Column("库存下限", "quantity", 9),
    Column("库存数量", "quantity", 10),
    Column("库存金额（元）", "money", 13),
    Column("备注", "text", 24),
)


def item_rows() -> Iterator[tuple[object, ...]]:
    """One row per item, in code order: its data, its stock on hand and that stock's value."""
    units = {u.id: u.name for u in Unit.select(Unit.id, Unit.name)}
    categories = {c.id: c.name for c in ItemCategory.select(ItemCategory.id, ItemCategory.name)}
    for item in Item.select().order_by(Item.code):
        yield (
            item.code,
            item.name,
            item.spec,
            units[item.unit_id],
            categories.get(item.category_id, ""),
            item.shelf,
            from_qty_m(item.reorder_level_m).normalize() if item.reorder_level_m else None,
            from_qty_m(item.on_hand_m).normalize(),
            from_fen(item.on_hand_value_fen) if item.on_hand_m else None,
            item.note,
        )


def export_items() -> tuple[bytes, int]:
    """The item list as .xlsx bytes, and how many items it holds."""
    count = Item.select().count()
    return write_workbook(COLUMNS, item_rows(), "物资清单", total=count), count
