"""Check parsed ledger rows against the database: categories, duplicates, values per asset."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app.io.asset_fields import FIELD_BY_KEY
from app.io.rows import LedgerRow, Progress, quantity_of
from app.models import Asset, Category
from app.models.assets import STATUS_IN_USE
from app.money import CENT, format_yuan, round_yuan
from app.services.asset_import_categories import CategoryIndex
from app.services.asset_import_guess import CategoryGuesser
from app.services.asset_import_refs import PlaceProblem, Ref, ReferenceBook
from app.services.assets import MAX_BATCH
from app.services.sheet_import import CheckedRow

_CHUNK = 500  # SQLite's bound-parameter limit is far above this; the queries stay short


@dataclass(frozen=True)
class CategoryChoice:
    """What a row without a category gets: a guess from its name, else the default, else a problem.

    A school ledger mixes computers and desks, so one default for every row would be wrong for
    most of them: the guess comes first and the default catches the rest. Turning the guess off
    puts every such row in the default category, to be sorted out later in the register.
    """

    guess: bool = True
    default_id: int | None = None


@dataclass
class ResolvedRow(CheckedRow):
    """A ledger row made ready to register: ids or planned records, the value per asset."""

    category_id: int | None = None
    category: str = ""  # as shown: "A02010000 信息化设备", or the ledger's text when unknown
    count: int = 0  # the assets this row registers
    unit_value: Decimal | None = None
    number: str = ""  # "" = from the numbering pattern
    old_number: str = ""
    note: str = ""
    refs: dict[str, Ref] = field(default_factory=dict)  # unit, room, custodian, department …
    place: str = ""  # the room the row's 存放地点 resolves to: "X-105 文印室", "操场（新建）"
    below_threshold: bool = False  # importable, but worth less than the fixed-asset threshold


def _existing(column: object, values: set[str]) -> set[str]:
    found: set[str] = set()
    ordered = sorted(values)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        found.update(v for (v,) in Asset.select(column).where(column.in_(chunk)).tuples())
    return found


class Resolver:
    """Resolves rows against one snapshot of the database (read once, then in memory)."""

    def __init__(
        self,
        rows: list[LedgerRow],
        columns: dict[str, str],
        choice: CategoryChoice | None = None,
    ) -> None:
        self.columns = columns
        self.categories = CategoryIndex()
        self.choice = choice or CategoryChoice()
        self.guesser = CategoryGuesser(self.categories.by_code)
        self.default_category = (
            Category.get_or_none(Category.id == self.choice.default_id)
            if self.choice.default_id is not None
            else None
        )
        self.book = ReferenceBook.load()
        numbers = {row.values["number"] for row in rows if row.values.get("number")}
        self.taken_numbers = _existing(Asset.number, numbers)
        self.taken_old_numbers = _existing(Asset.old_number, numbers)

    def resolve(self, row: LedgerRow) -> ResolvedRow:
        """One row, with every problem the database reveals."""
        resolved = ResolvedRow(row)
        values = row.values
        self._category(resolved)
        self._references(resolved)
        self._count_and_value(resolved)
        self._numbers(resolved)
        purchased = values.get("purchase_date")
        warranty = values.get("warranty_end")
        if purchased and warranty and warranty < purchased:
            resolved.add(self.columns["warranty_end"], "保修截止日期早于购置日期")
        if len(resolved.note) > FIELD_BY_KEY["note"].max_length:
            resolved.add(self.columns.get("note", ""), "备注太长（最多 500 个字）")
        return resolved

    def _category(self, resolved: ResolvedRow) -> None:
        values = resolved.row.values
        text = values.get("category", "")
        if not text:
            self._category_without_cell(resolved, values.get("name", ""))
            return
        category = self.categories.find(text)
        if category is None:
            resolved.category = text
            resolved.add(self.columns["category"], f"未知的资产分类“{text}”")
            return
        resolved.category_id = category.id
        resolved.category = f"{category.code} {category.name}"

    def _category_without_cell(self, resolved: ResolvedRow, name: str) -> None:
        if self.choice.guess and name:
            guess = self.guesser.guess(name)
            if guess is not None:
                resolved.category_id = guess.category.id
                resolved.category = f"{guess.category.code} {guess.category.name}"
                resolved.warnings.append(f"按名称推断：{resolved.category}")
                return
        if self.default_category is not None:
            category = self.default_category
            resolved.category_id = category.id
            resolved.category = f"{category.code} {category.name}"
            resolved.notes.append(f"按默认分类：{resolved.category}")
            return
        if name:  # a row without a name already says so; one problem is enough
            resolved.add(
                self.columns.get("category", ""),
                "没有资产分类，也无法按名称推断：请在台账中填写，或在“调整列对应”中选择默认分类",
            )

    def _references(self, resolved: ResolvedRow) -> None:
        values = resolved.row.values
        refs = resolved.refs
        if values.get("department"):
            refs["department"] = self.book.department(values["department"])
        if values.get("custodian"):
            refs["custodian"] = self.book.person(values["custodian"], refs.get("department"))
        unit = values.get("unit") or values.get("quantity_unit", "")
        if unit:
            if len(unit) > FIELD_BY_KEY["unit"].max_length:
                resolved.add(self.columns.get("unit", ""), "计量单位太长（最多 10 个字）")
            else:
                refs["unit"] = self.book.unit(unit)
        for key in ("supplier", "funding_source"):
            if values.get(key):
                refs[key] = getattr(self.book, key)(values[key])
        if values.get("location"):
            try:
                room, warning = self.book.place(values["location"], values.get("building", ""))
            except PlaceProblem as problem:
                resolved.add(self.columns["location"], str(problem))
                return
            refs["room"] = room
            resolved.place = self.book.place_label(room)
            if self.book.is_new(room):
                resolved.place += "（新建）"
            if warning:
                resolved.warnings.append(warning)

    def _count_and_value(self, resolved: ResolvedRow) -> None:
        row = resolved.row
        values = row.values
        quantity = quantity_of(row)
        unit = values.get("unit") or values.get("quantity_unit", "")
        price = values.get("unit_price")
        amount = values.get("amount")
        where_quantity = self.columns.get("quantity", "")
        where_amount = self.columns.get("amount", "")
        note = values.get("note", "")
        if unit and self.book.allows_fraction(unit):
            # 1200 平方米 of paving is one asset measured in square metres, not 1200 assets.
            resolved.count = 1
            value = amount if amount is not None else None
            if price is not None:
                value = round_yuan(price * quantity) if amount is None else amount
                if amount is not None and round_yuan(price * quantity) != amount:
                    resolved.add(
                        where_amount,
                        f"金额 {format_yuan(amount)} 与单价 {format_yuan(price)} × 数量不符",
                    )
                    return
            if quantity != 1:
                measure = f"数量：{quantity.normalize():f} {unit}"
                note = f"{note}；{measure}" if note else measure
                resolved.notes.append(f"{measure}，登记为 1 件")
        elif quantity != quantity.to_integral_value():
            resolved.add(where_quantity, f"数量 {quantity.normalize():f} 不是整数")
            return
        else:
            resolved.count = int(quantity)
            if resolved.count > MAX_BATCH:
                resolved.add(
                    where_quantity, f"数量 {resolved.count} 超过一行的上限 {MAX_BATCH}，请拆成几行"
                )
                return
            value = price
            if price is None and amount is not None:
                value = (amount / resolved.count).quantize(CENT)
                if value * resolved.count != amount:
                    resolved.add(
                        where_amount,
                        f"金额 {format_yuan(amount)} 不能平均分到 {resolved.count} 件（不是整分），请填写单价",
                    )
                    return
            elif price is not None and amount is not None and price * resolved.count != amount:
                resolved.add(
                    where_amount,
                    f"金额 {format_yuan(amount)} 与单价 {format_yuan(price)} × 数量 {resolved.count} 不符",
                )
                return
        resolved.note = note
        if value is not None and value <= 0:
            column = self.columns.get("unit_price") or where_amount
            resolved.add(column, "原值必须大于零")
            return
        resolved.unit_value = value

    def _numbers(self, resolved: ResolvedRow) -> None:
        values = resolved.row.values
        number = values.get("number", "")
        resolved.old_number = values.get("old_number", "")
        where = self.columns.get("number", "")
        if number and resolved.count > 1:
            # register_assets numbers a batch itself: the ledger's number is kept as 原资产编号.
            if number in self.taken_old_numbers:
                resolved.add(where, f"资产编号 {number} 已经导入过（台账中有原资产编号为它的资产）")
            resolved.old_number = number
            resolved.notes.append(f"{resolved.count} 件按规则编号，{number} 记为原资产编号")
        elif number:
            if number in self.taken_numbers:
                resolved.add(where, f"资产编号 {number} 在台账中已存在")
            resolved.number = number
        elif resolved.count:
            resolved.notes.append("按规则自动编号")

    def refs_of(self, rows: list[ResolvedRow]) -> set[Ref]:
        """Every reference the given rows use."""
        return {ref for resolved in rows for ref in resolved.refs.values()}


def resolve_rows(
    rows: list[LedgerRow],
    columns: dict[str, str],
    progress: Progress | None = None,
    choice: CategoryChoice | None = None,
) -> tuple[list[ResolvedRow], Resolver]:
    """Resolve every row against the database as it is now."""
    resolver = Resolver(rows, columns, choice)
    resolved = []
    for done, row in enumerate(rows, start=1):
        resolved.append(resolver.resolve(row))
        if progress is not None and (done % 500 == 0 or done == len(rows)):
            progress(done, len(rows), "正在核对分类、编号和地点…")
    return resolved, resolver


def default_status(resolved: ResolvedRow) -> str:
    """The row's status, 在用 when the ledger does not say."""
    return resolved.row.values.get("status", STATUS_IN_USE)


def purchase_date(resolved: ResolvedRow) -> dt.date | None:
    """The row's purchase date."""
    return resolved.row.values.get("purchase_date")
