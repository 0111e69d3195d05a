"""Stock items (物资): create, edit, deactivate; delete only an item that never moved."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from app.models import Item, ItemCategory, StockDocLine, StockMove, Unit
from app.services.audit import record
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.stock_item_codes import suggest_code
from app.services.stock_quantity import format_qty, parse_quantity, to_qty_m
from app.services.transaction import action


@dataclass
class ItemInput:
    """What the item dialog collects (ids for picked records, text for the reorder level)."""

    name: str
    unit_id: int | None
    code: str = ""
    spec: str = ""
    category_id: int | None = None
    shelf: str = ""
    reorder_level: str | Decimal = "0"
    note: str = ""


def _text(value: str, label: str, field: str, max_length: int, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(f"请填写{label}。", field)
    if len(value) > max_length:
        raise ValidationError(f"{label}太长（最多 {max_length} 个字）。", field)
    return value


def _validated(data: ItemInput) -> tuple[dict[str, object], Unit]:
    """Item column values from the input (the code is checked separately)."""
    values: dict[str, object] = {
        "name": _text(data.name, "物资名称", "name", 60, required=True),
        "spec": _text(data.spec, "规格型号", "spec", 100),
        "shelf": _text(data.shelf, "货架位置", "shelf", 30),
        "note": _text(data.note, "备注", "note", 200),
    }
    if data.unit_id is None:
        raise ValidationError("请选择计量单位。", "unit")
    unit = Unit.get_or_none(Unit.id == data.unit_id)
    if unit is None:
        raise ValidationError("所选计量单位不存在。", "unit")
    values["unit"] = unit.id
    if data.category_id is not None:
        category = ItemCategory.get_or_none(ItemCategory.id == data.category_id)
        if category is None:
            raise ValidationError("所选物资分类不存在。", "category")
    values["category"] = data.category_id
    level = parse_quantity(
        data.reorder_level if str(data.reorder_level).strip() else "0",
        unit,
        allow_zero=True,
        label="最低库存",
    )
    values["reorder_level_m"] = to_qty_m(level)
    return values, unit


def _check_code(code: str, item_id: int | None) -> str:
    code = _text(code, "物资编码", "code", 30)
    if any(char.isspace() for char in code):
        raise ValidationError("物资编码中不能有空格。", "code")
    if code:
        clash = Item.select(Item.code).where(fn.LOWER(Item.code) == code.lower())
        if item_id is not None:
            clash = clash.where(Item.id != item_id)
        existing = clash.first()
        if existing is not None:
            raise ConflictError(f"物资编码 {existing.code} 已被使用。", "code")
    return code


def create_item(data: ItemInput, actor: str = "") -> int:
    """Create an item (an empty code follows its category's codes, else W00001…); return its id."""
    values, unit = _validated(data)
    with action():
        code = _check_code(data.code, None) or suggest_code(data.category_id)
        item_id = Item.insert(code=code, active=True, **values).execute()
        record(actor, "新增物资", "item", item_id, f"{code} {values['name']}（{unit.name}）")
    return item_id


def has_history(item_id: int) -> bool:
    """Whether any move or document line refers to the item (then it can only be deactivated)."""
    return (
        StockMove.select().where(StockMove.item == item_id).exists()
        or StockDocLine.select().where(StockDocLine.item == item_id).exists()
    )


def _get(item_id: int) -> Item:
    item = Item.get_or_none(Item.id == item_id)
    if item is None:
        raise NotFoundError(f"物资不存在（内部编号 {item_id}）。")
    return item


def update_item(item_id: int, data: ItemInput, actor: str = "") -> None:
    """Edit an item; its unit is fixed once it has moved (old quantities would change meaning)."""
    values, unit = _validated(data)
    with action():
        item = _get(item_id)
        code = _check_code(data.code, item_id) or item.code
        if unit.id != item.unit_id and has_history(item_id):
            raise ConflictError(
                f"物资 {item.code} {item.name} 已有出入库记录，计量单位不能修改。"
                "如单位确实不同，请新建一个物资。",
                "unit",
            )
        changes = {key: value for key, value in values.items() if _stored(item, key) != value}
        if code != item.code:
            changes["code"] = code
        if not changes:
            return
        Item.update(**changes).where(Item.id == item_id).execute()
        record(actor, "修改物资", "item", item_id, f"{item.code}：{', '.join(sorted(changes))}")


def _stored(item: Item, key: str) -> object:
    return getattr(item, key + "_id") if key in ("unit", "category") else getattr(item, key)


def set_item_active(item_id: int, active: bool, actor: str = "") -> None:
    """Deactivate an item (no new documents use it) or activate it again.

    An item with stock on hand stays active: its goods must first be issued or written off.
    """
    with action():
        item = _get(item_id)
        if not active and item.on_hand_m != 0:
            raise ConflictError(
                f"物资 {item.code} {item.name} 还有库存 {format_qty(item.on_hand_m)} "
                f"{item.unit.name}，不能停用。请先领用或报损。"
            )
        if item.active == active:
            return
        Item.update(active=active).where(Item.id == item_id).execute()
        record(actor, "启用物资" if active else "停用物资", "item", item_id, item.code)


def delete_item(item_id: int, actor: str = "") -> None:
    """Delete an item created by mistake; one with any move or document line is refused."""
    with action():
        item = _get(item_id)
        if has_history(item_id):
            raise ConflictError(
                f"物资 {item.code} {item.name} 已有出入库记录或单据，不能删除，只能停用。"
            )
        Item.delete().where(Item.id == item_id).execute()
        record(actor, "删除物资", "item", item_id, f"{item.code} {item.name}")


def item_input(item_id: int) -> ItemInput:
    """An item's editable values, for the edit dialog."""
    item = _get(item_id)
    return ItemInput(
        name=item.name,
        unit_id=item.unit_id,
        code=item.code,
        spec=item.spec,
        category_id=item.category_id,
        shelf=item.shelf,
        reorder_level=format_qty(item.reorder_level_m),
        note=item.note,
    )


def category_choices() -> list[tuple[int, str]]:
    """(id, name) of the active item categories, for combo boxes."""
    query = ItemCategory.select().where(ItemCategory.active == True)  # noqa: E712 - peewee
    return [(c.id, c.name) for c in query.order_by(ItemCategory.id)]
