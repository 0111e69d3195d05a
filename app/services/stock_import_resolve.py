"""Check parsed item-list rows against the stock room: codes, units, quantities, opening values."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from peewee import fn

from app.io.rows import LedgerRow, Progress
from app.models import Item, ItemCategory, StockMove, Unit
from app.money import format_yuan, to_fen
from app.services.asset_import_refs import compact
from app.services.errors import ValidationError
from app.services.sheet_import import CheckedRow
from app.services.stock_quantity import (
    MAX_LINE_FEN,
    format_qty,
    line_amount_fen,
    parse_quantity,
    to_qty_m,
)

_CHUNK = 500


@dataclass(frozen=True)
class UnitInfo:
    """A unit of measure as quantity parsing needs it (an existing one or one to create)."""

    name: str
    allows_fraction: bool
    id: int | None = None


@dataclass
class ItemRow(CheckedRow):
    """An item-list row made ready to import: the item it creates or names, and its opening."""

    item_id: int | None = None  # an item already in the stock room with this code
    unit: UnitInfo | None = None
    category_id: int | None = None
    category: str = ""  # the name as written; created when category_id is None
    reorder_level: Decimal = Decimal(0)
    qty_m: int = 0  # the opening quantity (0 = no opening)
    value_fen: int = 0  # the opening value


@dataclass(frozen=True)
class _Existing:
    id: int
    code: str
    name: str
    spec: str
    unit_id: int
    unit: str
    moved: bool


@dataclass
class ItemPlan:
    """What the stock room holds now, read once: units, categories, items named by the file."""

    units: dict[str, UnitInfo] = field(default_factory=dict)
    categories: dict[str, int] = field(default_factory=dict)
    items: dict[str, _Existing] = field(default_factory=dict)  # by lower-case code

    @classmethod
    def load(cls, codes: set[str]) -> ItemPlan:
        """Read the reference data and the items whose codes the file uses."""
        plan = cls()
        for unit in Unit.select().order_by(Unit.id):
            plan.units.setdefault(
                compact(unit.name), UnitInfo(unit.name, unit.allows_fraction, unit.id)
            )
        for category in ItemCategory.select().order_by(ItemCategory.id):
            plan.categories.setdefault(compact(category.name), category.id)
        lowered = sorted({code.lower() for code in codes})
        for start in range(0, len(lowered), _CHUNK):
            chunk = lowered[start : start + _CHUNK]
            moved = fn.EXISTS(StockMove.select().where(StockMove.item == Item.id))
            query = (
                Item.select(Item.id, Item.code, Item.name, Item.spec, Item.unit, Unit.name, moved)
                .join(Unit)
                .where(fn.LOWER(Item.code).in_(chunk))
                .tuples()
            )
            for item_id, code, name, spec, unit_id, unit, has_moves in query:
                plan.items[code.lower()] = _Existing(
                    item_id, code, name, spec, unit_id, unit, bool(has_moves)
                )
        return plan

    def unit(self, name: str) -> UnitInfo:
        """The unit a row names; a new one counts in whole numbers."""
        return self.units.get(compact(name)) or UnitInfo(name, False)

    def new_names(self, rows: list[ItemRow]) -> tuple[list[str], list[str]]:
        """The units and categories these rows would create, in the order the file names them."""
        units: dict[str, str] = {}
        categories: dict[str, str] = {}
        for row in rows:
            if row.item_id is not None:
                continue
            if row.unit is not None and row.unit.id is None:
                units.setdefault(compact(row.unit.name), row.unit.name)
            if row.category and row.category_id is None:
                categories.setdefault(compact(row.category), row.category)
        return list(units.values()), list(categories.values())


class ItemResolver:
    """Checks one row at a time against an ItemPlan."""

    def __init__(self, plan: ItemPlan, columns: dict[str, str]) -> None:
        self.plan = plan
        self.columns = columns

    def resolve(self, row: LedgerRow) -> ItemRow:
        """One row, with every problem the stock room reveals."""
        checked = ItemRow(row)
        values = row.values
        unit_name = values.get("unit") or values.get("quantity_unit", "")
        if not unit_name:
            return checked  # the missing unit is already a problem of the row
        checked.unit = self.plan.unit(unit_name)
        if checked.unit.id is None:
            checked.notes.append(f"新建计量单位“{unit_name}”（只能计整数）")
        category = values.get("category", "")
        if category:
            checked.category = category
            checked.category_id = self.plan.categories.get(compact(category))
        self._existing(checked)
        checked.reorder_level = self._quantity(checked, "reorder_level")
        quantity = self._quantity(checked, "quantity")
        if checked.ok:
            self._opening(checked, quantity)
        return checked

    def _existing(self, checked: ItemRow) -> None:
        values = checked.row.values
        code = values.get("code", "")
        found = self.plan.items.get(code.lower()) if code else None
        if found is None:
            return
        unit = checked.unit
        same = (
            compact(found.name) == compact(values.get("name", ""))
            and compact(found.spec) == compact(values.get("spec", ""))
            and unit is not None
            and unit.id == found.unit_id
        )
        # Codes are unique regardless of case (create_item refuses w001 beside W001), so a
        # code spelled in another case names the existing item: say so where it matters.
        spelled = "" if found.code == code else f"（本行写作 {code}，编码不分大小写）"
        if not same:
            spec = f" {found.spec}" if found.spec else ""
            checked.add(
                self.columns["code"],
                f"物资编码 {found.code} 已存在（{found.name}{spec}，{found.unit}），"
                f"与本行的名称、规格或单位不一致{spelled}",
            )
            return
        checked.item_id = found.id
        checked.notes.append(f"已有物资 {found.code}，资料不变{spelled}")

    def _quantity(self, checked: ItemRow, key: str) -> Decimal:
        value = checked.row.values.get(key)
        if value is None or checked.unit is None:
            return Decimal(0)
        label = ITEM_LABELS[key]
        shown = Decimal(f"{value.normalize():f}")  # 2.5, as written, not the cell's 2.50
        try:
            return parse_quantity(shown, checked.unit, allow_zero=True, label=label)
        except ValidationError as exc:
            checked.add(self.columns.get(key, ""), exc.message)
            return Decimal(0)

    def _opening(self, checked: ItemRow, quantity: Decimal) -> None:
        values = checked.row.values
        price: Decimal | None = values.get("unit_price")
        amount: Decimal | None = values.get("amount")
        where_quantity = self.columns.get("quantity", "")
        where_price = self.columns.get("unit_price", "")
        where_amount = self.columns.get("amount", "")
        if quantity == 0:
            if amount:
                checked.add(where_amount, f"有期初金额 {format_yuan(amount)} 但期初数量为零")
            return
        found = self.plan.items.get(values.get("code", "").lower())
        if found is not None and found.moved:
            checked.add(
                where_quantity,
                f"物资 {found.code} 已有出入库记录，不能再导入期初库存"
                "（期初只能导入到还没有台账的物资）",
            )
            return
        if price is None and amount is None:
            checked.add(where_quantity, "有期初数量但没有单价或金额，无法确定库存金额")
            return
        if price is not None and price <= 0:
            checked.add(where_price, "期初单价必须大于零")
            return
        if amount is not None and amount <= 0:
            checked.add(where_amount, "期初金额必须大于零")
            return
        qty_m = to_qty_m(quantity)
        if amount is None:
            value_fen = line_amount_fen(qty_m, to_fen(price))  # type: ignore[arg-type]
        else:
            value_fen = to_fen(amount)
            if price is not None and not _agrees(qty_m, to_fen(price), value_fen):
                checked.add(
                    where_amount,
                    f"金额 {format_yuan(amount)} 与单价 {format_yuan(price)} × "
                    f"数量 {format_qty(qty_m)} 不符",
                )
                return
        if value_fen > MAX_LINE_FEN:
            checked.add(where_amount or where_price, "期初金额过大，请检查")
            return
        checked.qty_m = qty_m
        checked.value_fen = value_fen


ITEM_LABELS = {"quantity": "期初数量", "reorder_level": "库存下限"}


def _agrees(qty_m: int, price_fen: int, amount_fen: int) -> bool:
    """Amount and quantity × price agree when the price may have been rounded to the fen.

    A price rounded to the fen is off by at most half a fen per unit, so the amounts may differ
    by up to half a fen times the quantity (plus the half fen of rounding the product).
    """
    difference_m = abs(amount_fen * 1000 - qty_m * price_fen)  # in thousandths of a fen
    return 2 * difference_m <= qty_m + 1000


def _mark_case_duplicates(rows: list[ItemRow], column: str) -> None:
    """Codes that differ only in case (W001, w001) are one code: each such row is a duplicate.

    Rows spelling the code identically are already marked when the file is parsed; this adds
    the rows whose spelling differs, which only create_item would otherwise refuse, mid-import.
    """
    by_code: dict[str, list[ItemRow]] = {}
    for row in rows:
        code = row.row.values.get("code", "")
        if code:
            by_code.setdefault(code.lower(), []).append(row)
    for group in by_code.values():
        if len({row.row.values["code"] for row in group}) < 2:
            continue
        rows_word = "两行" if len(group) == 2 else f"这 {len(group)} 行"
        for row in group:
            code = row.row.values["code"]
            others = "、".join(
                f"第 {other.row.line} 行的 {other.row.values['code']}"
                for other in group
                if other.row.values["code"] != code
            )
            row.add(
                column,
                f"物资编码 {code} 与{others} 只差大小写（编码不分大小写），"
                f"{rows_word}都不会导入，请改正其中一行",
            )


def resolve_item_rows(
    rows: list[LedgerRow], columns: dict[str, str], progress: Progress | None = None
) -> tuple[list[ItemRow], ItemPlan]:
    """Resolve every row against the stock room as it is now."""
    plan = ItemPlan.load({row.values["code"] for row in rows if row.values.get("code")})
    resolver = ItemResolver(plan, columns)
    resolved = []
    for done, row in enumerate(rows, start=1):
        resolved.append(resolver.resolve(row))
        if progress is not None and (done % 500 == 0 or done == len(rows)):
            progress(done, len(rows), "正在核对编码、单位和期初库存…")
    _mark_case_duplicates(resolved, columns.get("code", ""))
    return resolved, plan
